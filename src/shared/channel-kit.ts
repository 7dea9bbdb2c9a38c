import { z } from 'zod'
import { idSchema } from './knowledge/entities'

/** Shapes many contract channels share (src/shared/contract.ts and the domains' `channels.ts`). */
export const noInput = z.object({}).strict()
export const byId = z.object({ id: idSchema }).strict()
/** Save = create (no id) or update (id): one form, one channel. */
export const save = <T extends z.ZodObject>(form: T) => z.object({ id: idSchema.optional(), values: form }).strict()
export const fileInput = z.object({ fileName: z.string().min(1), content: z.string() })
export const deleted = z.object({ deleted: z.literal(true) })
