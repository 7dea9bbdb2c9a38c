import { z } from 'zod'
import { byId, deleted, fileInput, noInput } from '../channel-kit'
import { idSchema } from '../knowledge/entities'
import {
  exportBatchInputSchema,
  exportBatchResultSchema,
  exportTargetSaveSchema,
  exportTargetSchema,
  exportTargetsSchema,
  exportTargetTestSchema,
  exportTestResultSchema,
  outboxCountsSchema,
  outboxEntrySchema,
  outboxListInputSchema,
} from './outbox'
import { fileFormats } from './targets'

export { outboxStatusSchema } from './outbox'

/** The contract's channels for export targets and the outbox (joined in src/shared/contract.ts). */
export const exportChannels = {
  /** Export targets for settings, with how secrets are kept here. */
  'export:targets': { input: noInput, output: exportTargetsSchema },
  /** Create or update a target; its config is checked by its kind's adapter (issues name the field). */
  'export:targets:save': { input: exportTargetSaveSchema, output: exportTargetSchema },
  /** Removes a target, its secret and its outbox entries. */
  'export:targets:delete': { input: byId, output: deleted },
  /** "Test connection": reaches the target with its credentials without creating a ticket. */
  'export:targets:test': { input: exportTargetTestSchema, output: exportTestResultSchema },
  /** A call's export state per target. */
  'export:call': { input: z.object({ callId: idSchema }).strict(), output: z.array(outboxEntrySchema) },
  /** Try a failed or waiting entry now. */
  'export:retry': { input: byId, output: outboxEntrySchema },
  /** The outbox for the team lead: entries (failed first, then the newest) and counts per status. */
  'export:outbox': { input: outboxListInputSchema, output: z.object({ entries: z.array(outboxEntrySchema), counts: outboxCountsSchema }) },
  /** Batch export: finished calls to one target through the outbox. */
  'export:batch': { input: exportBatchInputSchema, output: exportBatchResultSchema },
  /** A batch's progress: how many of its entries are sent, failed or still on their way. */
  'export:batch-progress': { input: z.object({ batchId: idSchema }).strict(), output: outboxCountsSchema.extend({ total: z.number().int() }) },
  /** One finished call's note in a format, for the clipboard or a file the agent saves. */
  'export:render': {
    input: z.object({ callId: idSchema, format: z.enum(fileFormats) }).strict(),
    output: fileInput,
  },
} as const
