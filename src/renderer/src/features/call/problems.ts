import type { TFunction } from 'i18next'

/** "outcome.resolverGroup" → "outcomeResolverGroup", the key of its message. */
const keyOf = (field: string): string => field.replace(/\.(\w)/g, (_, c: string) => c.toUpperCase())

/** A problem with what is to be finished: a dotted field in the draft and what is wrong with it. */
export interface FieldProblem {
  field: string
  code: string
}

/**
 * A finish problem in words: what is missing, said where the agent fixes it. A promise problem
 * ("promise.text" vague, "promise.dueAt" without a time) says what a concrete promise needs; `vague`
 * is the words the checker found vague, when known.
 */
export function problemText(t: TFunction, problem: FieldProblem, vague?: string): string {
  if (problem.field.startsWith('promise.')) {
    const field = problem.field === 'promise.text' ? 'text' : 'dueAt'
    if (problem.code === 'vague') return vague ? t('call.problems.promise.vagueWords', { text: vague }) : t('call.problems.promise.vague')
    if (problem.code === 'required') return t(`call.problems.promise.required.${field}`)
    return t(`call.problems.promise.${problem.code}`, { defaultValue: t('call.problems.promise.vague') })
  }
  if (problem.code === 'override-reason') return t('call.problems.overrideReason')
  return t(`call.problems.${keyOf(problem.field)}`, { defaultValue: t('call.problems.missing', { field: problem.field }) })
}
