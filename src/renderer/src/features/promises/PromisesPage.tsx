import { Alert, Badge, Button, Group, Paper, SegmentedControl, SimpleGrid, Skeleton, Stack, Table, Text, Textarea, Title } from '@mantine/core'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { Link, useNavigate } from 'react-router'
import type { PromiseRecord, PromiseStatus } from '../../../../shared/promise/promise'
import { ApiError, call } from '../../api'
import { ErrorNotice } from '../../components/ErrorNotice'
import { useSettings } from '../../components/settings-context'
import { useNow } from '../call/use-now'
import { callPath, showFailure } from '../calls/start-call'
import { dueMoment, dueState } from './format'
import { usePromises, usePromiseStats } from './use-promises'
import { formatPhone } from '../../../../shared/knowledge/phone'

/** Open promises soonest first, each kept or broken in one action; the history and the kept rate for a team lead. */
export function PromisesPage() {
  const { t } = useTranslation()
  const [status, setStatus] = useState<PromiseStatus>('open')
  const [list, reload] = usePromises(status)
  const [broken, setBroken] = useState<PromiseRecord | null>(null)
  return (
    <Stack>
      <Title order={2}>{t('promises.title')}</Title>
      <Text c="dimmed" maw={720}>
        {t('promises.intro')}
      </Text>
      <PromiseStatsView />
      {broken && <CallBack promise={broken} onClose={() => setBroken(null)} />}
      <Stack gap={4}>
        <Text size="sm" fw={500} id="promises-status-label">
          {t('promises.filter')}
        </Text>
        <SegmentedControl
          aria-labelledby="promises-status-label"
          value={status}
          onChange={(value) => setStatus(value as PromiseStatus)}
          data={(['open', 'kept', 'broken'] as const).map((s) => ({ value: s, label: t(`promises.status.${s}`) }))}
          w="fit-content"
        />
      </Stack>
      {list.status === 'loading' && <Skeleton h={160} />}
      {list.status === 'error' && <ErrorNotice error={list.error} onRetry={reload} />}
      {list.status === 'done' && list.value.length === 0 && <Text data-testid="promises-empty">{t(`promises.empty.${status}`)}</Text>}
      {list.status === 'done' && list.value.length > 0 && (
        <PromiseTable promises={list.value} onBroken={(p) => setBroken(p)} />
      )}
    </Stack>
  )
}

function PromiseStatsView() {
  const { t } = useTranslation()
  const [stats] = usePromiseStats()
  if (stats.status !== 'done') return null
  const s = stats.value
  const figures = [
    { key: 'open', value: String(s.open) },
    { key: 'dueSoon', value: String(s.dueSoon) },
    { key: 'overdue', value: String(s.overdue) },
    { key: 'kept', value: String(s.kept) },
    { key: 'broken', value: String(s.broken) },
    { key: 'keptRate', value: s.keptRate === null ? '—' : `${Math.round(s.keptRate * 100)}%` },
  ]
  return (
    <SimpleGrid cols={{ base: 3, sm: 6 }} maw={900} data-testid="promise-stats">
      {figures.map((f) => (
        <Paper key={f.key} withBorder p="xs" data-stat={f.key}>
          <Text size="xs" c="dimmed">
            {t(`promises.stats.${f.key}`)}
          </Text>
          <Text fw={700} size="lg" data-testid={`promise-stat-${f.key}`}>
            {f.value}
          </Text>
        </Paper>
      ))}
    </SimpleGrid>
  )
}

function PromiseTable({ promises, onBroken }: { promises: PromiseRecord[]; onBroken: (promise: PromiseRecord) => void }) {
  const { t, i18n } = useTranslation()
  const { timeZone, promiseReminderMinutes } = useSettings()
  const now = useNow(30_000)
  return (
    <Table verticalSpacing="sm" data-testid="promises-list">
      <Table.Thead>
        <Table.Tr>
          <Table.Th>{t('promises.columns.due')}</Table.Th>
          <Table.Th>{t('promises.columns.caller')}</Table.Th>
          <Table.Th>{t('promises.columns.promise')}</Table.Th>
          <Table.Th>{t('promises.columns.status')}</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {promises.map((p) => (
          <Table.Tr key={p.id} data-promise-id={p.id} aria-label={p.callerName || p.callerPhone}>
            <Table.Td miw={170}>
              <Text size="sm" fw={500}>
                {dueMoment(p.dueAt, timeZone, i18n.language, now)}
              </Text>
              {p.status === 'open' && <DueBadge state={dueState(p.dueAt, now, promiseReminderMinutes)} />}
            </Table.Td>
            <Table.Td>
              <Text size="sm">{p.callerName || t('promises.unknownCaller')}</Text>
              {p.callerPhone && (
                <Text size="xs" c="dimmed">
                  {formatPhone(p.callerPhone)}
                </Text>
              )}
              <Link to={callPath(p.callId)} className="sdc-call-link">
                {t('promises.toCall')}
              </Link>
            </Table.Td>
            <Table.Td maw={420}>
              <Text size="xs" c="dimmed">
                {t(`promises.nextStep.${p.nextStep}`)}
              </Text>
              <Text size="sm" data-testid="promise-text">
                ‘{p.text}’
              </Text>
              {p.resolution && (
                <Text size="xs" c="dimmed">
                  {t('promises.resolution', { text: p.resolution })}
                </Text>
              )}
            </Table.Td>
            <Table.Td miw={260}>{p.status === 'open' ? <Resolve promise={p} onBroken={onBroken} /> : <ResolvedBadge promise={p} />}</Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  )
}

function DueBadge({ state }: { state: ReturnType<typeof dueState> }) {
  const { t } = useTranslation()
  if (state === 'later') return null
  return (
    <Badge color={state === 'overdue' ? 'red' : 'orange'} variant="light" data-testid="promise-due-state">
      {t(`promises.due.${state}`)}
    </Badge>
  )
}

function ResolvedBadge({ promise }: { promise: PromiseRecord }) {
  const { t } = useTranslation()
  return (
    <Badge color={promise.status === 'kept' ? 'teal' : 'red'} variant="light">
      {t(`promises.status.${promise.status}`)}
    </Badge>
  )
}

/** Kept (a note may go with it) or broken (what happened is required): one action. */
function Resolve({ promise, onBroken }: { promise: PromiseRecord; onBroken: (promise: PromiseRecord) => void }) {
  const { t } = useTranslation()
  const [mode, setMode] = useState<'kept' | 'broken' | null>(null)
  const [note, setNote] = useState('')
  const [error, setError] = useState<string | null>(null)
  const [busy, setBusy] = useState(false)
  const name = promise.callerName || promise.callerPhone
  const save = async (status: 'kept' | 'broken') => {
    if (status === 'broken' && !note.trim()) return setError(t('promises.resolve.whatHappenedRequired'))
    setBusy(true)
    try {
      await call('promises:resolve', { id: promise.id, status, resolution: note.trim() })
      if (status === 'broken') onBroken(promise)
    } catch (e) {
      const field = e instanceof ApiError ? e.data.issues?.find((i) => i.field.endsWith('resolution')) : undefined
      if (field) setError(t('promises.resolve.whatHappenedRequired'))
      else showFailure(t('promises.resolve.failed'), e, t)
    } finally {
      setBusy(false)
    }
  }
  if (!mode) {
    return (
      <Group gap="xs">
        <Button size="xs" color="teal" onClick={() => setMode('kept')} aria-label={t('promises.resolve.keptFor', { name })}>
          {t('promises.resolve.kept')}
        </Button>
        <Button size="xs" color="red" variant="light" onClick={() => setMode('broken')} aria-label={t('promises.resolve.brokenFor', { name })}>
          {t('promises.resolve.broken')}
        </Button>
      </Group>
    )
  }
  return (
    <Stack gap={6}>
      <Textarea
        autoFocus
        size="xs"
        autosize
        minRows={2}
        label={mode === 'kept' ? t('promises.resolve.note') : t('promises.resolve.whatHappened')}
        withAsterisk={mode === 'broken'}
        value={note}
        onChange={(e) => {
          setNote(e.currentTarget.value)
          setError(null)
        }}
        error={error}
      />
      <Group gap="xs">
        <Button size="xs" color={mode === 'kept' ? 'teal' : 'red'} loading={busy} onClick={() => void save(mode)}>
          {mode === 'kept' ? t('promises.resolve.saveKept') : t('promises.resolve.saveBroken')}
        </Button>
        <Button size="xs" variant="default" onClick={() => setMode(null)}>
          {t('promises.resolve.cancel')}
        </Button>
      </Group>
    </Stack>
  )
}

/** After a broken promise: call the caller before they call you. */
function CallBack({ promise, onClose }: { promise: PromiseRecord; onClose: () => void }) {
  const { t } = useTranslation()
  const navigate = useNavigate()
  const [busy, setBusy] = useState(false)
  const name = promise.callerName || promise.callerPhone || t('promises.unknownCaller')
  const start = () => {
    setBusy(true)
    call('calls:start', { number: promise.callerPhone })
      .then(
        (started) => void navigate(callPath(started.id)),
        (error: unknown) => showFailure(t('promises.callNow.failed'), error, t),
      )
      .finally(() => setBusy(false))
  }
  return (
    <Alert color="red" title={t('promises.callNow.title', { name })} withCloseButton closeButtonLabel={t('promises.callNow.close')} onClose={onClose} data-testid="promise-call-now" maw={760}>
      <Group justify="space-between">
        <Text size="sm">{promise.callerPhone ? t('promises.callNow.number', { number: formatPhone(promise.callerPhone) }) : t('promises.callNow.noNumber')}</Text>
        {promise.callerPhone && (
          <Button size="xs" color="red" loading={busy} onClick={start} autoFocus>
            {t('promises.callNow.button', { name })}
          </Button>
        )}
      </Group>
    </Alert>
  )
}
