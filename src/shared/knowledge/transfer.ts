import { z } from 'zod'
import { knowledgeKinds } from './forms'

/** CSV import and export work on these kinds; the JSON knowledge pack carries everything. */
export const transferKindSchema = z.enum(['people', 'departments', 'applications'])
export type TransferKind = z.infer<typeof transferKindSchema>

export const importProblemSchema = z.object({
  file: z.string(),
  /** 1-based line in the file, the header being line 1. */
  line: z.number().int(),
  field: z.string(),
  /** Stable code of the problem: the UI shows the text `transfer.problem.<code>` with `params`. */
  code: z.string(),
  params: z.record(z.string(), z.union([z.string(), z.number()])).default({}),
  /** The problem in English: the fallback when the UI has no text for the code, and for logs and tests. */
  message: z.string(),
})
export type ImportProblem = z.infer<typeof importProblemSchema>

export const importResultSchema = z.discriminatedUnion('status', [
  z.object({ status: z.literal('imported'), created: z.number().int(), updated: z.number().int() }),
  /** Nothing was changed: every problem found, with file, line and field. */
  z.object({ status: z.literal('rejected'), problems: z.array(importProblemSchema), problemCount: z.number().int() }),
  z.object({ status: z.literal('cancelled') }),
])
export type ImportResult = z.infer<typeof importResultSchema>

export const transferProgressSchema = z.object({
  jobId: z.uuid(),
  phase: z.enum(['reading', 'checking', 'writing', 'done']),
  done: z.number().int(),
  total: z.number().int(),
})
export type TransferProgress = z.infer<typeof transferProgressSchema>

const changeCounts = z.object({ new: z.number().int(), changed: z.number().int(), removed: z.number().int() })


/** What a knowledge pack carries: the knowledge kinds, then question flows and standard solutions, then the IT-jargon lexicon. */
export const packContentKinds = [...knowledgeKinds, 'flow', 'solution', 'jargon'] as const
export const packContentKindSchema = z.enum(packContentKinds)
export type PackContentKind = z.infer<typeof packContentKindSchema>

/**
 * Per kind, how many items are new, changed and removed. Every knowledge kind, flows and solutions are
 * always there; the lexicon only when the pack changes it (a missing kind changes nothing).
 */
const packCounts = z.partialRecord(packContentKindSchema, changeCounts)

export const packPreviewSchema = z.object({
  organisation: z.string(),
  packVersion: z.number().int(),
  /** Version of the pack this console last took in; null when it never took one in. */
  currentVersion: z.number().int().nullable(),
  /** Applying needs `force`: the pack is older than (or as old as) what this console has, or of another organisation. */
  older: z.boolean(),
  /** The pack holds another organisation's knowledge: applying it replaces this knowledge base. */
  otherOrganisation: z.boolean(),
  counts: packCounts,
  /** A few names per kind and change, for the preview. */
  examples: z.array(z.object({ kind: packContentKindSchema, change: z.enum(['new', 'changed', 'removed']), title: z.string() })),
})
export type PackPreview = z.infer<typeof packPreviewSchema>

export const packApplyResultSchema = z.object({
  packVersion: z.number().int(),
  counts: packCounts,
})
export type PackApplyResult = z.infer<typeof packApplyResultSchema>
