import { Anchor, Badge, Button, Group, Paper, Skeleton, Stack, Text } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import { Link } from 'react-router'
import { ErrorNotice } from '../../components/ErrorNotice'
import { Section } from '../../components/Section'
import { useRequest } from '../../components/use-request'

/** A rule's library: the final refusals given for it, newest first, each a start for a new one. */
export function RefusalLibrary({ ruleId }: { ruleId: string }) {
  const { t, i18n } = useTranslation()
  const [list, reload] = useRequest('refusals:list', { ruleId, status: 'final' })
  const when = (iso: string) => new Date(iso).toLocaleString(i18n.language === 'en' ? 'en-GB' : 'nl-NL', { dateStyle: 'medium', timeStyle: 'short' })
  return (
    <Section title={t('refusal.library.title')} testId="refusal-library">
      <Group>
        <Button component={Link} to={`/refusals/new?rule=${ruleId}`} variant="light" size="xs">
          {t('refusal.library.build')}
        </Button>
      </Group>
      {list.status === 'loading' && <Skeleton h={60} />}
      {list.status === 'error' && <ErrorNotice error={list.error} onRetry={reload} />}
      {list.status === 'done' && list.value.length === 0 && <Text c="dimmed">{t('refusal.library.empty')}</Text>}
      {list.status === 'done' &&
        list.value.map((r) => (
          <Paper key={r.id} withBorder p="sm" data-testid="refusal-library-item">
            <Stack gap={4}>
              <Group justify="space-between" wrap="nowrap">
                <Text size="xs" c="dimmed">
                  {t('refusal.library.when', { when: when(r.updatedAt), language: t(`refusal.languages.${r.language}`) })}
                </Text>
                <Badge size="sm" variant="light">
                  {t(`refusal.fields.kinds.${r.decision}`)}
                </Badge>
              </Group>
              <Text size="sm" lang={r.language}>
                {r.preview}
              </Text>
              <Group gap="xs">
                <Anchor component={Link} to={`/refusals/${r.id}`} size="sm">
                  {t('refusal.library.open')}
                </Anchor>
                <Button component={Link} to={`/refusals/new?from=${r.id}&rule=${ruleId}`} size="compact-xs" variant="default">
                  {t('refusal.actions.startFrom')}
                </Button>
              </Group>
            </Stack>
          </Paper>
        ))}
    </Section>
  )
}
