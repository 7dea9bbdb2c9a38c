import { and, asc, desc, eq, gt, lte, sql, type SQL } from 'drizzle-orm'
import type { Db } from '../db/open'
import * as t from '../db/schema'
import { createChecker, type TextIssue } from '../../shared/language/check'
import type { Language } from '../../shared/knowledge/entities'
import type { CallDraft } from '../../shared/call/record'
import type { PromiseRecord, PromiseStats, PromiseStatus } from '../../shared/promise/promise'
import { AppError } from '../../shared/result'
import { listJargon } from './jargon'
import type { Tx } from './transfer/record-writer'

/**
 * Promises made to callers at the close of a call, tracked until the agent marks them kept or broken.
 * A promise is written when its call is finished (in the same transaction, see calls.ts) and is then the
 * commitment a team lead measures: its moment and its words do not change any more; only its outcome
 * (kept, broken with what happened) is added, once.
 */

type PromiseRow = typeof t.promises.$inferSelect

function toRecord(row: PromiseRow): PromiseRecord {
  return {
    id: row.id,
    callId: row.callId,
    callerPersonId: row.callerPersonId,
    callerName: row.callerName,
    callerPhone: row.callerPhone,
    nextStep: row.nextStep as PromiseRecord['nextStep'],
    dueAt: row.dueAt,
    text: row.text,
    language: row.language,
    status: row.status,
    resolution: row.resolution,
    resolvedAt: row.resolvedAt,
    createdAt: row.createdAt,
  }
}

/** The plain-language check of a promise's words with the lexicon as it is in the database now. */
export function promiseChecker(db: Db, language: Language): (text: string) => TextIssue[] {
  const checker = createChecker({ lexicon: listJargon(db) })
  return (text) => checker.check(text, language).issues
}

export interface PromiseOfCall {
  callId: string
  draft: CallDraft
  /** The caller's name as the call list shows it (the person's name, or the name typed). */
  callerName: string
  callerPersonId: string | null
  language: Language
}

/**
 * Writes the promise of a finished call (status open), or updates it when the call already has one.
 * Part of finishing: the caller passes its transaction. The draft must have passed the finish check
 * (a next step, a moment and the words).
 */
export function writePromise(tx: Db | Tx, input: PromiseOfCall, now: Date): void {
  const { promise, caller } = input.draft
  if (promise.nextStep === null || promise.dueAt === null) throw new AppError('invalid-input', 'A promise needs what happens next and when.')
  const values = {
    callId: input.callId,
    callerPersonId: input.callerPersonId,
    callerName: input.callerName,
    callerPhone: caller.phone.trim(),
    nextStep: promise.nextStep,
    dueAt: new Date(promise.dueAt).toISOString(),
    text: promise.text.trim(),
    language: input.language,
  }
  const existing = tx.select({ id: t.promises.id }).from(t.promises).where(eq(t.promises.callId, input.callId)).get()
  if (existing) tx.update(t.promises).set(values).where(eq(t.promises.id, existing.id)).run()
  else tx.insert(t.promises).values({ ...values, status: 'open', createdAt: now.toISOString() }).run()
}

export interface ListPromisesInput {
  status?: PromiseStatus
  limit: number
}

/** Open promises soonest due first; kept and broken ones after them, most recently marked first. */
export function listPromises(db: Db, input: ListPromisesInput): PromiseRecord[] {
  const rows = db
    .select()
    .from(t.promises)
    .where(input.status ? eq(t.promises.status, input.status) : undefined)
    .orderBy(
      sql`CASE WHEN ${t.promises.status} = 'open' THEN 0 ELSE 1 END`,
      sql`CASE WHEN ${t.promises.status} = 'open' THEN ${t.promises.dueAt} END ASC`,
      desc(t.promises.resolvedAt),
      asc(t.promises.createdAt),
    )
    .limit(input.limit)
    .all()
  return rows.map(toRecord)
}

export function getPromise(db: Db, id: string): PromiseRecord {
  const row = db.select().from(t.promises).where(eq(t.promises.id, id)).get()
  if (!row) throw new AppError('not-found', `There is no promise with id ${id}.`)
  return toRecord(row)
}

export interface ResolvePromiseInput {
  id: string
  status: 'kept' | 'broken'
  resolution: string
}

/**
 * Marks an open promise kept or broken, in one action. A broken promise needs what happened (for the
 * caller's next call and for the team lead). A promise already marked is not marked again: what was
 * measured stays as it was measured.
 */
export function resolvePromise(db: Db, input: ResolvePromiseInput, now: Date = new Date()): PromiseRecord {
  const current = getPromise(db, input.id)
  const resolution = input.resolution.trim()
  if (input.status === 'broken' && resolution === '') {
    throw new AppError('invalid-input', 'Say what happened when a promise is broken.', [{ field: 'resolution', message: 'required: say what happened' }])
  }
  if (current.status !== 'open') {
    throw new AppError('conflict', `This promise was already marked ${current.status} on ${current.resolvedAt ?? 'an earlier day'}.`)
  }
  db.update(t.promises)
    .set({ status: input.status, resolution, resolvedAt: now.toISOString() })
    .where(and(eq(t.promises.id, input.id), eq(t.promises.status, 'open')))
    .run()
  return getPromise(db, input.id)
}

/**
 * Counts for the header and a team lead. dueSoon: open and falling due within the reminder time
 * (settings promiseReminderMinutes); overdue: open and past its moment; keptRate: kept out of all marked
 * (null while none is marked).
 */
export function promiseStats(db: Db, now: Date = new Date()): PromiseStats {
  const reminder = db.select({ m: t.settings.promiseReminderMinutes }).from(t.settings).get()?.m ?? 30
  const nowIso = now.toISOString()
  const soonIso = new Date(now.getTime() + reminder * 60_000).toISOString()
  const count = (where: SQL | undefined): number =>
    db.select({ n: sql<number>`count(*)` }).from(t.promises).where(where).get()?.n ?? 0
  const open = eq(t.promises.status, 'open')
  const kept = count(eq(t.promises.status, 'kept'))
  const broken = count(eq(t.promises.status, 'broken'))
  return {
    open: count(open),
    dueSoon: count(and(open, gt(t.promises.dueAt, nowIso), lte(t.promises.dueAt, soonIso))),
    overdue: count(and(open, lte(t.promises.dueAt, nowIso))),
    kept,
    broken,
    keptRate: kept + broken === 0 ? null : kept / (kept + broken),
  }
}
