import { Anchor, Button, Group, Skeleton, Stack, Table, Text, TextInput, Title } from '@mantine/core'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { Link, useSearchParams } from 'react-router'
import type { ChannelOutput } from '../../../../shared/contract'
import { ErrorNotice } from '../../components/ErrorNotice'
import { useJargon } from './use-jargon'

type Entry = ChannelOutput<'jargon:list'>[number]

/** The lexicon as a table: each term with its other spellings, its category and its plain words in both languages. */
export function JargonList() {
  const { t } = useTranslation()
  const [terms, reload] = useJargon()
  // `?q=` opens the list on one term (the onboarding quiz's "Read about it").
  const [searchParams] = useSearchParams()
  const [query, setQuery] = useState(() => searchParams.get('q') ?? '')
  const needle = query.trim().toLocaleLowerCase()
  const matches = (e: Entry) =>
    !needle || [e.term, ...e.aliases, e.plain.nl, e.plain.en, t(`jargon.categories.${e.category}`)].some((text) => text.toLocaleLowerCase().includes(needle))
  return (
    <Stack>
      <Group justify="space-between">
        <Title order={2}>{t('jargon.title')}</Title>
        <Button component={Link} to="/jargon/new">
          {t('common.new')}
        </Button>
      </Group>
      <Text c="dimmed" maw={720}>
        {t('jargon.intro')}
      </Text>
      <TextInput label={t('jargon.search')} placeholder={t('jargon.searchHint')} type="search" value={query} onChange={(e) => setQuery(e.currentTarget.value)} maw={360} />
      {terms.status === 'loading' && <Skeleton h={160} />}
      {terms.status === 'error' && <ErrorNotice error={terms.error} onRetry={reload} />}
      {terms.status === 'done' && <JargonTable entries={terms.value.filter(matches)} total={terms.value.length} query={query.trim()} />}
    </Stack>
  )
}

function JargonTable({ entries, total, query }: { entries: Entry[]; total: number; query: string }) {
  const { t } = useTranslation()
  if (total === 0) return <Text>{t('jargon.empty')}</Text>
  if (entries.length === 0) return <Text>{t('jargon.noMatches', { query })}</Text>
  return (
    <>
      <Text size="sm" c="dimmed" aria-live="polite">
        {t('jargon.count', { count: entries.length })}
      </Text>
      <Table striped withTableBorder aria-label={t('jargon.title')} data-testid="jargon-table">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('jargon.columns.term')}</Table.Th>
            <Table.Th>{t('jargon.columns.category')}</Table.Th>
            <Table.Th>{t('jargon.columns.plainNl')}</Table.Th>
            <Table.Th>{t('jargon.columns.plainEn')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {entries.map((e) => (
            <Table.Tr key={e.id}>
              <Table.Td>
                <Anchor component={Link} to={`/jargon/${e.id}/edit`} fw={600}>
                  {e.term}
                </Anchor>
                {e.aliases.length > 0 && (
                  <Text size="xs" c="dimmed">
                    {t('jargon.alsoWritten', { aliases: e.aliases.join(', ') })}
                  </Text>
                )}
              </Table.Td>
              <Table.Td style={{ whiteSpace: 'nowrap' }}>{t(`jargon.categories.${e.category}`)}</Table.Td>
              <Table.Td lang="nl">{e.plain.nl}</Table.Td>
              <Table.Td lang="en">{e.plain.en}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </>
  )
}
