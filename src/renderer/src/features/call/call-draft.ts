import { answeredQuestions, type AnsweredQuestion } from '../../../../shared/call/flow-engine'
import type { FlowCategory, QuestionFlow } from '../../../../shared/call/flow-schema'
import { suggestPriority, type PrioritySuggestion } from '../../../../shared/call/priority'
import type { CallDraft, OutcomeKind } from '../../../../shared/call/record'
import type { Intake } from '../../../../shared/call/summary'
import type { DepartmentDetail, Language } from '../../../../shared/knowledge/entities'
import type { NextStep, PromiseDraft } from '../../../../shared/promise/promise'
import type { Settings } from '../../../../shared/settings'

/** What the call screen works out from the draft; pure, so the screen and the tests agree. */

export function flowFor(flows: readonly QuestionFlow[], category: FlowCategory | null): QuestionFlow | undefined {
  return category ? flows.find((f) => f.category === category) : undefined
}

/** The language to speak to the caller in. */
export function callLanguage(draft: CallDraft, settings: Pick<Settings, 'contentLanguage'>): Language {
  return draft.caller.language ?? settings.contentLanguage
}

/** The intake as the read-back needs it, with the guided answers in words ("yes" as the caller's "ja"). */
export function readBackIntake(draft: CallDraft, flow: QuestionFlow | undefined, yesNo: (answer: 'yes' | 'no') => string): Intake {
  const answered: AnsweredQuestion[] = flow ? answeredQuestions(flow, draft.answers) : []
  const { what, since, tried, othersAffected, impact } = draft.intake
  return {
    what,
    since,
    tried,
    ...(othersAffected ? { othersAffected } : {}),
    ...(impact ? { impact } : {}),
    answers: answered.map((a) => ({
      question: a.question,
      answer: a.kind === 'yes-no' ? yesNo(a.answer as 'yes' | 'no') : (a.label ?? a.answer),
    })),
  }
}

/** The suggested priority once impact and urgency are known, with the application and the busy period now. */
export function prioritySuggestion(
  draft: CallDraft,
  department: DepartmentDetail | null,
  applicationName: string | null,
  settings: Pick<Settings, 'priorityMatrix'>,
  language: Language,
): PrioritySuggestion | null {
  const { impact, urgency } = draft.intake
  if (!impact || !urgency) return null
  const appId = draft.applicationId
  const ofDepartment = department?.applications.find((a) => a.id === appId)
  const name = ofDepartment?.name ?? applicationName
  const active = department?.rightNow.periods.find((p) => p.active)
  return suggestPriority(
    {
      impact,
      urgency,
      ...(appId && name ? { application: { name, criticality: ofDepartment?.criticality ?? 'normal' } } : {}),
      ...(department ? { department: { name: department.name } } : {}),
      ...(active ? { activeBusyPeriod: { label: active.label, extraCritical: !!appId && department!.rightNow.extraCritical.some((a) => a.id === appId) } } : {}),
    },
    settings.priorityMatrix,
    language,
  )
}

/**
 * The draft as it is saved and finished: the priority follows the current suggestion. A priority the agent
 * chose differently stays chosen; one that was simply the suggestion moves along with it.
 */
export function withSuggestion(draft: CallDraft, suggestion: PrioritySuggestion | null): CallDraft {
  if (!suggestion) return draft.priority === null ? draft : { ...draft, priority: null }
  const current = draft.priority
  const overridden = current !== null && current.chosen !== current.suggested
  const priority = {
    suggested: suggestion.priority,
    reason: suggestion.sentence,
    chosen: overridden ? current.chosen : suggestion.priority,
    overrideReason: overridden ? current.overrideReason : '',
  }
  if (current && current.suggested === priority.suggested && current.reason === priority.reason && current.chosen === priority.chosen && current.overrideReason === priority.overrideReason) {
    return draft
  }
  return { ...draft, priority }
}

/** The element a finish problem points at, so it can be focused and its message placed beside it. */
export const problemTargets: Record<string, string> = {
  'caller.name': 'call-caller-lookup',
  'intake.what': 'call-intake-what',
  'outcome.kind': 'call-outcome-kind',
  'outcome.notes': 'call-outcome-notes',
  'outcome.resolverGroup': 'call-outcome-resolver-group',
  // The callback moment is the promise's moment: both are set in the promise builder.
  'outcome.callbackAt': 'call-promise-date',
  'promise.nextStep': 'call-promise-next-step',
  'promise.dueAt': 'call-promise-date',
  'promise.text': 'call-promise-text',
  priority: 'call-intake-impact',
  'priority.overrideReason': 'call-priority-override-reason',
}

/** The draft with this promise; a callback's moment is the promise's moment. */
export function withPromise(draft: CallDraft, promise: PromiseDraft): CallDraft {
  const outcome = draft.outcome.kind === 'callback' && draft.outcome.callbackAt !== promise.dueAt ? { ...draft.outcome, callbackAt: promise.dueAt } : draft.outcome
  return { ...draft, outcome, promise }
}

/** The next step an outcome starts from: a callback is a callback; a hand-over keeps waiting or ordering when chosen. */
export function nextStepFor(kind: OutcomeKind | null, current: NextStep | null): NextStep | null {
  if (kind === 'callback') return 'callback'
  if (kind === 'handed-over') return current && current !== 'callback' ? current : 'handed-over'
  return current
}

/** "draft.outcome.resolverGroup" (as the service names it) → "outcome.resolverGroup". */
export function problemField(field: string): string {
  return field.replace(/^draft\./, '')
}

const stopWords = new Set(
  (
    'de het een en of maar want dus dat die dit deze er hier daar ik je jij u wij we ze zij hij mijn mij me jouw uw ons onze niet geen ' +
    'wel ook nog al als dan toen van voor naar met bij op in uit aan om tot over door zonder sinds is ben bent zijn was waren heb hebt ' +
    'heeft hebben had kan kun kunt kunnen wil wilt moet moeten zal gaat ga doet doe wordt worden meer heel erg iets niks niets alles ' +
    'the a an and or but so that this these those there here i you he she we they my me your our not no also still when then from to ' +
    'for with at on in out of about by without since is am are was were have has had can could will would should does do did get ' +
    'gets got very just any some all nothing something anything cannot don doesn won isn didn wasn work works working problem issue ' +
    'werkt werken lukt lukken probleem doet kapot'
  ).split(' '),
)

/** The words of "what happened" worth searching articles for: no little words, the latest typed last, at most six. */
export function searchWords(text: string): string[] {
  const words = (text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []).filter((w) => w.length >= 3 && !stopWords.has(w))
  const unique = [...new Set(words.reverse())].reverse()
  return unique.slice(-6)
}

/** How a section of the call screen changes the draft. */
export type UpdateDraft = (change: (draft: CallDraft) => CallDraft) => void

/** Finish problems by field, in words, for the fields to show beside them. */
export type FieldErrors = Partial<Record<string, string>>
