import { eq } from 'drizzle-orm'
import type { Db } from '../db/open'
import * as t from '../db/schema'
import { callDraftSchema, type CallDraft, type CallRecord } from '../../shared/call/record'
import { AppError } from '../../shared/result'

/** A call as stored: the row, and the record the contract hands out. */
export type CallRow = typeof t.calls.$inferSelect

export const iso = (now: Date): string => now.toISOString()

export function toRecord(row: CallRow): CallRecord {
  return {
    id: row.id,
    status: row.status,
    source: row.source,
    phoneNumber: row.phoneNumber,
    ctiCallId: row.ctiCallId,
    startedAt: row.startedAt,
    endedAt: row.endedAt,
    heldAt: row.heldAt,
    finishedAt: row.finishedAt,
    draft: readDraft(row.draft),
    answered: row.answered,
    identityMethod: row.identityMethod,
    updatedAt: row.updatedAt,
  }
}

/** A stored draft, with defaults for anything an older version did not write. Never throws. */
export function readDraft(stored: unknown): CallDraft {
  const parsed = callDraftSchema.safeParse(stored ?? {})
  return parsed.success ? parsed.data : callDraftSchema.parse({})
}

export function rowOf(db: Db, id: string): CallRow {
  const row = db.select().from(t.calls).where(eq(t.calls.id, id)).get()
  if (!row) throw new AppError('not-found', `There is no call with id ${id}; it may have been discarded.`)
  return row
}

export function getCall(db: Db, id: string): CallRecord {
  return toRecord(rowOf(db, id))
}
