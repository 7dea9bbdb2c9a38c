import { Anchor, Badge, Button, Group, Skeleton, Stack, Text, Title } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import { Link, useNavigate, useParams } from 'react-router'
import type { GlossaryDetail } from '../../../../shared/knowledge/details'
import { DeleteButton } from '../../components/DeleteButton'
import { ErrorNotice } from '../../components/ErrorNotice'
import { PrivateNote } from '../../components/PrivateNote'
import { Section } from '../../components/Section'
import { useRequest } from '../../components/use-request'

export function GlossaryPage() {
  const { t } = useTranslation()
  const { id = '' } = useParams()
  const [term, reload] = useRequest('glossary:get', { id }, { reloadOnChange: ['glossary'] })
  return (
    <Stack>
      <Anchor component={Link} to="/glossary" size="sm">
        ← {t('glossary.back')}
      </Anchor>
      {term.status === 'loading' && <Skeleton h={200} />}
      {term.status === 'error' && <ErrorNotice error={term.error} onRetry={reload} />}
      {term.status === 'done' && <GlossaryView term={term.value} />}
    </Stack>
  )
}

function GlossaryView({ term: g }: { term: GlossaryDetail }) {
  const { t } = useTranslation()
  const navigate = useNavigate()
  return (
    <Stack>
      <Group justify="space-between" align="flex-start" wrap="nowrap">
        <Stack gap={6}>
          <Title order={2}>{g.term}</Title>
          {g.aliases.length > 0 && (
            <Group gap="xs" data-testid="glossary-aliases">
              <Text size="sm" c="dimmed">
                {t('glossary.alsoCalled')}
              </Text>
              {g.aliases.map((a) => (
                <Badge key={a} variant="light" tt="none">
                  {a}
                </Badge>
              ))}
            </Group>
          )}
        </Stack>
        <Group gap="xs" wrap="nowrap">
          <Button component={Link} to={`/glossary/${g.id}/edit`} variant="light">
            {t('common.edit')}
          </Button>
          <DeleteButton kind="glossary" id={g.id} name={g.term} onDeleted={() => void navigate('/glossary')} />
        </Group>
      </Group>
      <Section title={t('glossary.meaning')}>
        {g.meaning ? (
          <Text size="lg" style={{ whiteSpace: 'pre-line' }}>
            {g.meaning}
          </Text>
        ) : (
          <Text c="dimmed">{t('glossary.noMeaning')}</Text>
        )}
      </Section>
      <PrivateNote kind="glossary" id={g.id} />
    </Stack>
  )
}
