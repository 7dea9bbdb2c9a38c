import { z } from 'zod'
import { flowCategorySchema, questionKinds } from '../call/flow-schema'
import { impactSchema, urgencySchema } from '../call/priority'
import { othersAffectedSchema, outcomeKindSchema } from '../call/record'
import { idSchema, languageSchema } from '../knowledge/entities'
import { nextStepSchema } from '../promise/promise'
import { prioritySchema } from '../priority-level'

/**
 * A finished call as it leaves the console for the ticket system: everything a resolver needs, nothing
 * the servicedesk keeps for itself (no notes about people, no department sensitivities, no internal ids
 * other than the console's own call id). JSON-safe; times are ISO 8601 strings. Every export format is
 * rendered from this one object.
 */

const isoDateTime = z.iso.datetime({ offset: true })

export const noteCallerSchema = z.object({
  name: z.string(),
  phone: z.string(),
  email: z.string(),
  /** The department's name; null for a caller without one. */
  department: z.string().nullable(),
})

export const noteQuestionSchema = z.object({
  question: z.string(),
  kind: z.enum(questionKinds),
  /** The answer as recorded: "yes"/"no", an option's value, or free text. */
  answer: z.string(),
  /** The option's words, for choice and identity questions. */
  label: z.string().nullable(),
})
export type NoteQuestion = z.infer<typeof noteQuestionSchema>

export const callNoteSchema = z.object({
  /** The console's own id for the call: the key every export carries, so a retry is recognised. */
  callId: idSchema,
  startedAt: isoDateTime,
  finishedAt: isoDateTime,
  agent: z.object({ name: z.string() }),
  caller: noteCallerSchema,
  category: flowCategorySchema.nullable(),
  intake: z.object({
    what: z.string(),
    since: z.string(),
    tried: z.string(),
    othersAffected: othersAffectedSchema.nullable(),
    impact: impactSchema.nullable(),
    urgency: urgencySchema.nullable(),
  }),
  /** The affected application's name. */
  application: z.string().nullable(),
  /** The guided questions on the path, in the words they were asked, with their answers. */
  questions: z.array(noteQuestionSchema),
  /** How the caller's identity was verified (the method's words), if a check was part of the call. */
  identityMethod: z.string().nullable(),
  /** The summary as it was read back to the caller. */
  summary: z
    .object({
      text: z.string(),
      confirmed: z.boolean(),
      /** What the caller corrected, when not confirmed. */
      correction: z.string(),
    })
    .nullable(),
  priority: z
    .object({
      suggested: prioritySchema,
      reason: z.string(),
      chosen: prioritySchema,
      /** Why another priority than the suggested one was chosen; '' when the suggestion was kept. */
      overrideReason: z.string(),
    })
    .nullable(),
  outcome: z.object({
    kind: outcomeKindSchema,
    resolverGroup: z.string(),
    notes: z.string(),
  }),
  refusal: z
    .object({
      /** The rule the refusal is about, in words. */
      rule: z.string(),
      spoken: z.string(),
      written: z.string(),
    })
    .nullable(),
  promise: z
    .object({
      nextStep: nextStepSchema,
      dueAt: isoDateTime,
      /** The sentence said to the caller. */
      text: z.string(),
    })
    .nullable(),
  /** The language the call was held in (the caller's). */
  language: languageSchema,
  /** The organisation's time zone (IANA name), in which the text formats show times. */
  timeZone: z.string().min(1),
})
export type CallNote = z.infer<typeof callNoteSchema>
