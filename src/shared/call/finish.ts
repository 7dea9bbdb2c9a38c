import type { CallDraft } from './record'

/**
 * What is still missing before a call can be finished, as field + code pairs the call screen turns into
 * words next to the field. Pure; the main side runs the same check before it writes, so a finished call
 * always has what its outcome needs.
 *
 * - Someone called: a person from the knowledge base, or a name typed for an unknown caller.
 * - What happened, in a few words.
 * - An outcome. Resolved and refused need notes (what solved it; what was refused and why).
 *   Handed over needs the resolver group; callback needs the time the agent will call back.
 * - Work left for others (handed over, callback) needs a priority; a priority other than the suggested
 *   one needs the reason for it.
 */
export type FinishProblemCode = 'required' | 'override-reason' | 'callback-in-past'

export interface FinishProblem {
  /** Dotted path in the draft: "outcome.resolverGroup". */
  field: string
  code: FinishProblemCode
}

export function finishProblems(draft: CallDraft, now: Date = new Date()): FinishProblem[] {
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
  if (outcome.kind === 'callback') {
    need('outcome.callbackAt', outcome.callbackAt !== null)
    if (outcome.callbackAt !== null && Date.parse(outcome.callbackAt) <= now.getTime()) problems.push({ field: 'outcome.callbackAt', code: 'callback-in-past' })
  }
  if (outcome.kind === 'handed-over' || outcome.kind === 'callback') need('priority', priority !== null)
  if (priority && priority.chosen !== priority.suggested && !filled(priority.overrideReason)) {
    problems.push({ field: 'priority.overrideReason', code: 'override-reason' })
  }
  return problems
}
