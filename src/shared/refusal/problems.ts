import type { CheckResult, TextIssue } from '../language/check'
import type { Composed } from './compose'
import type { PartName, RefusalParts } from './parts'

/** What blocks saving as final (and copying): each names the part and the form field it is about. */
export type RefusalProblem =
  | { kind: 'missing'; part: PartName; field: string }
  | { kind: 'no-date'; part: 'nextStep'; field: 'nextStep.date' }
  | { kind: 'vague'; part: PartName | null; field: string; text: string }
  | { kind: 'policy-reason'; part: 'reason'; field: 'reason'; text: string }

/** The checker, bound to the refusal's language. */
export type TextCheck = (text: string) => CheckResult

const blank = (s: string) => s.trim() === ''

/** Short reasons that only point at a rule: "because it is policy", "dat is nu eenmaal zo". */
const policyOnly = /\b(beleid|policy|regels zijn regels|rules are rules|nu eenmaal|mag nu eenmaal niet|that'?s how it is|the rules say so|zo is het)\b/i

/** Every text field of the parts with its form field and part, for mapping checker hits back. */
export interface PartText {
  field: string
  part: PartName
  text: string
}

const at = (field: string, part: PartName, text: string): PartText => ({ field, part, text })

export function partTexts(parts: RefusalParts): PartText[] {
  const texts: PartText[] = [
    at('request', 'request', parts.request),
    at('goal', 'request', parts.goal),
    at('decision.condition', 'decision', parts.decision.condition),
    at('reason', 'reason', parts.reason),
    at('rule.statement', 'rule', parts.rule.statement),
    at('rule.owner', 'rule', parts.rule.owner),
    ...parts.alternatives.flatMap((a, i) => [
      at(`alternatives.${i}.what`, 'alternatives', a.what),
      at(`alternatives.${i}.how`, 'alternatives', a.how),
      at(`alternatives.${i}.howLong`, 'alternatives', a.howLong),
    ]),
    at('noAlternative.why', 'alternatives', parts.noAlternative.why),
    at('exception.who', 'exception', parts.exception.who),
    at('exception.needs', 'exception', parts.exception.needs),
    at('exception.howLong', 'exception', parts.exception.howLong),
    at('nextStep.who', 'nextStep', parts.nextStep.who),
    at('nextStep.what', 'nextStep', parts.nextStep.what),
    at('invitation', 'invitation', parts.invitation),
  ]
  return texts.filter((x) => !blank(x.text))
}

const blocking = (issue: TextIssue) => issue.kind === 'vague' || issue.kind === 'bare-refusal'

/** What is still missing, by part. */
function missing(parts: RefusalParts): RefusalProblem[] {
  const out: RefusalProblem[] = []
  const need = (part: PartName, field: string, text: string) => {
    if (blank(text)) out.push({ kind: 'missing', part, field })
  }
  need('request', 'request', parts.request)
  need('request', 'goal', parts.goal)
  if (parts.decision.kind !== 'no') need('decision', 'decision.condition', parts.decision.condition)
  need('reason', 'reason', parts.reason)
  need('rule', 'rule.statement', parts.rule.statement)
  need('rule', 'rule.owner', parts.rule.owner)
  if (parts.noAlternative.none) need('alternatives', 'noAlternative.why', parts.noAlternative.why)
  else {
    // At least one alternative with what, how and how long; one half-filled in is named at its fields.
    const complete = parts.alternatives.some((a) => !blank(a.what) && !blank(a.how) && !blank(a.howLong))
    if (!complete) {
      const index = parts.alternatives.findIndex((a) => !blank(a.what) || !blank(a.how) || !blank(a.howLong))
      if (index < 0) out.push({ kind: 'missing', part: 'alternatives', field: 'alternatives' })
      else {
        const a = parts.alternatives[index]!
        for (const key of ['what', 'how', 'howLong'] as const) need('alternatives', `alternatives.${index}.${key}`, a[key])
      }
    }
  }
  need('exception', 'exception.who', parts.exception.who)
  need('exception', 'exception.needs', parts.exception.needs)
  need('exception', 'exception.howLong', parts.exception.howLong)
  need('nextStep', 'nextStep.who', parts.nextStep.who)
  need('nextStep', 'nextStep.what', parts.nextStep.what)
  if (parts.nextStep.date === '') out.push({ kind: 'no-date', part: 'nextStep', field: 'nextStep.date' })
  need('invitation', 'invitation', parts.invitation)
  return out
}

/**
 * The problems that block saving as final: each missing part (named), a next step without a date, a vague
 * or bare phrase in either version (found at the part that holds it), and a reason that only says "policy".
 */
export function problems(parts: RefusalParts, composed: Pick<Composed, 'spoken' | 'written'>, check: TextCheck): RefusalProblem[] {
  const out = missing(parts)

  const reason = parts.reason.trim()
  if (reason) {
    const vagueInReason = check(reason).issues.find(blocking)
    const words = reason.split(/\s+/).length
    if (vagueInReason || (words <= 12 && policyOnly.test(reason))) {
      out.push({ kind: 'policy-reason', part: 'reason', field: 'reason', text: vagueInReason?.text ?? reason })
    }
  }

  const seen = new Set<string>()
  for (const { field, part, text } of partTexts(parts)) {
    if (field === 'reason' && out.some((p) => p.kind === 'policy-reason')) continue
    for (const issue of check(text).issues.filter(blocking)) {
      const key = issue.text.toLocaleLowerCase()
      seen.add(key)
      out.push({ kind: 'vague', part, field, text: issue.text })
    }
  }
  // A vague phrase the parts alone do not show (it arose where parts meet): named without a field.
  for (const version of [composed.spoken, composed.written]) {
    for (const issue of check(version).issues.filter(blocking)) {
      const key = issue.text.toLocaleLowerCase()
      if (seen.has(key) || out.some((p) => p.kind === 'policy-reason' && p.text.toLocaleLowerCase().includes(key))) continue
      seen.add(key)
      out.push({ kind: 'vague', part: null, field: '', text: issue.text })
    }
  }
  return out
}
