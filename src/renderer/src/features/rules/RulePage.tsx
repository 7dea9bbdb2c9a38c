import { Anchor, Badge, Button, Group, List, Paper, SimpleGrid, Skeleton, Stack, Text, Title } from '@mantine/core'
import type { ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import { Link, useNavigate, useParams } from 'react-router'
import type { RuleDetail } from '../../../../shared/knowledge/details'
import { DeleteButton } from '../../components/DeleteButton'
import { ErrorNotice } from '../../components/ErrorNotice'
import { PrivateNote } from '../../components/PrivateNote'
import { Section } from '../../components/Section'
import { useRequest } from '../../components/use-request'
import { RefusalLibrary } from '../refusal/RefusalLibrary'

export function RulePage() {
  const { t } = useTranslation()
  const { id = '' } = useParams()
  const [rule, reload] = useRequest('rules:get', { id }, { reloadOnChange: ['rule'] })
  return (
    <Stack>
      <Anchor component={Link} to="/rules" size="sm">
        ← {t('rules.back')}
      </Anchor>
      {rule.status === 'loading' && <Skeleton h={240} />}
      {rule.status === 'error' && <ErrorNotice error={rule.error} onRetry={reload} />}
      {rule.status === 'done' && <RuleView rule={rule.value} />}
    </Stack>
  )
}

/** What the agent reads out during the call: larger text on a tinted card, so it is found at a glance. */
function ReadAloud({ title, color, testId, children }: { title: string; color: string; testId: string; children: ReactNode }) {
  const { t } = useTranslation()
  return (
    <Paper
      component="section"
      p="md"
      radius="md"
      data-testid={testId}
      style={{ background: `var(--mantine-color-${color}-light)`, borderLeft: `4px solid var(--mantine-color-${color}-filled)` }}
    >
      <Stack gap="xs">
        <Group gap="xs" justify="space-between">
          <Title order={3} size="h4">
            {title}
          </Title>
          <Badge color={color} variant="outline" size="sm">
            {t('rules.readAloud')}
          </Badge>
        </Group>
        {children}
      </Stack>
    </Paper>
  )
}

function RuleView({ rule: r }: { rule: RuleDetail }) {
  const { t } = useTranslation()
  const navigate = useNavigate()
  return (
    <Stack>
      <Group justify="space-between" align="flex-start" wrap="nowrap">
        <Stack gap={4}>
          <Text size="sm" c="dimmed" fw={600} tt="uppercase">
            {t('rules.theRule')}
          </Text>
          <Title order={2}>{r.statement}</Title>
          <Text c="dimmed">{r.ownerRole ? t('rules.ownedBy', { owner: r.ownerRole }) : t('rules.noOwner')}</Text>
        </Stack>
        <Group gap="xs" wrap="nowrap">
          <Button component={Link} to={`/rules/${r.id}/edit`} variant="light">
            {t('common.edit')}
          </Button>
          <DeleteButton kind="rule" id={r.id} name={r.statement} onDeleted={() => void navigate('/rules')} />
        </Group>
      </Group>

      <SimpleGrid cols={{ base: 1, lg: 2 }}>
        <ReadAloud title={t('rules.reason')} color="blue" testId="rule-reason">
          {r.reason ? (
            <Text size="lg" style={{ whiteSpace: 'pre-line' }}>
              {r.reason}
            </Text>
          ) : (
            <Text c="dimmed">{t('rules.noReason')}</Text>
          )}
        </ReadAloud>
        <ReadAloud title={t('rules.alternatives')} color="teal" testId="rule-alternatives">
          {r.alternatives.length === 0 ? (
            <Text c="dimmed">{t('rules.noAlternatives')}</Text>
          ) : (
            <List type="ordered" size="lg" spacing="xs">
              {r.alternatives.map((a) => (
                <List.Item key={a}>{a}</List.Item>
              ))}
            </List>
          )}
        </ReadAloud>
      </SimpleGrid>

      <Section title={t('rules.exceptionPath')} testId="rule-exception">
        {r.exceptionPath ? <Text style={{ whiteSpace: 'pre-line' }}>{r.exceptionPath}</Text> : <Text c="dimmed">{t('rules.noExceptionPath')}</Text>}
      </Section>
      <RefusalLibrary ruleId={r.id} />
      <PrivateNote kind="rule" id={r.id} />
    </Stack>
  )
}
