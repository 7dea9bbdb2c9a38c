import type { TFunction } from 'i18next'
import type { FinishProblem } from '../../../../shared/call/finish'

/** "outcome.resolverGroup" → "outcomeResolverGroup", the key of its message. */
const keyOf = (field: string): string => field.replace(/\.(\w)/g, (_, c: string) => c.toUpperCase())

/** A finish problem in words: what is missing, said where the agent fixes it. */
export function problemText(t: TFunction, problem: FinishProblem): string {
  if (problem.code === 'callback-in-past') return t('call.problems.callbackInPast')
  if (problem.code === 'override-reason') return t('call.problems.overrideReason')
  return t(`call.problems.${keyOf(problem.field)}`, { defaultValue: t('call.problems.missing', { field: problem.field }) })
}
