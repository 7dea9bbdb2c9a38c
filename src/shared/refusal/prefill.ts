import type { RuleDetail } from '../knowledge/details'
import type { Language } from '../knowledge/entities'
import { emptyParts, type RefusalParts } from './parts'

export type RuleTexts = Pick<RuleDetail, 'statement' | 'reason' | 'ownerRole' | 'exceptionPath' | 'alternatives'>

/** The form fields the rule fills. */
export const prefilledFields = ['reason', 'rule.statement', 'rule.owner', 'alternatives', 'exception.who', 'exception.needs'] as const
export type PrefilledField = (typeof prefilledFields)[number]

export interface PrefillNotice {
  field: PrefilledField
  /** What the knowledge base holds for it ('' when nothing), in the knowledge base's content language. */
  stored: string
  /** `other-language`: stored, but not in the caller's language; `empty`: nothing stored. */
  why: 'other-language' | 'empty'
}

export interface Prefill {
  parts: RefusalParts
  /** Fields the agent must write: the knowledge base has no text for them in the caller's language. */
  notices: PrefillNotice[]
}

/**
 * The builder's start from a rule: its reason, statement, owner, alternatives and exception path. Rules are
 * stored in the knowledge base's content language; when the caller speaks another language, nothing is
 * copied and every stored text is offered as a notice for the agent to put into the caller's language.
 */
export function prefill(rule: RuleTexts, language: Language, contentLanguage: Language, base: RefusalParts = emptyParts()): Prefill {
  const alternatives = rule.alternatives.map((a) => a.trim()).filter(Boolean)
  const stored: Record<PrefilledField, string> = {
    reason: rule.reason.trim(),
    'rule.statement': rule.statement.trim(),
    'rule.owner': rule.ownerRole.trim(),
    alternatives: alternatives.join('\n'),
    'exception.who': rule.ownerRole.trim(),
    'exception.needs': rule.exceptionPath.trim(),
  }
  const same = language === contentLanguage
  const notices: PrefillNotice[] = prefilledFields
    .filter((field) => !same || stored[field] === '')
    .map((field) => ({ field, stored: stored[field], why: stored[field] === '' ? 'empty' : 'other-language' }))
  // Stored texts in another language are not copied: what the form held from the rule is cleared for the agent to write.
  if (!same) {
    return {
      parts: { ...base, reason: '', rule: { statement: '', owner: '' }, alternatives: [], exception: { ...base.exception, who: '', needs: '' } },
      notices,
    }
  }
  return {
    parts: {
      ...base,
      reason: stored.reason,
      rule: { statement: stored['rule.statement'], owner: stored['rule.owner'] },
      alternatives: alternatives.map((what) => ({ what, how: '', howLong: '' })),
      noAlternative: { none: false, why: '' },
      exception: { ...base.exception, who: stored['exception.who'], needs: stored['exception.needs'] },
    },
    notices,
  }
}
