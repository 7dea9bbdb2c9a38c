import { Alert, Button, Checkbox, Group, Progress, Select, Stack, Text, TextInput } from '@mantine/core'
import { useEffect, useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { ChannelOutput } from '../../../../shared/contract'
import { call, on } from '../../api'
import { Section } from '../../components/Section'
import { showFailure } from '../calls/start-call'
import { useTargets } from './use-export'

type Progress = ChannelOutput<'export:batch-progress'>

/** How often a running batch asks for its progress; export:changed events ask in between. */
const POLL_MS = 1000

/** Finished calls (all, or those in a date range) to one target through the outbox, with a progress bar to the end. */
export function BatchExport() {
  const { t } = useTranslation()
  const [targets] = useTargets()
  const [targetId, setTargetId] = useState<string | null>(null)
  const [all, setAll] = useState(true)
  const [from, setFrom] = useState('')
  const [to, setTo] = useState('')
  const [starting, setStarting] = useState(false)
  const [batch, setBatch] = useState<ChannelOutput<'export:batch'> | null>(null)
  const progress = useBatchProgress(batch?.batchId ?? null)
  const options = targets.status === 'done' ? targets.value.targets.map((target) => ({ value: target.id, label: `${target.name} (${t(`export.kinds.${target.kind}`)})` })) : []
  const dateProblem = !all && from && to && from > to ? t('export.batch.dateOrder') : null
  // A period without either end would be every finished call: "all" says that; a period needs a date.
  const noPeriod = !all && !from && !to

  const start = () => {
    if (!targetId || dateProblem || noPeriod) return
    setStarting(true)
    call('export:batch', { targetId, ...(all ? {} : { ...(from ? { from } : {}), ...(to ? { to } : {}) }) })
      .then(setBatch, (error: unknown) => showFailure(t('export.batch.failed'), error, t))
      .finally(() => setStarting(false))
  }

  return (
    <Section title={t('export.batch.title')} testId="batch-export">
      <Text size="sm" c="dimmed">
        {t('export.batch.intro')}
      </Text>
      {targets.status === 'done' && options.length === 0 ? (
        <Text size="sm">{t('export.batch.noTargets')}</Text>
      ) : (
        <Stack gap="xs">
          <Group align="flex-end">
            <Select label={t('export.batch.target')} data={options} value={targetId} onChange={setTargetId} w={320} allowDeselect={false} />
            <Checkbox label={t('export.batch.allCalls')} checked={all} onChange={(e) => setAll(e.currentTarget.checked)} mb={8} />
          </Group>
          {!all && (
            <Group align="flex-start">
              <TextInput
                type="date"
                label={t('export.batch.from')}
                value={from}
                onChange={(e) => setFrom(e.currentTarget.value)}
                w={200}
                description={noPeriod ? t('export.batch.needDate') : undefined}
              />
              <TextInput type="date" label={t('export.batch.to')} value={to} onChange={(e) => setTo(e.currentTarget.value)} w={200} error={dateProblem} />
            </Group>
          )}
          <div>
            <Button onClick={start} loading={starting} disabled={!targetId || Boolean(dateProblem) || noPeriod}>
              {t('export.batch.start')}
            </Button>
          </div>
        </Stack>
      )}
      {batch && <BatchProgress batch={batch} progress={progress} />}
    </Section>
  )
}

function BatchProgress({ batch, progress }: { batch: ChannelOutput<'export:batch'>; progress: Progress | null }) {
  const { t } = useTranslation()
  const total = progress?.total ?? batch.queued
  const waiting = progress ? progress.queued + progress.sending : batch.queued
  const sent = progress?.sent ?? 0
  const failed = progress?.failed ?? 0
  const done = total - waiting
  const percent = (n: number) => (total ? (n / total) * 100 : 100)
  return (
    <Stack gap={6} data-testid="batch-progress" data-done={waiting === 0 ? 'true' : 'false'}>
      <Text size="sm">{t('export.batch.queued', { count: batch.queued, already: batch.alreadyThere })}</Text>
      {total > 0 && (
        <>
          <Progress.Root size="lg" aria-label={t('export.batch.progress', { done, total })}>
            <Progress.Section value={percent(sent)} color="teal" />
            <Progress.Section value={percent(failed)} color="red" />
          </Progress.Root>
          <Text size="sm" data-testid="batch-counts">
            {t('export.batch.progress', { done, total })} — {t('export.batch.counts', { sent, failed, waiting })}
          </Text>
        </>
      )}
      {progress && waiting === 0 && (
        <Alert color={failed ? 'orange' : 'teal'} role="status">
          {total === 0 ? t('export.batch.nothing') : t('export.batch.finished')}
        </Alert>
      )}
    </Stack>
  )
}

/** Polls a batch's progress while it runs, and asks again whenever an export changes state. */
function useBatchProgress(batchId: string | null): Progress | null {
  const [progress, setProgress] = useState<{ batchId: string; value: Progress } | null>(null)
  const [tick, setTick] = useState(0)
  const running = batchId !== null && (progress?.batchId !== batchId || progress.value.queued + progress.value.sending > 0)
  useEffect(() => {
    if (!batchId) return
    return on('export:changed', () => setTick((n) => n + 1))
  }, [batchId])
  useEffect(() => {
    if (!running) return
    const timer = setInterval(() => setTick((n) => n + 1), POLL_MS)
    return () => clearInterval(timer)
  }, [running])
  useEffect(() => {
    if (!batchId) return
    let current = true
    call('export:batch-progress', { batchId }).then(
      (value) => current && setProgress({ batchId, value }),
      // A missed answer is asked again on the next tick.
      () => {},
    )
    return () => {
      current = false
    }
  }, [batchId, tick])
  return progress?.batchId === batchId ? progress.value : null
}
