import { Alert, Anchor, Grid, Skeleton, Stack } from '@mantine/core'
import { useCallback, useEffect, useMemo, useRef, useState, type ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import { Link } from 'react-router'
import type { ChannelOutput } from '../../../../shared/contract'
import { finishProblems } from '../../../../shared/call/finish'
import type { QuestionFlow } from '../../../../shared/call/flow-schema'
import type { PhaseId } from '../../../../shared/call/phases'
import type { CallDraft, CallRecord } from '../../../../shared/call/record'
import type { DepartmentDetail } from '../../../../shared/knowledge/entities'
import { ApiError, call, on } from '../../api'
import { useSettings } from '../../components/settings-context'
import { useRequest } from '../../components/use-request'
import { Autosaver, type AutosaveState } from './autosave'
import { callLanguage, flowFor, prioritySuggestion, withSuggestion, type UpdateDraft } from './call-draft'
import { CallerPanel } from './CallerPanel'
import { focusId } from './focus'
import { CallHeader } from './CallHeader'
import { DepartmentCard } from './DepartmentCard'
import { EarlierCalls } from './EarlierCalls'
import { FinishedCall } from './FinishedCall'
import { FinishPanel } from './FinishPanel'
import { GuidedQuestions } from './GuidedQuestions'
import { IntakeFields } from './IntakeFields'
import { OutcomePanel } from './OutcomePanel'
import { PhaseRail } from './PhaseRail'
import { PriorityPanel } from './PriorityPanel'
import { ReadBackPanel } from './ReadBackPanel'
import { useCallShortcuts } from './shortcuts'
import { problemText } from './problems'
import { useLoaded } from './use-loaded'
import { useChecker } from '../refusal/use-checker'
import { useNow } from './use-now'

type Solutions = ChannelOutput<'flows:list'>['solutions']
type Meta = Pick<CallRecord, 'startedAt' | 'endedAt' | 'heldAt' | 'status'>

const retryable = (error: unknown): boolean => !(error instanceof ApiError && ['conflict', 'not-found', 'invalid-input'].includes(error.data.code))
const reasonOf = (error: unknown): string => (error instanceof ApiError ? error.data.code : 'unavailable')

/**
 * A practice call (onboarding) in the same workspace: its draft is saved and finished through these
 * instead of the calls:* channels, so it never becomes a real call; there is no phone to hold or hang up.
 */
export interface PracticeCallMode {
  saveDraft: (draft: CallDraft) => Promise<unknown>
  /** Scores the call; the practice screen then shows the result. */
  finish: (draft: CallDraft) => Promise<void>
  /** Every change as typed: the practice screen follows the phase and the questions answered. */
  onDraft: (draft: CallDraft) => void
  header: (saveState: AutosaveState) => ReactNode
  /** In place of the refusal builder's link on a refused call. */
  refusal: (notesEmpty: boolean, onSpoken: (spoken: string) => void) => ReactNode
}

/** True from the frame after the first one: what is needed first is drawn first. */
function useAfterFirstFrame(): boolean {
  const [ready, setReady] = useState(false)
  useEffect(() => {
    let timer = 0
    const frame = requestAnimationFrame(() => (timer = window.setTimeout(() => setReady(true), 0)))
    return () => {
      cancelAnimationFrame(frame)
      window.clearTimeout(timer)
    }
  }, [])
  return ready
}

export function CallWorkspace({
  initial,
  initialDepartment,
  flows,
  solutions,
  practice,
}: {
  initial: CallRecord
  /** The caller's department as loaded with the call, so a screen pop shows it at once. */
  initialDepartment: DepartmentDetail | null
  flows: QuestionFlow[]
  solutions: Solutions
  practice?: PracticeCallMode
}) {
  const { t, i18n } = useTranslation()
  const settings = useSettings()
  const id = initial.id
  const [draft, setDraft] = useState<CallDraft>(initial.draft)
  const [meta, setMeta] = useState<Meta>(initial)
  const [finished, setFinished] = useState<CallRecord | null>(null)
  const [gone, setGone] = useState(false)
  const [saveState, setSaveState] = useState<AutosaveState>({ status: 'idle' })
  const [autosaver] = useState(
    () =>
      new Autosaver<CallDraft>({
        save: (d) => (practice ? practice.saveDraft(d) : call('calls:save-draft', { id, draft: d })),
        onState: setSaveState,
        shouldRetry: retryable,
        describe: reasonOf,
      }),
  )
  const update: UpdateDraft = useCallback((change) => setDraft((d) => change(d)), [])

  const department = useLoaded(
    'departments:get',
    draft.departmentId ? { id: draft.departmentId } : null,
    ['department', 'application', 'person'],
    initialDepartment ? { input: { id: initialDepartment.id }, value: initialDepartment } : undefined,
  )
  // On a screen pop the caller and their department come first; the intake and the rest a frame later.
  const mainReady = useAfterFirstFrame()
  const [applications] = useRequest('applications:list', {}, { reloadOnChange: ['application'] })
  const allApplications = applications.status === 'done' ? applications.value : []
  const applicationName = allApplications.find((a) => a.id === draft.applicationId)?.title ?? null
  const flow = flowFor(flows, draft.category)
  const language = callLanguage(draft, settings)
  const uiLanguage = i18n.language === 'en' ? 'en' : 'nl'
  const suggestion = useMemo(
    () => prioritySuggestion(draft, department, applicationName, settings, uiLanguage),
    [draft, department, applicationName, settings, uiLanguage],
  )
  // What is saved and finished: the draft with the priority following the suggestion.
  const effective = useMemo(() => withSuggestion(draft, suggestion), [draft, suggestion])

  // A fresh call starts where the agent begins: who is calling, or, with the caller known, what is going on.
  useEffect(() => {
    if (!mainReady || initial.status !== 'draft' || initial.draft.intake.what.trim() !== '') return
    const active = document.activeElement
    if (active && active !== document.body && !active.closest('header')) return
    requestAnimationFrame(() => focusId(initial.draft.caller.personId ? 'call-intake-what' : 'call-caller-lookup'))
  }, [initial, mainReady])

  // Every change is saved a moment later; the draft as loaded is not saved back.
  const loaded = useRef(initial.draft)
  useEffect(() => {
    if (effective !== loaded.current) autosaver.schedule(effective)
  }, [effective, autosaver])
  useEffect(() => {
    const leave = () => void autosaver.flush()
    window.addEventListener('pagehide', leave)
    return () => {
      window.removeEventListener('pagehide', leave)
      leave()
    }
  }, [autosaver])

  const onDraft = practice?.onDraft
  useEffect(() => onDraft?.(effective), [effective, onDraft])

  // The phone system (or another window) ended, held or finished the call: take over those facts only.
  useEffect(
    () =>
      on('calls:changed', ({ ids }) => {
        if (!ids.includes(id) || practice) return
        call('calls:get', { id }).then(
          (r) => {
            setMeta({ startedAt: r.startedAt, endedAt: r.endedAt, heldAt: r.heldAt, status: r.status })
            if (r.status === 'finished') {
              void autosaver.stop()
              setFinished((f) => f ?? r)
            }
          },
          (error: unknown) => {
            if (error instanceof ApiError && error.data.code === 'not-found') {
              void autosaver.stop()
              setGone(true)
            }
          },
        )
      }),
    [id, autosaver, practice],
  )

  const setPhase = useCallback((phase: PhaseId) => update((d) => ({ ...d, phase })), [update])
  const shortcuts = useCallShortcuts(setPhase)

  // What finishing still needs, checked as the agent types; beside the fields once a finish was tried.
  const now = useNow(10_000)
  // The same check finishing runs on the main side, the promise's words through the plain-language checker.
  const { checker } = useChecker()
  const problems = useMemo(
    () => finishProblems(effective, new Date(now), checker ? { check: (text) => checker.check(text, language).issues } : {}),
    [effective, now, checker, language],
  )
  const [attempted, setAttempted] = useState(false)
  const onFinished = useCallback(
    async (record: CallRecord) => {
      await autosaver.stop()
      setMeta(record)
      setFinished(record)
    },
    [autosaver],
  )
  // A practice call is scored instead of finished; typing goes on being saved if scoring fails.
  const finishPractice = useCallback(
    async (d: CallDraft) => {
      await autosaver.stop()
      try {
        await practice?.finish(d)
      } catch (error) {
        autosaver.resume()
        throw error
      }
    },
    [autosaver, practice],
  )

  if (gone) {
    return (
      <Alert color="gray" title={t('call.gone.title')} data-testid="call-gone">
        {t('call.gone.body')}{' '}
        <Anchor component={Link} to="/calls">
          {t('call.backToCalls')}
        </Anchor>
      </Alert>
    )
  }
  if (finished) return <FinishedCall record={finished} flows={flows} justFinished />

  const errorFor = (field: string): string | undefined => {
    const problem = attempted ? problems.find((p) => p.field === field) : undefined
    return problem ? problemText(t, problem) : undefined
  }
  return (
    <Stack gap="md">
      {practice ? (
        practice.header(saveState)
      ) : (
        <CallHeader id={id} meta={meta} onMeta={setMeta} saveState={saveState} autosaver={autosaver} onHelp={shortcuts.toggleHelp} />
      )}
      {shortcuts.help}
      <PhaseRail phase={draft.phase} onPhase={setPhase} language={language} />
      <Grid gap="md" align="flex-start">
        <Grid.Col span={{ base: 12, md: 8 }}>
          {!mainReady ? (
            <Skeleton h={480} />
          ) : (
          <Stack gap="md">
            <IntakeFields draft={effective} update={update} department={department} applications={allApplications} errorFor={errorFor} />
            <GuidedQuestions draft={effective} update={update} flows={flows} />
            <ReadBackPanel draft={effective} update={update} flow={flow} language={language} />
            <PriorityPanel draft={effective} update={update} suggestion={suggestion} errorFor={errorFor} />
            <OutcomePanel
              draft={effective}
              update={update}
              department={department}
              solutions={solutions}
              errorFor={errorFor}
              refusal={practice?.refusal}
            />
            <FinishPanel
              id={id}
              draft={effective}
              autosaver={autosaver}
              problems={problems}
              onFinished={onFinished}
              onAttempt={() => setAttempted(true)}
              {...(practice ? { submit: finishPractice } : {})}
            />
          </Stack>
          )}
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 4 }}>
          <Stack gap="md">
            <CallerPanel callId={id} draft={effective} update={update} errorFor={errorFor} canSaveAsPerson={!practice} />
            {department && <DepartmentCard department={department} applicationId={draft.applicationId} />}
            {draft.caller.personId && !practice && <EarlierCalls personId={draft.caller.personId} callId={id} />}
          </Stack>
        </Grid.Col>
      </Grid>
    </Stack>
  )
}
