import { z } from 'zod'
import { flowCategorySchema } from '../call/flow-schema'
import { callDraftSchema } from '../call/record'
import { idSchema } from '../knowledge/entities'
import { refusalPartsSchema, refusalStatusSchema } from '../refusal/parts'
import { checkKeys, scenarioSchema } from './scenario'

/**
 * What the UI sees of practice calls (the contract's `practice:*` channels). A practice run keeps the same
 * draft the call screen edits, but in `practice_runs`: never in the call history, promises or outbox.
 */

export const practiceScenarioSummarySchema = z.object({
  key: z.string(),
  title: z.string(),
  briefing: z.string(),
  mood: z.enum(['calm', 'irritated', 'hurried']),
  category: flowCategorySchema,
})
export type PracticeScenarioSummary = z.infer<typeof practiceScenarioSummarySchema>

export const practiceScoreItemSchema = z.object({
  key: z.enum(checkKeys),
  ok: z.boolean(),
  params: z.record(z.string(), z.string()),
  /**
   * What to read to do better. `id` is this console's id of the department, person or rule (for a link);
   * for a phase the phase id and for jargon the word itself.
   */
  card: z.object({ kind: z.enum(['department', 'person', 'rule', 'phase', 'jargon']), key: z.string(), id: z.string() }).nullable(),
})
export type PracticeScoreItem = z.infer<typeof practiceScoreItemSchema>

export const practiceResultSchema = z.object({
  score: z.number().int().min(0).max(100),
  strengths: z.array(practiceScoreItemSchema),
  improvements: z.array(practiceScoreItemSchema),
})
export type PracticeResult = z.infer<typeof practiceResultSchema>

export const practiceRefusalSchema = z.object({ status: refusalStatusSchema, parts: refusalPartsSchema, spoken: z.string() })

export const practiceRunSchema = z.object({
  id: idSchema,
  learnerId: idSchema,
  scenario: scenarioSchema,
  /** The trainee's call: starts empty, the caller not filled in (identifying them is part of the exercise). */
  draft: callDraftSchema,
  questionOrder: z.array(z.string()),
  refusal: practiceRefusalSchema.nullable(),
  startedAt: z.string(),
  finishedAt: z.string().nullable(),
  result: practiceResultSchema.nullable(),
})
export type PracticeRun = z.infer<typeof practiceRunSchema>

const questionOrderSchema = z.array(z.string().max(100)).max(200).default([])

export const practiceStartSchema = z.object({ learnerId: idSchema, scenarioKey: z.string().min(1).max(100) }).strict()
export const practiceSaveSchema = z.object({ id: idSchema, draft: callDraftSchema, questionOrder: questionOrderSchema }).strict()
export const practiceRefusalInputSchema = z
  .object({ id: idSchema, parts: refusalPartsSchema, status: refusalStatusSchema.default('final') })
  .strict()
