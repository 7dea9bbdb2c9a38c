import { asc } from 'drizzle-orm'
import type { z } from 'zod'
import type { Db } from '../../db/open'
import type * as t from '../../db/schema'
import type { KnowledgeKind } from '../../../shared/knowledge/forms'
import { parseYesNo, toCsv, yesNo } from './csv'
import { createTargeting, reportIssues, type CsvKind } from './csv-check'
import { writeRows, type RowPlan } from './csv-write'
import type { ItemKind } from './problems'

/**
 * A column of a simple CSV file: plain text, yes/no, or an internal text that is exported only when its
 * `shareable` flag is on and, when its cell is empty on import, keeps the console's own text.
 */
export type ColumnSpec =
  | { column: string; field: string; type: 'text' | 'yes-no' }
  | { column: string; field: string; type: 'internal'; shareable: string }

/** Departments and applications: items with a unique name and plain fields, one table each. */
export function namedCsvKind(spec: {
  kind: ItemKind
  fileName: string
  changes: KnowledgeKind[]
  table: typeof t.departments | typeof t.applications
  /** After the id column; `name` first. */
  columns: ColumnSpec[]
  schema: z.ZodObject
}): CsvKind<RowPlan> {
  const columns = ['id', ...spec.columns.map((c) => c.column)]
  const columnOf = Object.fromEntries(spec.columns.map((c) => [c.field, c.column]))
  return {
    kind: spec.kind,
    fileName: spec.fileName,
    columns,
    changes: spec.changes,

    exportCsv(db: Db) {
      const rows = db.select().from(spec.table).orderBy(asc(spec.table.name)).all() as Record<string, unknown>[]
      return toCsv(
        columns,
        rows.map((row) => [
          String(row.id),
          ...spec.columns.map((c) => {
            if (c.type === 'yes-no') return yesNo(Boolean(row[c.field]))
            if (c.type === 'internal') return row[c.shareable] ? String(row[c.field]) : ''
            return String(row[c.field] ?? '')
          }),
        ]),
      )
    },

    snapshot(db: Db) {
      const existing = db.select({ id: spec.table.id, name: spec.table.name }).from(spec.table).all()
      return {
        signature: JSON.stringify(existing),
        checker(ctx) {
          const targeting = createTargeting({ kind: spec.kind, existing, uniqueNames: true, ctx })
          return {
            check(row) {
              const form: Record<string, unknown> = {}
              let ok = true
              for (const c of spec.columns) {
                const value = row.cells[c.column] ?? ''
                if (c.type !== 'yes-no') form[c.field] = value
                else {
                  const flag = parseYesNo(value)
                  if (flag === undefined) {
                    ctx.problem(row.line, c.column, 'expected-yes-no', { value })
                    ok = false
                  }
                  form[c.field] = flag ?? false
                }
              }
              const parsed = spec.schema.safeParse(form)
              if (!parsed.success) reportIssues(parsed.error, row.line, columnOf, ctx, row.cells)
              const name = String(parsed.success ? parsed.data.name : form.name).trim()
              const target = name ? targeting.resolve(row.line, row.cells.id, name) : null
              if (!parsed.success || !ok || !target) return null
              const values: Record<string, unknown> = {}
              const data = parsed.data as Record<string, unknown>
              // An empty internal cell keeps the console's own text — and its flag: a file whose author
              // never saw a private note must not be able to make it shareable.
              const kept = new Set(spec.columns.flatMap((c) => (c.type === 'internal' && data[c.field] === '' ? [c.field, c.shareable] : [])))
              for (const c of spec.columns) {
                if (row.cells[c.column] === undefined || kept.has(c.field)) continue
                values[c.field] = data[c.field]
              }
              return { line: row.line, target, values }
            },
            finish: () => targeting.finish(),
          }
        },
      }
    },

    write: (tx, plans) => writeRows(tx, spec.table, plans, 'name'),
  }
}
