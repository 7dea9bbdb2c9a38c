import type { TFunction } from 'i18next'
import type { RefusalProblem } from '../../../../shared/refusal/problems'

/** A problem as a line in the list above the form: which part, and what is wrong. */
export function problemMessage(t: TFunction, problem: RefusalProblem): string {
  switch (problem.kind) {
    case 'missing':
      return t('refusal.problems.missing', { part: t(`refusal.partNames.${problem.part}`) })
    case 'no-date':
      return t('refusal.problems.no-date')
    case 'policy-reason':
      return t('refusal.problems.policy-reason', { text: problem.text })
    case 'vague':
      return problem.part ? t('refusal.problems.vague', { part: t(`refusal.partNames.${problem.part}`), text: problem.text }) : t('refusal.problems.vagueNoPart', { text: problem.text })
  }
}

/** A problem as the message beside its field. */
export function fieldMessage(t: TFunction, problem: RefusalProblem): string {
  return t(`refusal.problems.field.${problem.kind}`, { text: problem.kind === 'vague' || problem.kind === 'policy-reason' ? problem.text : '' })
}
