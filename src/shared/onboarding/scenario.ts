import { z } from 'zod'
import { flowCategorySchema } from '../call/flow-schema'
import { outcomeKindSchema, type CallDraft } from '../call/record'
import { phaseIdSchema, type PhaseId } from '../call/phases'
import type { Checker, TextLanguage } from '../language/check'
import { prioritySchema } from '../priority-level'
import type { RefusalParts } from '../refusal/parts'

/**
 * A practice call: a scenario (data in the knowledge packs) feeds the caller's lines step by step while
 * the trainee handles the call with the real call screen; when it is finished, `scorepractice` holds the
 * result against the scenario's checklist. Keys refer to items of the same pack (person, department,
 * application, rule, flow questions).
 */

const key = z.string().regex(/^[a-z0-9][a-z0-9-]*$/, 'expected a key of lowercase letters, digits and dashes')
const required = z.string().trim().min(1, 'must not be empty')

export const scenarioLineSchema = z.object({
  /** The caller says this once the trainee reaches this phase of the call (or at once, for `open`). */
  phase: phaseIdSchema,
  text: required,
  /** When the line answers a guided question: the question's key. */
  answers: key.optional(),
})
export type ScenarioLine = z.infer<typeof scenarioLineSchema>

export const scenarioSchema = z.object({
  key,
  title: required,
  /** What the trainee is told before the call starts (not what the caller wants: that comes in the lines). */
  briefing: required,
  /** The caller: a person of the knowledge base. */
  caller: key,
  /** The caller's mood, for the irritated-caller card. */
  mood: z.enum(['calm', 'irritated', 'hurried']).default('calm'),
  lines: z.array(scenarioLineSchema).min(2),
  expect: z.object({
    /** Absent for a caller who belongs to no department (the municipal secretary): the call then has none. */
    department: key.optional(),
    application: key.optional(),
    category: flowCategorySchema,
    /** The guided questions that matter, in a sensible order (keys of the category's flow). */
    questions: z.array(key).default([]),
    /** Acceptable priorities (a sensible one, not only the one the matrix suggests). */
    priorities: z.array(prioritySchema).min(1),
    outcome: outcomeKindSchema,
    /** A refused call: the rule the refusal is about. */
    rule: key.optional(),
  }),
})
export type Scenario = z.infer<typeof scenarioSchema>

/** What the trainee did, read from the practice call and its refusal. */
export interface PracticeTranscript {
  draft: CallDraft
  /** The guided questions answered, in the order they were answered. */
  questionOrder: string[]
  /** The refusal saved with the call, if any. */
  refusal: { status: 'draft' | 'final'; parts: RefusalParts; spoken: string } | null
  /** The language spoken to the caller. */
  language: TextLanguage
}

/** The scenario's keys as ids of this knowledge base. */
export interface ScenarioIds {
  personId: string
  departmentId: string | null
  applicationId: string | null
}

export const checkKeys = [
  'caller-identified',
  'department-context',
  'questions',
  'read-back',
  'priority',
  'outcome',
  'promise',
  'refusal',
  'plain-language',
] as const
export type CheckKey = (typeof checkKeys)[number]

export interface ScoreItem {
  key: CheckKey
  ok: boolean
  /** Parameters for the feedback text (i18n `onboarding.practice.good.<key>` / `.improve.<key>`). */
  params: Record<string, string>
  /** What to read to do better: a knowledge item or a phase card. */
  card: { kind: 'department' | 'person' | 'rule' | 'phase' | 'jargon'; key: string } | null
}

export interface PracticeScore {
  /** 0–100: the share of the checklist done well. */
  score: number
  strengths: ScoreItem[]
  improvements: ScoreItem[]
}

/** Whether `expected` appears in `asked` in the same order (others may come between). */
function inOrder(expected: readonly string[], asked: readonly string[]): { missing: string[]; ordered: boolean } {
  const missing = expected.filter((k) => !asked.includes(k))
  const positions = expected.filter((k) => asked.includes(k)).map((k) => asked.indexOf(k))
  return { missing, ordered: positions.every((p, i) => i === 0 || p > positions[i - 1]!) }
}

const phaseCard = (phase: PhaseId) => ({ kind: 'phase' as const, key: phase })

/** Scores a finished practice call against its scenario. Every check the scenario applies counts the same. */
export function scorePractice(scenario: Scenario, ids: ScenarioIds, transcript: PracticeTranscript, checker: Checker): PracticeScore {
  const { draft } = transcript
  const items: ScoreItem[] = []
  const add = (key: CheckKey, ok: boolean, card: ScoreItem['card'], params: Record<string, string> = {}) => items.push({ key, ok, params, card })

  add('caller-identified', draft.caller.personId === ids.personId, phaseCard('open'))

  const applicationOk = ids.applicationId === null || draft.applicationId === ids.applicationId
  // Without a department, what the caller needs is in the person's card (a VIP's notes).
  const context: ScoreItem['card'] = scenario.expect.department
    ? { kind: 'department', key: scenario.expect.department }
    : { kind: 'person', key: scenario.caller }
  add('department-context', draft.departmentId === ids.departmentId && applicationOk, context)

  if (scenario.expect.questions.length > 0) {
    const { missing, ordered } = inOrder(scenario.expect.questions, transcript.questionOrder)
    add('questions', missing.length === 0 && ordered, phaseCard('explore'), { missing: String(missing.length), ordered: String(ordered) })
  }

  add('read-back', draft.readBack !== null && draft.readBack.text.trim() !== '', phaseCard('check-back'))

  const chosen = draft.priority?.chosen ?? null
  add('priority', chosen !== null && scenario.expect.priorities.includes(chosen), context, {
    chosen: chosen ?? '',
    expected: scenario.expect.priorities.join('/'),
  })

  add('outcome', draft.outcome.kind === scenario.expect.outcome, phaseCard('act'), { expected: scenario.expect.outcome })

  if (scenario.expect.outcome !== 'resolved') {
    // A refused call promises through the refusal's next step (who does what, by which date); the call
    // screen has no separate promise for it.
    const step = draft.outcome.kind === 'refused' ? transcript.refusal?.parts.nextStep : undefined
    const promiseText = draft.promise.text.trim()
    const concrete = step
      ? step.date !== '' && step.who.trim() !== '' && step.what.trim() !== ''
      : draft.promise.dueAt !== null && promiseText !== '' && !checker.check(promiseText, transcript.language).issues.some((i) => i.kind === 'vague')
    add('promise', concrete, phaseCard('expectation'))
  }

  if (scenario.expect.outcome === 'refused') {
    const parts = transcript.refusal?.parts
    const complete =
      transcript.refusal?.status === 'final' &&
      !!parts &&
      parts.alternatives.some((a) => a.what.trim() !== '') &&
      parts.exception.who.trim() !== '' &&
      parts.nextStep.date !== ''
    add('refusal', complete, scenario.expect.rule ? { kind: 'rule', key: scenario.expect.rule } : null)
  }

  // What the caller heard or will read: the read-back, the promise and the refusal as spoken.
  const said = [draft.readBack?.text ?? '', draft.promise.text, transcript.refusal?.spoken ?? ''].filter((text) => text.trim())
  const jargon = [...new Set(said.flatMap((text) => checker.check(text, transcript.language).issues.filter((i) => i.kind === 'jargon').map((i) => i.text)))]
  add('plain-language', jargon.length === 0, jargon[0] ? { kind: 'jargon', key: jargon[0] } : null, { words: jargon.join(', ') })

  const done = items.filter((i) => i.ok).length
  return {
    score: Math.round((100 * done) / items.length),
    strengths: items.filter((i) => i.ok),
    improvements: items.filter((i) => !i.ok),
  }
}
