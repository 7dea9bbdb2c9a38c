import { Alert, Anchor, Badge, Group, Input, List, Paper, SegmentedControl, Stack, Text, Textarea, TextInput, Title } from '@mantine/core'
import { useCallback, useEffect, useMemo, useRef, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { calendarFromSettings } from '../../../../shared/calendar/working-days'
import type { CallDraft } from '../../../../shared/call/record'
import type { TextIssue } from '../../../../shared/language/check'
import { addWorkingMinutes } from '../../../../shared/promise/business-time'
import { defaultPromisePriority, nextSteps, promiseBasis, promiseProblems, promiseSentence, proposePromise, type NextStep, type PromiseDraft, type PromiseProposal } from '../../../../shared/promise/promise'
import { useSettings } from '../../components/settings-context'
import { dueMoment } from '../promises/format'
import { useChecker } from '../refusal/use-checker'
import { callLanguage, withPromise, type UpdateDraft } from './call-draft'
import { isoToLocal, localToIso } from './call-time'
import { problemText } from './problems'
import { useNow } from './use-now'

type Props = {
  draft: CallDraft
  update: UpdateDraft
  errorFor: (field: string) => string | undefined
}

type LocalMoment = { date: string; time: string }

/** A date and time typed on the organisation's clock; the inputs keep a half-typed value, the draft gets the moment once both are there. */
function useMomentInputs(iso: string | null, timeZone: string): [LocalMoment, (next: LocalMoment) => string | null] {
  const [local, setLocal] = useState<LocalMoment>(() => isoToLocal(iso, timeZone))
  const [shown, setShown] = useState(iso)
  // Set elsewhere (a new proposal, another window): show it; a moment the inputs already say stays as typed.
  if (iso !== shown) {
    setShown(iso)
    if (iso !== localToIso(local.date, local.time, timeZone)) setLocal(isoToLocal(iso, timeZone))
  }
  const set = (next: LocalMoment) => {
    const typed = localToIso(next.date, next.time, timeZone)
    setLocal(next)
    setShown(typed)
    return typed
  }
  return [local, set]
}

/**
 * The promise at the close of a call that is not resolved: what happens next and a concrete moment, proposed
 * from the calendar and the targets for the call's priority, in the caller's language. The agent may change
 * the sentence and the moment, but not make it vague: the checker runs as they type.
 */
export function PromisePanel({ draft, update, errorFor }: Props) {
  const { t, i18n } = useTranslation()
  const settings = useSettings()
  const language = callLanguage(draft, settings)
  const promise = draft.promise
  const priority = draft.priority?.chosen ?? null
  const group = draft.outcome.kind === 'handed-over' ? draft.outcome.resolverGroup.trim() : ''
  const agentName = settings.agent.shortName.trim() || settings.agent.name
  const calendar = useMemo(() => calendarFromSettings(settings), [settings])
  const { checker, error: checkerError } = useChecker()
  const check = useCallback((text: string): TextIssue[] => (checker ? checker.check(text, language).issues : []), [checker, language])
  const now = useNow(30_000)

  const setPromise = useCallback((change: (p: PromiseDraft) => PromiseDraft) => update((d) => withPromise(d, change(d.promise))), [update])

  /** The console's proposal at this moment; null when the calendar has no working moment to offer. */
  const proposeAt = useCallback(
    (at: Date, nextStep: NextStep, earliestStart: string | null): PromiseProposal | null => {
      try {
        return proposePromise({
          nextStep,
          priority,
          now: at,
          earliestStart: earliestStart ? new Date(earliestStart) : null,
          calendar,
          targets: settings.targets,
          language,
          formOfAddress: settings.formOfAddress,
          agentName,
          ...(group ? { group } : {}),
        })
      } catch {
        return null
      }
    },
    [priority, calendar, settings.targets, settings.formOfAddress, language, agentName, group],
  )
  const proposal = useMemo(() => (promise.nextStep ? proposeAt(new Date(now), promise.nextStep, promise.earliestStart) : null), [proposeAt, now, promise.nextStep, promise.earliestStart])

  // A new proposal when what it rests on changes (the next step, the earliest start, the priority, the
  // caller's language...), and the first time the panel is shown; not when a saved promise is opened again.
  const basis = JSON.stringify([promise.nextStep, promise.earliestStart, priority, language, settings.formOfAddress, agentName, group, calendar, settings.targets])
  const lastBasis = useRef<string | null>(null)
  const savedDue = useRef(promise.dueAt)
  // A moment the agent set by hand (the caller asked for Thursday 14:00) is theirs: later changes to what
  // the proposal rests on re-word the sentence but never move the moment.
  const dueChosen = useRef(false)
  const sentenceFor = useCallback(
    (nextStep: NextStep, dueAt: string): string =>
      promiseSentence({ nextStep, dueAt: new Date(dueAt), now: new Date(), timeZone: settings.timeZone, language, formOfAddress: settings.formOfAddress, agentName, ...(group ? { group } : {}) }),
    [settings.timeZone, settings.formOfAddress, language, agentName, group],
  )
  useEffect(() => {
    const first = lastBasis.current === null
    if (lastBasis.current === basis) return
    lastBasis.current = basis
    const [nextStep, earliestStart] = JSON.parse(basis) as [NextStep | null, string | null]
    if (!nextStep || (first && savedDue.current !== null)) return
    const made = proposeAt(new Date(), nextStep, earliestStart)
    if (!made) return
    setPromise((p) => {
      const dueAt = dueChosen.current && p.dueAt ? p.dueAt : made.dueAt
      const text = dueAt === made.dueAt ? made.text : sentenceFor(nextStep, dueAt)
      return p.edited ? { ...p, dueAt, proposedText: text } : { ...p, dueAt, text, proposedText: text, edited: false }
    })
  }, [basis, proposeAt, setPromise, sentenceFor])

  // "Vandaag"/"morgen" in the console's own words are true when said: re-worded as the day moves on
  // (a call proposed before midnight, or a draft resumed the next morning). The agent's own words stay.
  useEffect(() => {
    if (!promise.nextStep || !promise.dueAt || promise.edited) return
    const fresh = sentenceFor(promise.nextStep, promise.dueAt)
    if (fresh !== promise.text) setPromise((p) => (p.edited || p.dueAt !== promise.dueAt ? p : { ...p, text: fresh, proposedText: fresh }))
  }, [now, promise.nextStep, promise.dueAt, promise.edited, promise.text, sentenceFor, setPromise])

  // Whether the promised moment lies within the target for the call's priority, counted from now.
  const target = useMemo(() => {
    if (!promise.nextStep || !promise.dueAt) return null
    const basisKind = promiseBasis(promise.nextStep)
    const level = priority ?? defaultPromisePriority
    const found = settings.targets.find((x) => x.priority === level)
    if (!found) return null
    const minutes = basisKind === 'response' ? found.responseMinutes : found.resolutionMinutes
    try {
      return { basis: basisKind, priority: level, minutes, within: Date.parse(promise.dueAt) <= addWorkingMinutes(new Date(now), minutes, calendar).getTime() }
    } catch {
      return null
    }
  }, [promise.nextStep, promise.dueAt, priority, settings.targets, calendar, now])


  const [due, setDueInputs] = useMomentInputs(promise.dueAt, settings.timeZone)
  const [earliest, setEarliestInputs] = useMomentInputs(promise.earliestStart, settings.timeZone)
  const setDue = (part: keyof LocalMoment, value: string) => {
    dueChosen.current = true
    const dueAt = setDueInputs({ ...due, [part]: value })
    setPromise((p) => {
      // The sentence follows the moment until the agent writes their own.
      if (!dueAt || p.edited || !p.nextStep) return { ...p, dueAt }
      const text = sentenceFor(p.nextStep, dueAt)
      return { ...p, dueAt, text, proposedText: text }
    })
  }
  const setEarliest = (part: keyof LocalMoment, value: string) => {
    const earliestStart = setEarliestInputs({ ...earliest, [part]: value })
    setPromise((p) => ({ ...p, earliestStart }))
  }
  const setText = (text: string) => setPromise((p) => ({ ...p, text, edited: text !== p.proposedText }))
  const applyProposal = () => {
    dueChosen.current = false
    const made = promise.nextStep ? proposeAt(new Date(), promise.nextStep, promise.earliestStart) : null
    if (made) setPromise((p) => ({ ...p, dueAt: made.dueAt, text: made.text, proposedText: made.text, edited: false }))
  }

  const issues = useMemo(() => check(promise.text), [check, promise.text])
  const problems = useMemo(() => promiseProblems(promise, { now: new Date(now), check }), [promise, now, check])
  const vagueWords = issues.find((i) => i.kind === 'vague')?.text
  const problemAt = (field: string): string | undefined => {
    const problem = problems.find((p) => p.field === field)
    return problem ? problemText(t, problem, vagueWords) : errorFor(field)
  }
  const dueError = problemAt('promise.dueAt') ?? errorFor('outcome.callbackAt')
  const textError = problemAt('promise.text')
  const otherHits = issues.filter((i) => i.kind !== 'vague')

  return (
    <Paper withBorder p="sm" component="section" aria-labelledby="call-promise-title" data-testid="call-promise" bg="var(--mantine-color-gray-0)">
      <Stack gap="xs">
        <Title order={4} size="h6" id="call-promise-title">
          {t('call.promise.title')}
        </Title>
        <Input.Wrapper label={t('call.promise.nextStep')} error={errorFor('promise.nextStep')} withAsterisk>
          <SegmentedControl
            id="call-promise-next-step"
            fullWidth
            aria-label={t('call.promise.nextStep')}
            value={promise.nextStep ?? ''}
            onChange={(v) => setPromise((p) => ({ ...p, nextStep: v as NextStep }))}
            data={nextSteps.map((s) => ({ value: s, label: t(`call.promise.nextSteps.${s}`) }))}
          />
        </Input.Wrapper>
        <Group gap="sm" align="flex-start">
          <TextInput
            id="call-promise-earliest-date"
            type="date"
            label={t('call.promise.earliestDate')}
            description={t('call.promise.earliestHint')}
            value={earliest.date}
            onChange={(e) => setEarliest('date', e.currentTarget.value)}
          />
          <TextInput
            id="call-promise-earliest-time"
            type="time"
            label={t('call.promise.earliestTime')}
            description=" "
            value={earliest.time}
            onChange={(e) => setEarliest('time', e.currentTarget.value)}
          />
        </Group>
        <Group gap="sm" align="flex-start">
          <TextInput
            id="call-promise-date"
            type="date"
            label={t('call.promise.dueDate')}
            withAsterisk
            value={due.date}
            onChange={(e) => setDue('date', e.currentTarget.value)}
            error={dueError}
          />
          <TextInput
            id="call-promise-time"
            type="time"
            label={t('call.promise.dueTime')}
            withAsterisk
            value={due.time}
            onChange={(e) => setDue('time', e.currentTarget.value)}
            error={dueError ? true : undefined}
          />
        </Group>
        {promise.dueAt && (
          <Group gap="xs">
            <Text size="sm" data-testid="promise-due">
              {t('call.promise.dueAt', { moment: dueMoment(promise.dueAt, settings.timeZone, i18n.language, now) })}
            </Text>
            {target && (
              <Badge color={target.within ? 'teal' : 'orange'} variant="light" data-testid="promise-target" data-within={target.within}>
                {t(target.within ? 'call.promise.withinTarget' : 'call.promise.beyondTarget', {
                  target: t(`call.promise.basis.${target.basis}`),
                  priority: target.priority,
                  minutes: target.minutes,
                })}
              </Badge>
            )}
          </Group>
        )}
        {promise.nextStep && !proposal && (
          <Text size="sm" c="orange.8">
            {t('call.promise.noProposal')}
          </Text>
        )}
        <Textarea
          id="call-promise-text"
          label={t('call.promise.text')}
          description={t('call.promise.textHint', { language: t(`call.promise.language.${language}`) })}
          withAsterisk
          autosize
          minRows={2}
          lang={language}
          maxLength={1000}
          value={promise.text}
          onChange={(e) => setText(e.currentTarget.value)}
          error={textError}
        />
        {promise.edited && proposal && proposal.text !== promise.text && (
          <Text size="sm" c="dimmed" data-testid="promise-proposal">
            {t('call.promise.proposal')} <span lang={language}>‘{proposal.text}’</span>{' '}
            <Anchor component="button" type="button" size="sm" onClick={applyProposal}>
              {t('call.promise.useProposal')}
            </Anchor>
          </Text>
        )}
        {checkerError && (
          <Text size="sm" c="red">
            {t('call.promise.checkerUnavailable', { message: checkerError })}
          </Text>
        )}
        {otherHits.length > 0 && (
          <Alert color="yellow" p="xs" data-testid="promise-hits">
            <List size="sm" spacing={2}>
              {otherHits.map((hit) => (
                <List.Item key={`${hit.kind}:${hit.start}`} data-issue-kind={hit.kind}>
                  {t(`call.promise.hits.${hit.kind}`, { text: hit.text, defaultValue: hit.text })}
                  {hit.kind === 'jargon' && (hit.replacement ?? hit.hint) ? ` ${t('call.promise.hits.plain', { plain: hit.replacement ?? hit.hint })}` : ''}
                </List.Item>
              ))}
            </List>
          </Alert>
        )}
      </Stack>
    </Paper>
  )
}
