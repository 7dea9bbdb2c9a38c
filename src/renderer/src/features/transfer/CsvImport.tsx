import { Button, FileButton, Group, Progress, SegmentedControl, Stack, Text } from '@mantine/core'
import { useEffect, useRef, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { transferKindSchema, type ImportResult, type TransferKind, type TransferProgress } from '../../../../shared/knowledge/transfer'
import { call, on, type ApiError } from '../../api'
import { ErrorNotice } from '../../components/ErrorNotice'
import { Section } from '../../components/Section'
import { downloadText, newJobId, readText } from './files'
import { ImportResultView } from './ImportResultView'
import { toApiError, useAction } from './use-action'

type Job =
  | { state: 'idle' }
  | { state: 'running'; jobId: string; fileName: string; progress: TransferProgress | null; cancelling: boolean }
  | { state: 'done'; fileName: string; result: ImportResult }
  | { state: 'failed'; fileName: string; error: ApiError }

/** Choose a kind and a CSV file; the import checks everything before it writes anything. */
export function CsvImport() {
  const { t } = useTranslation()
  const [kind, setKind] = useState<TransferKind>('people')
  const [job, setJob] = useState<Job>({ state: 'idle' })
  const template = useAction()
  const [downloaded, setDownloaded] = useState<string | null>(null)
  const cancel = useAction()
  const unsubscribe = useRef<(() => void) | null>(null)
  const resetFile = useRef<() => void>(null)

  // Leaving the page stops listening; the import itself finishes on the main side.
  useEffect(() => () => unsubscribe.current?.(), [])

  const start = async (file: File | null) => {
    resetFile.current?.()
    if (!file) return
    const jobId = newJobId()
    const fileName = file.name
    setJob({ state: 'running', jobId, fileName, progress: null, cancelling: false })
    unsubscribe.current?.()
    // Listen before asking, so the first progress report is not missed.
    unsubscribe.current = on('transfer:progress', (progress) => {
      if (progress.jobId === jobId) setJob((j) => (j.state === 'running' && j.jobId === jobId ? { ...j, progress } : j))
    })
    try {
      const content = await readText(file)
      const result = await call('transfer:import-csv', { kind, fileName, content, jobId })
      setJob({ state: 'done', fileName, result })
    } catch (e) {
      setJob({ state: 'failed', fileName, error: toApiError(e) })
    } finally {
      unsubscribe.current?.()
      unsubscribe.current = null
    }
  }

  const stop = () => {
    if (job.state !== 'running') return
    setJob({ ...job, cancelling: true })
    void cancel.run(() => call('transfer:cancel', { jobId: job.jobId }))
  }

  const running = job.state === 'running'
  return (
    <Section title={t('transfer.import.title')} testId="csv-import">
      <Text size="sm">{t('transfer.import.intro')}</Text>
      <SegmentedControl
        aria-label={t('transfer.import.kind')}
        w="fit-content"
        value={kind}
        disabled={running}
        onChange={(value) => {
          setKind(value as TransferKind)
          setDownloaded(null)
          if (job.state !== 'running') setJob({ state: 'idle' })
        }}
        data={transferKindSchema.options.map((k) => ({ value: k, label: t(`transfer.csvKinds.${k}`) }))}
      />
      <Text size="sm" c="dimmed" maw={760} data-testid="csv-columns">
        {t(`transfer.import.columns.${kind}`)}
      </Text>
      <Group>
        <FileButton onChange={(file) => void start(file)} accept=".csv,text/csv" resetRef={resetFile} disabled={running}>
          {(props) => (
            <Button {...props} disabled={running}>
              {t(`transfer.import.choose.${kind}`)}
            </Button>
          )}
        </FileButton>
        <Button
          variant="default"
          loading={template.busy}
          onClick={() =>
            void template.run(async () => {
              setDownloaded(null)
              const file = await call('transfer:export-csv', { kind })
              downloadText(file.fileName, file.content)
              setDownloaded(file.fileName)
            })
          }
        >
          {t('transfer.import.template')}
        </Button>
      </Group>
      {downloaded && (
        <Text size="sm" c="teal" role="status">
          {t('transfer.export.done', { fileName: downloaded })}
        </Text>
      )}
      {template.error && <ErrorNotice error={template.error} />}
      {job.state === 'running' && <Running job={job} onCancel={stop} />}
      {cancel.error && <ErrorNotice error={cancel.error} />}
      {job.state === 'failed' && <ErrorNotice error={job.error} />}
      {job.state === 'done' && <ImportResultView fileName={job.fileName} result={job.result} />}
    </Section>
  )
}

function Running({ job, onCancel }: { job: Extract<Job, { state: 'running' }>; onCancel: () => void }) {
  const { t } = useTranslation()
  const progress = job.progress
  const known = progress !== null && progress.total > 0
  const percent = known ? Math.min(100, Math.round((progress.done / progress.total) * 100)) : 100
  return (
    <Stack gap={6} data-testid="import-progress">
      <Group justify="space-between" maw={600}>
        <Text size="sm" aria-live="polite">
          {t(`transfer.import.phase.${progress?.phase ?? 'reading'}`, { fileName: job.fileName })}
          {known && ` ${t('transfer.import.counted', { done: progress.done, total: progress.total })}`}
        </Text>
        <Button size="xs" variant="light" color="red" onClick={onCancel} loading={job.cancelling}>
          {t('common.cancel')}
        </Button>
      </Group>
      <Progress value={percent} animated={!known} striped={!known} maw={600} aria-label={t('transfer.import.progress')} />
    </Stack>
  )
}
