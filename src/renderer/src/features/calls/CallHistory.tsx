import { Badge, Group, SegmentedControl, Select, Skeleton, Stack, Table, Text, TextInput, Title } from '@mantine/core'
import { useDebouncedValue } from '@mantine/hooks'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { Link, useNavigate } from 'react-router'
import { addDays } from '../../../../shared/calendar/local-date'
import { formatPhone } from '../../../../shared/knowledge/phone'
import { outcomeKinds, type CallSummary, type OutcomeKind } from '../../../../shared/call/record'
import { ErrorNotice } from '../../components/ErrorNotice'
import { useSettings } from '../../components/settings-context'
import { callerLabel, dayHeading, dayOf, dayTimeOf, firstWords, groupByDay, timeOf } from './call-text'
import { OutcomeBadge } from './OutcomeBadge'
import { callPath } from './start-call'
import { useCalls, useNow } from './use-calls'

type StatusFilter = 'all' | 'draft' | 'finished'

/** Every call taken in this console, newest first, grouped by day; searchable and filterable. */
export function CallHistory() {
  const { t, i18n } = useTranslation()
  const { timeZone } = useSettings()
  const [query, setQuery] = useState('')
  const [debounced] = useDebouncedValue(query, 200)
  const [status, setStatus] = useState<StatusFilter>('all')
  const [outcome, setOutcome] = useState<OutcomeKind | null>(null)
  const calls = useCalls({ query: debounced.trim(), ...(status === 'all' ? {} : { status }), ...(outcome ? { outcome } : {}), limit: 200 })
  const filtering = debounced.trim() !== '' || status !== 'all' || outcome !== null
  const shown = calls.status === 'done' ? calls.calls : []
  // Ticks once a minute, so "Today" turns into "Yesterday" when the page stays open past midnight.
  const now = useNow(60_000)
  const today = dayOf(now, timeZone)
  // The calendar day before today, not 24 hours ago: a day is 23 or 25 hours when the clocks change.
  const yesterday = addDays(today, -1)

  return (
    <Stack>
      <Title order={2}>{t('calls.history.title')}</Title>
      <Text c="dimmed" maw={720}>
        {t('calls.history.intro')}
      </Text>
      <Group align="flex-end" gap="md">
        <TextInput
          label={t('calls.history.search')}
          placeholder={t('calls.history.searchPlaceholder')}
          value={query}
          onChange={(e) => setQuery(e.currentTarget.value)}
          type="search"
          w={320}
        />
        <Stack gap={4}>
          <Text size="sm" fw={500} id="calls-status-label">
            {t('calls.history.status')}
          </Text>
          <SegmentedControl
            aria-labelledby="calls-status-label"
            value={status}
            onChange={(value) => setStatus(value as StatusFilter)}
            data={[
              { value: 'all', label: t('calls.history.statusAll') },
              { value: 'draft', label: t('calls.history.statusDraft') },
              { value: 'finished', label: t('calls.history.statusFinished') },
            ]}
          />
        </Stack>
        <Select
          label={t('calls.history.outcome')}
          placeholder={t('calls.history.outcomeAll')}
          clearable
          value={outcome}
          onChange={(value) => setOutcome(value as OutcomeKind | null)}
          data={outcomeKinds.map((kind) => ({ value: kind, label: t(`calls.outcome.${kind}`) }))}
          w={220}
        />
      </Group>
      {calls.status === 'loading' && <Skeleton h={160} />}
      {calls.status === 'error' && <ErrorNotice error={calls.error} />}
      {calls.status === 'done' && shown.length === 0 && <Text data-testid="calls-empty">{filtering ? t('calls.history.noMatches') : t('calls.history.empty')}</Text>}
      {shown.length > 0 &&
        groupByDay(shown, timeZone).map((group) => (
          <DayGroup key={group.day} heading={dayHeading(group.day, today, yesterday, i18n.language, t)} calls={group.calls} />
        ))}
    </Stack>
  )
}

function DayGroup({ heading, calls }: { heading: string; calls: CallSummary[] }) {
  const { t, i18n } = useTranslation()
  const { timeZone } = useSettings()
  const navigate = useNavigate()
  return (
    <Stack gap={4} component="section" aria-label={heading}>
      <Title order={3} size="h5" tt="capitalize">
        {heading}
      </Title>
      <Table highlightOnHover verticalSpacing={6} data-testid="calls-history">
        <Table.Thead>
          <Table.Tr>
            <Table.Th w={64}>{t('calls.history.time')}</Table.Th>
            <Table.Th>{t('calls.history.caller')}</Table.Th>
            <Table.Th>{t('calls.history.department')}</Table.Th>
            <Table.Th>{t('calls.history.category')}</Table.Th>
            <Table.Th>{t('calls.history.what')}</Table.Th>
            <Table.Th w={70}>{t('calls.history.priority')}</Table.Th>
            <Table.Th>{t('calls.history.outcomeColumn')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {calls.map((c) => (
            <Table.Tr key={c.id} data-call-id={c.id} style={{ cursor: 'pointer' }} onClick={() => void navigate(callPath(c.id))}>
              <Table.Td ff="monospace">{timeOf(c.startedAt, timeZone, i18n.language)}</Table.Td>
              <Table.Td>
                <Link to={callPath(c.id)} className="sdc-call-link" onClick={(e) => e.stopPropagation()}>
                  {callerLabel(c, t)}
                </Link>
                {c.callerName && c.phoneNumber && (
                  <Text size="xs" c="dimmed">
                    {formatPhone(c.phoneNumber)}
                  </Text>
                )}
              </Table.Td>
              <Table.Td>{c.departmentName ?? <Text span c="dimmed">—</Text>}</Table.Td>
              <Table.Td>{c.category ? t(`calls.category.${c.category}`) : <Text span c="dimmed">—</Text>}</Table.Td>
              <Table.Td maw={360}>
                <Text size="sm" truncate c={c.what.trim() ? undefined : 'dimmed'}>
                  {firstWords(c.what, 120) || t('calls.nothingNoted')}
                </Text>
              </Table.Td>
              <Table.Td>{c.priority ? <Badge variant="outline" color={c.priority === 'P1' ? 'red' : c.priority === 'P2' ? 'orange' : 'gray'}>{c.priority}</Badge> : <Text span c="dimmed">—</Text>}</Table.Td>
              <Table.Td>
                <Stack gap={2} align="flex-start">
                  <OutcomeBadge call={c} />
                  {c.openCallbackAt && (
                    <Text size="xs" c="orange.8" fw={600}>
                      {t('calls.history.callbackOpen', { when: dayTimeOf(c.openCallbackAt, timeZone, i18n.language) })}
                    </Text>
                  )}
                </Stack>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Stack>
  )
}
