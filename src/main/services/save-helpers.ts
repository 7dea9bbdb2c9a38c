import { and, eq, ne, sql, type SQL } from 'drizzle-orm'
import type { SQLiteColumn, SQLiteTable } from 'drizzle-orm/sqlite-core'
import type { Db } from '../db/open'
import { AppError } from '../../shared/result'

/** Refuses a second item with the same name (case-insensitive), naming the field. */
export function assertUnique(db: Db, table: SQLiteTable & { id: SQLiteColumn }, column: SQLiteColumn, value: string, field: string, ownId?: string): void {
  const clash = db
    .select({ id: table.id })
    .from(table)
    .where(and(sql`lower(${column}) = lower(${value})`, ownId ? ne(table.id, ownId) : undefined) as SQL)
    .get()
  if (clash) throw new AppError('conflict', `“${value}” already exists.`, [{ field, message: 'already exists' }])
}

/** The id to write: the given one (which must exist) or a new one. */
export function targetId(db: Db, table: SQLiteTable & { id: SQLiteColumn }, id: string | undefined, what: string): string {
  if (!id) return crypto.randomUUID()
  const found = db.select({ id: table.id }).from(table).where(eq(table.id, id)).get()
  if (!found) throw new AppError('not-found', `This ${what} no longer exists; it may have been deleted in the meantime.`)
  return id
}
