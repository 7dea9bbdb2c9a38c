import { eq } from 'drizzle-orm'
import * as t from '../../db/schema'
import type { Target } from './csv-check'
import type { Tx } from './record-writer'

export interface RowPlan {
  line: number
  target: Target
  /** Only the fields the file has a column for (an empty internal cell is left out: the local text stays). */
  values: Record<string, unknown>
}

type Table = typeof t.departments | typeof t.applications | typeof t.people

/**
 * Writes checked rows: existing items get the file's values (and are left untouched, timestamps too,
 * when nothing differs), new items are inserted. A unique name column is first set aside for every
 * renamed item, so renames that swap names within the file cannot collide.
 */
export function writeRows(tx: Tx, table: Table, plans: RowPlan[], uniqueName?: 'name'): { created: number; updated: number } {
  const current = new Map<string, Record<string, unknown>>(tx.select().from(table).all().map((row) => [row.id, row]))
  const differs = (plan: RowPlan) => {
    const row = current.get(plan.target.id)
    return !row || Object.entries(plan.values).some(([field, value]) => JSON.stringify(row[field]) !== JSON.stringify(value))
  }
  if (uniqueName) {
    for (const plan of plans) {
      const row = current.get(plan.target.id)
      const name = plan.values[uniqueName]
      if (plan.target.existing && row && name !== undefined && row[uniqueName] !== name) {
        tx.update(table).set({ [uniqueName]: `\u0000${plan.target.id}` }).where(eq(table.id, plan.target.id)).run()
      }
    }
  }
  let updated = 0
  const inserts: Record<string, unknown>[] = []
  for (const plan of plans) {
    if (!plan.target.existing) inserts.push({ ...plan.values, id: plan.target.id })
    else {
      updated++
      // drizzle cannot type a row over a union of tables; the values were checked against the form schema.
      if (differs(plan)) tx.update(table).set(plan.values as never).where(eq(table.id, plan.target.id)).run()
    }
  }
  insertMany(inserts, (rows) => tx.insert(table).values(rows as never).run())
  return { created: inserts.length, updated }
}

/** Many rows per INSERT: far fewer statements to build, well under SQLite's limit on bound values. */
export function insertMany<T>(rows: T[], insert: (chunk: T[]) => void, chunk = 200): void {
  for (let i = 0; i < rows.length; i += chunk) insert(rows.slice(i, i + chunk))
}
