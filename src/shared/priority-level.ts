import { z } from 'zod'

/** P1 (drop everything) … P4 (when there is time). */
export const prioritySchema = z.enum(['P1', 'P2', 'P3', 'P4'])
export type Priority = z.infer<typeof prioritySchema>
