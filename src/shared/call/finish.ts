import type { TextIssue } from '../language/check'
import { promiseProblems, type NextStep, type PromiseProblemCode } from '../promise/promise'
import type { CallDraft, OutcomeKind } from './record'

/**
 * What is still missing before a call can be finished, as field + code pairs the call screen turns into
 * words next to the field. Pure; the main side runs the same check before it writes, so a finished call
 * always has what its outcome needs.
 *
 * - Someone called: a person from the knowledge base, or a name typed for an unknown caller.
 * - What happened, in a few words.
 * - An outcome. Resolved and refused need notes (what solved it; what was refused and why).
 *   Handed over needs the resolver group.
 * - Work left for others or for later (handed over, callback) needs a concrete promise: a moment ahead
 *   (promise.dueAt) and a sentence that names a day and a clock time and is not vague (promise.text; the
 *   plain-language checker runs on it when `check` is given). For a callback the promise's moment IS the
 *   callback time: finishing copies it to outcome.callbackAt, so that is never asked for separately.
 * - Work left for others (handed over, callback) needs a priority; a priority other than the suggested
 *   one needs the reason for it.
 */
export type FinishProblemCode = 'required' | 'override-reason' | PromiseProblemCode

export interface FinishProblem {
  /** Dotted path in the draft: "outcome.resolverGroup". */
  field: string
  code: FinishProblemCode
}

export interface FinishOptions {
  /** The plain-language checker in the caller's language; without it the promise's words are not checked for vagueness. */
  check?: (text: string) => TextIssue[]
}

/** Outcomes that leave something to happen later, and so need a promise to the caller. */
export function needsPromise(kind: OutcomeKind | null): boolean {
  return kind === 'handed-over' || kind === 'callback'
}

/** What happens next when the agent did not pick it: what the outcome says (a callback, a hand-over). */
export function nextStepOf(draft: CallDraft): NextStep | null {
  if (draft.promise.nextStep) return draft.promise.nextStep
  return draft.outcome.kind === 'callback' || draft.outcome.kind === 'handed-over' ? draft.outcome.kind : null
}

/**
 * The draft as it is finished: for a callback, the callback time is the promised moment. Everything
 * else stays as typed.
 */
export function withPromiseApplied(draft: CallDraft): CallDraft {
  if (!needsPromise(draft.outcome.kind)) return draft
  return {
    ...draft,
    outcome: draft.outcome.kind === 'callback' ? { ...draft.outcome, callbackAt: draft.promise.dueAt } : draft.outcome,
    promise: { ...draft.promise, nextStep: nextStepOf(draft) },
  }
}

export function finishProblems(draft: CallDraft, now: Date = new Date(), options: FinishOptions = {}): FinishProblem[] {
  const problems: FinishProblem[] = []
  const need = (field: string, present: boolean): void => {
    if (!present) problems.push({ field, code: 'required' })
  }
  const filled = (s: string | null | undefined): boolean => (s ?? '').trim().length > 0

  need('caller.name', draft.caller.personId !== null || filled(draft.caller.name))
  need('intake.what', filled(draft.intake.what))
  const { outcome, priority } = draft
  need('outcome.kind', outcome.kind !== null)
  if (outcome.kind === 'resolved' || outcome.kind === 'refused') need('outcome.notes', filled(outcome.notes))
  if (outcome.kind === 'handed-over') need('outcome.resolverGroup', filled(outcome.resolverGroup))
  if (needsPromise(outcome.kind)) {
    problems.push(...promiseProblems(draft.promise, { now, check: options.check ?? (() => []) }))
    need('priority', priority !== null)
  }
  if (priority && priority.chosen !== priority.suggested && !filled(priority.overrideReason)) {
    problems.push({ field: 'priority.overrideReason', code: 'override-reason' })
  }
  return problems
}
