import { z } from 'zod'
import { idSchema } from '../knowledge/entities'
import { credentialModeSchema, targetKindSchema } from './targets'

/** What the UI sees of the outbox and the export targets (the contract's `export:*` channels). */

export const outboxStatusSchema = z.enum(['queued', 'sending', 'sent', 'failed'])
export type OutboxStatusValue = z.infer<typeof outboxStatusSchema>

/** A target as settings shows it: its non-secret config and whether a secret is there (never the secret). */
export const exportTargetSchema = z.object({
  id: idSchema,
  kind: targetKindSchema,
  name: z.string(),
  enabled: z.boolean(),
  config: z.record(z.string(), z.unknown()),
  /** Whether the credential store has a secret for it (for kinds that need one). */
  hasSecret: z.boolean(),
  /** In the browser host: the environment variable the secret is read from. */
  secretVariable: z.string().nullable(),
})
export type ExportTarget = z.infer<typeof exportTargetSchema>

export const exportTargetsSchema = z.object({
  targets: z.array(exportTargetSchema),
  /** How secrets are kept here; `plain-text` means storing one needs the administrator's consent. */
  credentialMode: credentialModeSchema,
})
export type ExportTargetList = z.output<typeof exportTargetsSchema>

export const exportTargetSaveSchema = z
  .object({
    id: idSchema.optional(),
    kind: targetKindSchema,
    name: z.string().trim().min(1).max(80),
    enabled: z.boolean().default(true),
    config: z.record(z.string(), z.unknown()),
    /** A new secret; absent keeps the stored one, null removes it. */
    secret: z.string().max(4096).nullable().optional(),
    /** The administrator agreed to store the secret although only the plain-text fallback is available. */
    allowPlainText: z.boolean().default(false),
  })
  .strict()
export type ExportTargetSave = z.output<typeof exportTargetSaveSchema>

/** Test a target as saved (id) or as typed in the form (before saving), with the secret typed there. */
export const exportTargetTestSchema = z.union([
  z.object({ id: idSchema }).strict(),
  exportTargetSaveSchema.omit({ allowPlainText: true }),
])
export type ExportTargetTest = z.output<typeof exportTargetTestSchema>

export const exportTestResultSchema = z.object({
  ok: z.boolean(),
  /** What was reached or what is wrong, in the administrator's terms; `reason` names the kind of problem. */
  detail: z.string(),
  reason: z.string().nullable(),
})
export type ExportTestResult = z.output<typeof exportTestResultSchema>

/** One call on its way to one target. */
export const outboxEntrySchema = z.object({
  id: idSchema,
  callId: idSchema,
  /** Who called, as the call recorded it ('' when no name was taken), and when the call was finished: how a list names the call. */
  callerName: z.string(),
  finishedAt: z.string().nullable(),
  targetId: idSchema,
  targetName: z.string(),
  targetKind: targetKindSchema,
  status: outboxStatusSchema,
  attempts: z.number().int(),
  nextAttemptAt: z.string(),
  /** `reason: message` of the last failed attempt; '' when none failed. */
  lastError: z.string(),
  remoteId: z.string().nullable(),
  remoteUrl: z.string().nullable(),
  sentAt: z.string().nullable(),
})
export type OutboxEntryView = z.infer<typeof outboxEntrySchema>

export const outboxListInputSchema = z
  .object({
    status: outboxStatusSchema.optional(),
    targetId: idSchema.optional(),
    limit: z.number().int().min(1).max(1000).default(200),
  })
  .strict()
export type OutboxListInput = z.output<typeof outboxListInputSchema>

export const outboxCountsSchema = z.object({ queued: z.number().int(), sending: z.number().int(), sent: z.number().int(), failed: z.number().int() })
export type OutboxCounts = z.output<typeof outboxCountsSchema>

/** A day as YYYY-MM-DD that exists on the calendar (no 31 February). */
const calendarDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'expected a date as YYYY-MM-DD')
  .refine((value) => {
    const [year, month, day] = value.split('-').map(Number) as [number, number, number]
    const date = new Date(Date.UTC(year, month - 1, day))
    return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day
  }, 'is not a day on the calendar')

/** Batch export: finished calls to one target (those sent or on their way are left alone; failed ones go again). */
export const exportBatchInputSchema = z
  .object({
    targetId: idSchema,
    /** Calls finished on or after / before these dates (YYYY-MM-DD, the organisation's days). */
    from: calendarDate.optional(),
    to: calendarDate.optional(),
    callIds: z.array(idSchema).max(10_000).optional(),
  })
  .strict()
export type ExportBatchInput = z.output<typeof exportBatchInputSchema>

export const exportBatchResultSchema = z.object({
  /** An id for following the batch's progress with `export:batch-progress`. */
  batchId: idSchema,
  queued: z.number().int(),
  /** Calls already sent or on their way to this target (failed ones are queued again and counted in `queued`). */
  alreadyThere: z.number().int(),
})
export type ExportBatchResult = z.output<typeof exportBatchResultSchema>
