import { z } from 'zod'
import { idSchema, languageSchema } from '../knowledge/entities'
import { prioritySchema } from '../settings'
import { flowCategorySchema, questionKinds } from './flow-schema'
import { phaseIdSchema } from './phases'
import { impactSchema, urgencySchema } from './priority'
import { promiseDraftSchema } from '../promise/promise'

/**
 * A call as the console keeps it. While the agent types, the whole draft is saved as it is (every field
 * may still be empty: autosave never refuses what was typed); finishing checks what the outcome needs.
 * Everything here is JSON-safe; times are ISO 8601 strings.
 */

const short = (max: number) => z.string().max(max, `keep it under ${max} characters`)
const isoDateTime = z.iso.datetime({ offset: true })

export const othersAffectedSchema = z.enum(['no', 'some', 'everyone', 'unknown'])
export const outcomeKinds = ['resolved', 'handed-over', 'refused', 'callback'] as const
export const outcomeKindSchema = z.enum(outcomeKinds)
export type OutcomeKind = z.infer<typeof outcomeKindSchema>

export const callerSchema = z.object({
  /** The person in the knowledge base; null for a caller not (yet) known. */
  personId: idSchema.nullable().default(null),
  /** Free-form name for an unknown caller (a known one's name comes from the knowledge base). */
  name: short(200).default(''),
  phone: short(64).default(''),
  email: short(200).default(''),
  /** Language to speak to the caller; the person's preferred language when known. */
  language: languageSchema.nullable().default(null),
})
export type Caller = z.infer<typeof callerSchema>

export const intakeSchema = z.object({
  what: short(5000).default(''),
  since: short(500).default(''),
  tried: short(2000).default(''),
  othersAffected: othersAffectedSchema.nullable().default(null),
  impact: impactSchema.nullable().default(null),
  urgency: urgencySchema.nullable().default(null),
})
export type CallIntake = z.infer<typeof intakeSchema>

export const readBackRecordSchema = z.object({
  /** The summary as it was read aloud. */
  text: short(5000),
  /** confirmed: the caller said it was right; corrected: it was not, and `correction` says what. */
  state: z.enum(['confirmed', 'corrected']),
  correction: short(2000).default(''),
  at: isoDateTime,
})
export type ReadBackRecord = z.infer<typeof readBackRecordSchema>

export const callPrioritySchema = z.object({
  suggested: prioritySchema,
  /** The suggestion's one-sentence reason, as shown. */
  reason: short(1000),
  chosen: prioritySchema,
  /** Why the agent chose another priority than suggested; required then. */
  overrideReason: short(500).default(''),
})
export type CallPriority = z.infer<typeof callPrioritySchema>

export const outcomeSchema = z.object({
  kind: outcomeKindSchema.nullable().default(null),
  /** handed-over: the resolver group (from the application, or typed). */
  resolverGroup: short(200).default(''),
  /** callback: when the agent calls back (ISO date-time); kept equal to the promise's time (promise.dueAt). */
  callbackAt: isoDateTime.nullable().default(null),
  /** What was done or agreed; a standard solution fills it. */
  notes: short(10000).default(''),
  /** The standard solution used, if any. */
  solutionKey: short(100).nullable().default(null),
})
export type Outcome = z.infer<typeof outcomeSchema>

export const callDraftSchema = z.object({
  caller: callerSchema.default(callerSchema.parse({})),
  departmentId: idSchema.nullable().default(null),
  intake: intakeSchema.default(intakeSchema.parse({})),
  /** The application the problem is about, for the priority and the resolver group. */
  applicationId: idSchema.nullable().default(null),
  category: flowCategorySchema.nullable().default(null),
  /** Guided questions: question key → answer value. */
  answers: z.record(z.string().max(100), short(2000)).default({}),
  /** The phase of the call the agent is in. */
  phase: phaseIdSchema.default('open'),
  readBack: readBackRecordSchema.nullable().default(null),
  priority: callPrioritySchema.nullable().default(null),
  outcome: outcomeSchema.default(outcomeSchema.parse({})),
  /** What happens next and when the caller hears from us, for a call that is not resolved. */
  promise: promiseDraftSchema.default(promiseDraftSchema.parse({})),
})
export type CallDraft = z.output<typeof callDraftSchema>
export type CallDraftInput = z.input<typeof callDraftSchema>

export const emptyDraft = (): CallDraft => callDraftSchema.parse({})

export const callStatusSchema = z.enum(['draft', 'finished'])
export type CallStatus = z.infer<typeof callStatusSchema>
export const callSourceSchema = z.enum(['manual', 'phone'])

/** One guided question as answered, with its words as asked (kept when the pack changes later). */
export const answeredQuestionSchema = z.object({
  key: z.string(),
  question: z.string(),
  kind: z.enum(questionKinds),
  phase: phaseIdSchema,
  answer: z.string(),
  label: z.string().optional(),
})

export const callRecordSchema = z.object({
  id: idSchema,
  status: callStatusSchema,
  source: callSourceSchema,
  /** The number the phone system announced, as received. */
  phoneNumber: z.string(),
  /** The phone system's own id for the call, if it gave one. */
  ctiCallId: z.string().nullable(),
  startedAt: isoDateTime,
  /** When the conversation ended (hang-up, or finishing the call): the timer stops here. */
  endedAt: isoDateTime.nullable(),
  /** When the call was put on hold; null while it is active. */
  heldAt: isoDateTime.nullable(),
  finishedAt: isoDateTime.nullable(),
  draft: callDraftSchema,
  /** Filled when finished: the questions on the path with their answers, and the identity check used. */
  answered: z.array(answeredQuestionSchema),
  identityMethod: z.string().nullable(),
  updatedAt: isoDateTime,
})
export type CallRecord = z.infer<typeof callRecordSchema>

/** A line in the call history or in a caller's earlier calls. */
export const callSummarySchema = z.object({
  id: idSchema,
  status: callStatusSchema,
  startedAt: isoDateTime,
  endedAt: isoDateTime.nullable(),
  heldAt: isoDateTime.nullable(),
  finishedAt: isoDateTime.nullable(),
  phoneNumber: z.string(),
  callerPersonId: idSchema.nullable(),
  /** The person's name, or the free-form name, or '' when nobody was noted yet. */
  callerName: z.string(),
  departmentName: z.string().nullable(),
  category: flowCategorySchema.nullable(),
  what: z.string(),
  outcome: outcomeKindSchema.nullable(),
  priority: prioritySchema.nullable(),
  /** The moment an open promise of this call (a callback, a hand-over) is still to come (ISO date-time), for "any promise still open". */
  openCallbackAt: isoDateTime.nullable(),
})
export type CallSummary = z.infer<typeof callSummarySchema>

export const callListInputSchema = z
  .object({
    /** Words in the caller's name, the number, the problem or the notes. */
    query: z.string().max(200).default(''),
    status: callStatusSchema.optional(),
    outcome: outcomeKindSchema.optional(),
    callerPersonId: idSchema.optional(),
    /** Leave this call out (the one on screen, when listing the caller's earlier calls). */
    excludeId: idSchema.optional(),
    limit: z.number().int().min(1).max(500).default(100),
  })
  .strict()
