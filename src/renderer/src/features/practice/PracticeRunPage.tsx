import { Anchor, Badge, Grid, Group, Paper, Skeleton, Stack, Text, Title } from '@mantine/core'
import { useCallback, useMemo, useRef, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { Link, useParams } from 'react-router'
import type { PhaseId } from '../../../../shared/call/phases'
import type { CallDraft, CallRecord } from '../../../../shared/call/record'
import type { PracticeResult, PracticeRun } from '../../../../shared/onboarding/practice-records'
import { call } from '../../api'
import { ErrorNotice } from '../../components/ErrorNotice'
import { useRequest } from '../../components/use-request'
import type { AutosaveState } from '../call/autosave'
import { CallWorkspace, type PracticeCallMode } from '../call/CallWorkspace'
import { SaveIndicator } from '../call/CallHeader'
import { CallerLines } from './CallerLines'
import { PracticeRefusal } from './PracticeRefusal'
import { PracticeResultView } from './PracticeResultView'

/** A practice run as the call screen's record: the workspace needs one, the run never becomes a call. */
function asCallRecord(run: PracticeRun): CallRecord {
  return {
    id: run.id,
    status: 'draft',
    source: 'manual',
    phoneNumber: '',
    ctiCallId: null,
    startedAt: run.startedAt,
    endedAt: null,
    heldAt: null,
    finishedAt: null,
    draft: run.draft,
    answered: [],
    identityMethod: null,
    updatedAt: run.startedAt,
  }
}

/**
 * The guided questions in the order they were first answered (the scorer checks the order); a question
 * whose answer is taken back leaves the order.
 */
function nextOrder(order: readonly string[], answers: CallDraft['answers']): string[] {
  const kept = order.filter((key) => key in answers)
  const added = Object.keys(answers).filter((key) => !kept.includes(key))
  return added.length === 0 && kept.length === order.length ? (order as string[]) : [...kept, ...added]
}

/** #/practice/:runId — the caller's lines on the left, the trainee's call screen on the right; the score once finished. */
export function PracticeRunPage() {
  const { t } = useTranslation()
  const { runId = '' } = useParams()
  const [loaded, reload] = useRequest('practice:get', { id: runId })
  const [flows, reloadFlows] = useRequest('flows:list', {}, { reloadOnChange: ['article'] })
  const failed = loaded.status === 'error' ? loaded : flows.status === 'error' ? flows : null
  return (
    <Stack data-testid="practice-page" data-run-id={runId}>
      <Anchor component={Link} to="/practice" size="sm">
        ← {t('practice.backToList')}
      </Anchor>
      {failed?.status === 'error' && (
        <ErrorNotice
          error={failed.error}
          onRetry={() => {
            reload()
            reloadFlows()
          }}
        />
      )}
      {!failed && (loaded.status === 'loading' || flows.status === 'loading') && <Skeleton h={480} />}
      {loaded.status === 'done' && flows.status === 'done' && loaded.value.id === runId && (
        <PracticeRunView key={runId} run={loaded.value} flows={flows.value.flows} solutions={flows.value.solutions} />
      )}
    </Stack>
  )
}

type Flows = Parameters<typeof CallWorkspace>[0]['flows']
type Solutions = Parameters<typeof CallWorkspace>[0]['solutions']

function PracticeRunView({ run, flows, solutions }: { run: PracticeRun; flows: Flows; solutions: Solutions }) {
  const { t } = useTranslation()
  const [result, setResult] = useState<PracticeResult | null>(run.result)
  const [phase, setPhase] = useState<PhaseId>(run.draft.phase)
  const order = useRef<string[]>(run.questionOrder)
  const [refusal, setRefusal] = useState(run.refusal)
  const initial = useMemo(() => asCallRecord(run), [run])

  const onDraft = useCallback((draft: CallDraft) => {
    order.current = nextOrder(order.current, draft.answers)
    setPhase(draft.phase)
  }, [])
  const mode: PracticeCallMode = useMemo(
    () => ({
      saveDraft: (draft) => call('practice:save', { id: run.id, draft, questionOrder: nextOrder(order.current, draft.answers) }),
      finish: async (draft) => {
        setResult(await call('practice:finish', { id: run.id, draft, questionOrder: nextOrder(order.current, draft.answers) }))
      },
      onDraft,
      header: (saveState: AutosaveState) => (
        <Paper withBorder p="sm" data-testid="practice-header">
          <Group justify="space-between" wrap="nowrap">
            <Stack gap={2}>
              <Group gap="xs">
                <Badge color="grape" variant="filled">
                  {t('practice.badge')}
                </Badge>
                <Title order={2} size="h4">
                  {run.scenario.title}
                </Title>
              </Group>
              <SaveIndicator state={saveState} />
            </Stack>
            <Text size="sm" c="dimmed" maw={420}>
              {t('practice.notReal')}
            </Text>
          </Group>
        </Paper>
      ),
      refusal: (notesEmpty, onSpoken) => (
        <PracticeRefusal
          runId={run.id}
          saved={refusal}
          notesEmpty={notesEmpty}
          onSpoken={onSpoken}
          onSaved={(r) => setRefusal(r.refusal)}
        />
      ),
    }),
    [run, onDraft, refusal, t],
  )

  if (result) return <PracticeResultView run={run} result={result} />
  return (
    <Grid gap="md" align="flex-start">
      <Grid.Col span={{ base: 12, lg: 3 }}>
        <CallerLines scenario={run.scenario} phase={phase} />
      </Grid.Col>
      <Grid.Col span={{ base: 12, lg: 9 }}>
        <CallWorkspace initial={initial} initialDepartment={null} flows={flows} solutions={solutions} practice={mode} />
      </Grid.Col>
    </Grid>
  )
}
