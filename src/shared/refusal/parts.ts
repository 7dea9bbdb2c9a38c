import { z } from 'zod'
import { languageSchema } from '../knowledge/entities'
import { formOfAddressSchema } from '../settings'

/**
 * The parts of a refusal, in the order the builder asks for them and the written version tells them.
 * Every text may be empty while the agent types (a draft is never refused for being incomplete);
 * `problems` says what saving as final still needs.
 */

const text = (max: number) => z.string().max(max, `keep it under ${max} characters`).default('')

export const decisionKinds = ['no', 'no-unless', 'yes-if', 'not-now'] as const
export const decisionKindSchema = z.enum(decisionKinds)
export type DecisionKind = z.infer<typeof decisionKindSchema>

export const alternativeSchema = z.object({
  what: text(1000),
  how: text(1000),
  howLong: text(200),
})
export type Alternative = z.infer<typeof alternativeSchema>

const isoDate = z.union([z.literal(''), z.iso.date({ message: 'expected a date as YYYY-MM-DD' })]).default('')
const time = z.union([z.literal(''), z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'expected a time as HH:MM')]).default('')

export const refusalPartsSchema = z.object({
  /** 1. What the caller asked for, restated, and the goal behind it. */
  request: text(1000),
  goal: text(1000),
  /** 2. The decision; no-unless, yes-if and not-now need their condition. */
  decision: z.object({ kind: decisionKindSchema.default('no'), condition: text(1000) }).default({ kind: 'no', condition: '' }),
  /** 3. Why, in the caller's terms. */
  reason: text(3000),
  /** 4. The rule and who owns it (a role, not a person). */
  rule: z.object({ statement: text(1000), owner: text(200) }).default({ statement: '', owner: '' }),
  /** 5. What the caller can do instead, or an explicit "there is none" with the reason. */
  alternatives: z.array(alternativeSchema).max(10).default([]),
  noAlternative: z.object({ none: z.boolean().default(false), why: text(1000) }).default({ none: false, why: '' }),
  /** 6. Who can grant an exception, what they need to decide, and how long that takes. */
  exception: z.object({ who: text(300), needs: text(2000), howLong: text(200) }).default({ who: '', needs: '', howLong: '' }),
  /** 7. Who does what next, and by when (a date in the organisation's time zone, a time if agreed). */
  nextStep: z.object({ who: text(200), what: text(1000), date: isoDate, time }).default({ who: '', what: '', date: '', time: '' }),
  /** 8. The invitation to respond. */
  invitation: text(500),
})
export type RefusalParts = z.output<typeof refusalPartsSchema>
export type RefusalPartsInput = z.input<typeof refusalPartsSchema>

export const emptyParts = (): RefusalParts => refusalPartsSchema.parse({})

/** The eight parts by name, in order: what problems and notices point at. */
export const partNames = ['request', 'decision', 'reason', 'rule', 'alternatives', 'exception', 'nextStep', 'invitation'] as const
export type PartName = (typeof partNames)[number]

export const refusalStatusSchema = z.enum(['draft', 'final'])
export type RefusalStatus = z.infer<typeof refusalStatusSchema>

const idSchema = z.uuid()

export const refusalSaveSchema = z
  .object({
    id: idSchema.optional(),
    callId: idSchema.nullable().optional(),
    ruleId: idSchema.nullable().optional(),
    /** The rule as typed, when it is not (yet) in the knowledge base. */
    ruleText: z.string().max(1000).default(''),
    language: languageSchema,
    formOfAddress: formOfAddressSchema,
    parts: refusalPartsSchema,
    status: refusalStatusSchema,
  })
  .strict()
export type RefusalSave = z.input<typeof refusalSaveSchema>

export const refusalRecordSchema = z.object({
  id: idSchema,
  callId: idSchema.nullable(),
  ruleId: idSchema.nullable(),
  ruleText: z.string(),
  language: languageSchema,
  formOfAddress: formOfAddressSchema,
  decision: decisionKindSchema,
  parts: refusalPartsSchema,
  spoken: z.string(),
  written: z.string(),
  status: refusalStatusSchema,
  createdAt: z.string(),
  updatedAt: z.string(),
})
export type RefusalRecord = z.infer<typeof refusalRecordSchema>

export const refusalSummarySchema = z.object({
  id: idSchema,
  callId: idSchema.nullable(),
  ruleId: idSchema.nullable(),
  ruleText: z.string(),
  language: languageSchema,
  decision: decisionKindSchema,
  status: refusalStatusSchema,
  /** The start of the spoken version. */
  preview: z.string(),
  updatedAt: z.string(),
})
export type RefusalSummary = z.infer<typeof refusalSummarySchema>

export const refusalListInputSchema = z
  .object({
    ruleId: idSchema.optional(),
    callId: idSchema.optional(),
    status: refusalStatusSchema.optional(),
    limit: z.number().int().min(1).max(200).default(50),
  })
  .strict()
