import type { z } from 'zod'
import type { Db } from '../../db/open'
import type { KnowledgeKind } from '../../../shared/knowledge/forms'
import type { CsvRow } from './csv'
import type { ItemKind, ProblemArgs } from './problems'
import type { Tx } from './record-writer'

/** Where the checks of one import report to; line and field end up in the problem list the agent sees. */
export interface CheckContext {
  fileName: string
  defaultCountry: string
  problem(line: number, field: string, ...problem: ProblemArgs): void
}

/** Checks rows one at a time (so the import can show progress and stop), then what needs all rows. */
export interface RowChecker<P> {
  check(row: CsvRow): P | null
  finish(): void
}

/** What the database looked like when checking began; `signature` tells whether it still does. */
export interface Snapshot<P> {
  signature: string
  checker(ctx: CheckContext): RowChecker<P>
}

/** One kind of CSV file: its columns, how it is exported, checked and written. */
export interface CsvKind<P> {
  /** What one row is about, for messages: "person". */
  kind: ItemKind
  fileName: string
  columns: readonly string[]
  /** Which lists to reload after an import. */
  changes: KnowledgeKind[]
  exportCsv(db: Db): string
  snapshot(db: Db): Snapshot<P>
  /** Writes checked rows inside the caller's transaction. Rows matched to an existing item count as updated. */
  write(tx: Tx, plans: P[]): { created: number; updated: number }
}

/** The item a row writes to: an existing one, or a new one with this id. */
export interface Target {
  id: string
  existing: boolean
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i

/**
 * Finds the item each row is about: by id when the row has one that exists, else by name
 * (case-insensitive), else a new item (keeping the row's id, if any). Two rows about the same item
 * are a problem. With `uniqueNames`, a name may belong to one item only, counting renames in the file.
 */
export function createTargeting(options: { kind: ItemKind; existing: { id: string; name: string }[]; uniqueNames: boolean; ctx: CheckContext }) {
  const { kind, ctx, uniqueNames } = options
  const ids = new Set(options.existing.map((e) => e.id))
  const byName = new Map<string, string[]>()
  for (const e of options.existing) byName.set(e.name.toLowerCase(), [...(byName.get(e.name.toLowerCase()) ?? []), e.id])
  const targetedOn = new Map<string, number>()
  const namedOn = new Map<string, number>()
  const named: { line: number; id: string; name: string }[] = []

  return {
    resolve(line: number, idCell: string | undefined, name: string): Target | null {
      const given = idCell?.trim().toLowerCase() ?? ''
      if (given && !UUID.test(given)) {
        ctx.problem(line, 'id', 'not-an-id', { value: idCell?.trim() ?? '', kind })
        return null
      }
      let target: Target
      if (given && ids.has(given)) target = { id: given, existing: true }
      else {
        const matches = byName.get(name.toLowerCase()) ?? []
        if (matches.length > 1) {
          ctx.problem(line, 'name', 'name-ambiguous', { name, kind })
          return null
        }
        target = matches[0] ? { id: matches[0], existing: true } : { id: given || crypto.randomUUID(), existing: false }
      }
      const earlier = targetedOn.get(target.id)
      if (earlier !== undefined) {
        ctx.problem(line, given ? 'id' : 'name', 'duplicate-in-file', { line: earlier, kind })
        return null
      }
      targetedOn.set(target.id, line)
      if (uniqueNames) {
        const first = namedOn.get(name.toLowerCase())
        if (first !== undefined) {
          ctx.problem(line, 'name', 'name-repeated', { name, line: first })
          return null
        }
        namedOn.set(name.toLowerCase(), line)
        named.push({ line, id: target.id, name })
      }
      return target
    },
    /** A row's name may not belong to another item that the file leaves as it is. */
    finish(): void {
      for (const row of named) {
        const owner = byName.get(row.name.toLowerCase())?.[0]
        if (owner && owner !== row.id && !targetedOn.has(owner)) ctx.problem(row.line, 'name', 'name-taken', { name: row.name, kind })
      }
    },
  }
}

/**
 * Reports a form schema's complaints about a row under the CSV's column names, one per column, with
 * a code for the messages of the shared form schemas (forms.ts) and `invalid` for anything else.
 */
export function reportIssues(error: z.ZodError, line: number, columnOf: Record<string, string>, ctx: CheckContext, cells: Record<string, string>): void {
  const reported = new Set<string>()
  for (const issue of error.issues) {
    const field = String(issue.path[0] ?? '')
    const column = columnOf[field] ?? field
    if (reported.has(column)) continue
    reported.add(column)
    ctx.problem(line, column, ...issueProblem(issue, field, cells[column]?.trim() ?? ''))
  }
}

/** The code for one zod issue of a form schema; `value` is the row's (trimmed) cell. */
export function issueProblem(issue: z.core.$ZodIssue, field: string, value: string): ProblemArgs {
  // The e-mail field is a union (an address or empty): zod reports "invalid input" for the union.
  if (field === 'email' || issue.message === 'not an e-mail address') return ['invalid-email', { value }]
  if (issue.message === 'required' || (issue.code === 'too_small' && value === '')) return ['required']
  if (issue.code === 'too_big' && issue.origin === 'string') return ['too-long', { maximum: Number(issue.maximum) }]
  if (issue.code === 'invalid_value') {
    if (field === 'preferredLanguage') return ['invalid-language', { value }]
    return ['invalid-option', { value, options: issue.values.map(String).join(', ') }]
  }
  return ['invalid', { detail: issue.message }]
}
