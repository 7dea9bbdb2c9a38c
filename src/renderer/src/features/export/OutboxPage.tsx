import { Paper, SegmentedControl, SimpleGrid, Skeleton, Stack, Table, Text, Title } from '@mantine/core'
import type { TFunction } from 'i18next'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { Link } from 'react-router'
import { outboxStatusSchema, type OutboxEntryView, type OutboxStatusValue } from '../../../../shared/export/outbox'
import { ErrorNotice } from '../../components/ErrorNotice'
import { useSettings } from '../../components/settings-context'
import { dateTime } from '../call/EarlierCalls'
import { useNow } from '../call/use-now'
import { callPath } from '../calls/start-call'
import { BatchExport } from './BatchExport'
import { canRetry, ProblemText, RetryButton, StatusBadge, TicketRef, whenText } from './entry-parts'
import { useOutbox } from './use-export'

const statuses = outboxStatusSchema.options

/** The outbox for a team lead: how many calls wait, are sent or failed; each entry with its problem and a retry; batch export. */
export function OutboxPage() {
  const { t } = useTranslation()
  const [filter, setFilter] = useState<OutboxStatusValue | 'all'>('all')
  const [outbox, reload] = useOutbox(filter === 'all' ? null : filter)
  return (
    <Stack>
      <Title order={2}>{t('export.outbox.title')}</Title>
      <Text c="dimmed" maw={720}>
        {t('export.outbox.intro')}
      </Text>
      {outbox.status === 'done' && (
        <SimpleGrid cols={{ base: 2, sm: 4 }} maw={720} data-testid="outbox-counts">
          {statuses.map((status) => (
            <Paper key={status} withBorder p="xs">
              <Text size="xs" c="dimmed">
                {t(`export.status.${status}`)}
              </Text>
              <Text fw={700} size="lg" data-testid={`outbox-count-${status}`}>
                {outbox.value.counts[status]}
              </Text>
            </Paper>
          ))}
        </SimpleGrid>
      )}
      <BatchExport />
      <Stack gap={4}>
        <Text size="sm" fw={500} id="outbox-status-label">
          {t('export.outbox.filter')}
        </Text>
        <SegmentedControl
          aria-labelledby="outbox-status-label"
          value={filter}
          onChange={(value) => setFilter(value as OutboxStatusValue | 'all')}
          data={(['all', ...statuses] as const).map((s) => ({ value: s, label: t(`export.status.${s}`) }))}
          w="fit-content"
        />
      </Stack>
      {outbox.status === 'loading' && <Skeleton h={160} />}
      {outbox.status === 'error' && <ErrorNotice error={outbox.error} onRetry={reload} />}
      {outbox.status === 'done' && outbox.value.entries.length === 0 && <Text data-testid="outbox-empty">{t('export.outbox.empty')}</Text>}
      {outbox.status === 'done' && outbox.value.entries.length > 0 && <OutboxTable entries={outbox.value.entries} onRetried={reload} />}
    </Stack>
  )
}

/** The call as the list names it: "<caller> · <finished>"; the plain words for a call recorded without a name. */
function callLabel(entry: OutboxEntryView, t: TFunction, language: string, timeZone: string): string {
  const caller = entry.callerName.trim()
  if (!caller) return t('export.outbox.toCall')
  return entry.finishedAt ? t('export.outbox.callOf', { caller, when: dateTime(entry.finishedAt, language, timeZone) }) : caller
}

function OutboxTable({ entries, onRetried }: { entries: OutboxEntryView[]; onRetried: () => void }) {
  const { t, i18n } = useTranslation()
  const { timeZone } = useSettings()
  const now = useNow(1000, entries.some((e) => e.status === 'queued'))
  return (
    <Table verticalSpacing="sm" data-testid="outbox-list">
      <Table.Thead>
        <Table.Tr>
          <Table.Th>{t('export.outbox.columns.call')}</Table.Th>
          <Table.Th>{t('export.outbox.columns.target')}</Table.Th>
          <Table.Th>{t('export.outbox.columns.state')}</Table.Th>
          <Table.Th>{t('export.outbox.columns.ticket')}</Table.Th>
          <Table.Th>{t('export.outbox.columns.error')}</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {entries.map((entry) => {
          const next = entry.status === 'queued' ? whenText(entry.nextAttemptAt, now, i18n.language, timeZone) : null
          return (
            <Table.Tr key={entry.id} data-testid="outbox-entry" data-status={entry.status} data-call-id={entry.callId}>
              <Table.Td>
                <Link to={callPath(entry.callId)} className="sdc-call-link">
                  {callLabel(entry, t, i18n.language, timeZone)}
                </Link>
              </Table.Td>
              <Table.Td>
                <Text size="sm">{entry.targetName}</Text>
                <Text size="xs" c="dimmed">
                  {t(`export.kinds.${entry.targetKind}`)}
                </Text>
              </Table.Td>
              <Table.Td miw={150}>
                <StatusBadge status={entry.status} />
                {next && (
                  <Text size="xs" c="dimmed">
                    {t('export.outbox.nextAttempt', { when: next })}
                  </Text>
                )}
                {entry.sentAt && (
                  <Text size="xs" c="dimmed">
                    {t('export.outbox.sentAt', { when: dateTime(entry.sentAt, i18n.language, timeZone) })}
                  </Text>
                )}
              </Table.Td>
              <Table.Td>
                <TicketRef entry={entry} />
              </Table.Td>
              <Table.Td maw={420}>
                <Stack gap={4} align="flex-start">
                  <ProblemText entry={entry} />
                  {canRetry(entry) && <RetryButton entry={entry} onDone={onRetried} />}
                </Stack>
              </Table.Td>
            </Table.Tr>
          )
        })}
      </Table.Tbody>
    </Table>
  )
}
