import { Anchor, Badge, Button, Stack, Text } from '@mantine/core'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { OutboxEntryView, OutboxStatusValue } from '../../../../shared/export/outbox'
import { call } from '../../api'
import { useSettings } from '../../components/settings-context'
import { dateTime } from '../call/EarlierCalls'
import { showFailure } from '../calls/start-call'
import { describeProblem, parseLastError } from './problem'

const statusColor: Record<OutboxStatusValue, string> = { queued: 'yellow', sending: 'blue', sent: 'teal', failed: 'red' }

export function StatusBadge({ status }: { status: OutboxStatusValue }) {
  const { t } = useTranslation()
  return (
    <Badge color={statusColor[status]} variant="light" data-testid="export-status" data-status={status}>
      {t(`export.status.${status}`)}
    </Badge>
  )
}

/** "in 40 seconds" for a moment within the hour, the date and time beyond; null once it has passed. */
export function whenText(iso: string, now: number, language: string, timeZone: string): string | null {
  const ms = Date.parse(iso) - now
  if (Number.isNaN(ms) || ms <= 1000) return null
  const relative = new Intl.RelativeTimeFormat(language === 'nl' ? 'nl-NL' : 'en-GB', { numeric: 'auto' })
  if (ms < 60_000) return relative.format(Math.round(ms / 1000), 'second')
  if (ms < 3600_000) return relative.format(Math.round(ms / 60_000), 'minute')
  return dateTime(iso, language, timeZone)
}

/** The remote ticket: a link that opens it in the ticket system where the target gives one, else its number or file name. */
export function TicketRef({ entry }: { entry: OutboxEntryView }) {
  if (!entry.remoteId) return null
  // An http(s) link only: a target's answer must not be able to open anything else.
  const url = entry.remoteUrl && /^https?:\/\//i.test(entry.remoteUrl) ? entry.remoteUrl : null
  return url ? (
    <Anchor href={url} target="_blank" rel="noopener noreferrer" data-testid="export-ticket" fw={600}>
      {entry.remoteId}
    </Anchor>
  ) : (
    <Text span fw={600} data-testid="export-ticket" style={{ wordBreak: 'break-all' }}>
      {entry.remoteId}
    </Text>
  )
}

/** The last problem in an agent's words, with the target's own message as the technical detail. */
export function ProblemText({ entry }: { entry: OutboxEntryView }) {
  const { t } = useTranslation()
  if (!entry.lastError || entry.status === 'sent') return null
  const { reason, detail } = parseLastError(entry.lastError)
  const problem = describeProblem(reason, detail, t)
  return (
    <Stack gap={0} data-testid="export-problem" data-reason={reason ?? ''}>
      <Text size="sm" c={entry.status === 'failed' ? 'red' : undefined}>
        {problem.words}
      </Text>
      <Text size="xs" c="dimmed" lang="en" style={{ wordBreak: 'break-word' }}>
        {t('export.detail', { detail: problem.detail })}
      </Text>
    </Stack>
  )
}

/** Whether an agent may ask for another attempt now: a failed entry, or one waiting after a failed attempt. */
export const canRetry = (entry: OutboxEntryView): boolean => entry.status === 'failed' || (entry.status === 'queued' && entry.lastError !== '')

export function RetryButton({ entry, onDone }: { entry: OutboxEntryView; onDone: () => void }) {
  const { t } = useTranslation()
  const [busy, setBusy] = useState(false)
  const retry = () => {
    setBusy(true)
    call('export:retry', { id: entry.id })
      .then(onDone, (error: unknown) => showFailure(t('export.call.retryFailed'), error, t))
      .finally(() => setBusy(false))
  }
  return (
    <Button size="xs" variant="light" loading={busy} onClick={retry} aria-label={t('export.call.retryFor', { target: entry.targetName })}>
      {t('export.call.retry')}
    </Button>
  )
}

/** What a waiting entry waits for, in words. */
export function WaitingText({ entry, now }: { entry: OutboxEntryView; now: number }) {
  const { t, i18n } = useTranslation()
  const { timeZone } = useSettings()
  const when = whenText(entry.nextAttemptAt, now, i18n.language, timeZone)
  return (
    <Text size="sm" data-testid="export-next-attempt">
      {when ? t('export.call.queued', { when }) : t('export.call.queuedNow')}
    </Text>
  )
}
