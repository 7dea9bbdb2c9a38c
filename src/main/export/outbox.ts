import { and, eq, inArray, ne, sql } from 'drizzle-orm'
import type { Db } from '../db/open'
import * as t from '../db/schema'
import type { Tx } from '../services/transfer/record-writer'
import type { ExportError, RemoteTicket } from './adapter'

export type OutboxStatus = 'queued' | 'sending' | 'sent' | 'failed'

export interface OutboxEntry {
  id: string
  callId: string
  targetId: string
  status: OutboxStatus
  attempts: number
  nextAttemptAt: string
  leaseOwner: string | null
  leaseUntil: string | null
  lastError: string
  remoteId: string | null
  remoteUrl: string | null
  sentAt: string | null
}

export interface Backoff {
  /** The first retry waits up to this long; each further one up to twice as long as the one before. */
  baseMs: number
  /** No wait is longer than this. */
  capMs: number
}

export const defaultBackoff: Backoff = { baseMs: 5_000, capMs: 15 * 60_000 }

const iso = (ms: number) => new Date(ms).toISOString()

type Enqueued = Pick<OutboxEntry, 'id' | 'callId' | 'targetId'>
type EnqueueListener = (entries: Enqueued[]) => void
/** Listeners by database file: a worker hears only about its own database. */
const enqueueListeners = new Map<string, Set<EnqueueListener>>()

function databaseFile(db: Db | Tx): string {
  return db.get<{ file: string } | undefined>(sql`SELECT file FROM pragma_database_list WHERE name = 'main'`)?.file ?? ''
}

function announce(db: Db | Tx, entries: Enqueued[]): void {
  const listeners = enqueueListeners.get(databaseFile(db))
  // After the transaction: better-sqlite3 transactions are synchronous, so this runs once it committed.
  if (listeners && entries.length > 0) setImmediate(() => listeners.forEach((listener) => listener(entries)))
}

/** Called (after the enqueuing transaction) with what was queued: a worker in this process starts at once. */
export function onEnqueued(db: Db, listener: EnqueueListener): () => void {
  const file = databaseFile(db)
  const listeners = enqueueListeners.get(file) ?? new Set()
  enqueueListeners.set(file, listeners.add(listener))
  return () => {
    listeners.delete(listener)
    if (listeners.size === 0) enqueueListeners.delete(file)
  }
}

/**
 * One entry per enabled target for a finished call, inside the caller's transaction (finishing the
 * call), so a finished call is never without its exports. Finishing twice adds nothing.
 */
export function enqueue(tx: Db | Tx, callId: string, now: Date = new Date()): Enqueued[] {
  const targets = tx.select({ id: t.exportTargets.id }).from(t.exportTargets).where(eq(t.exportTargets.enabled, true)).all()
  if (targets.length === 0) return []
  const entries = tx
    .insert(t.outbox)
    .values(targets.map((target) => ({ callId, targetId: target.id, nextAttemptAt: now.toISOString() })))
    .onConflictDoNothing()
    .returning({ id: t.outbox.id, callId: t.outbox.callId, targetId: t.outbox.targetId })
    .all()
  announce(tx, entries)
  return entries
}

/**
 * Batch export: one entry per call for one target, inside the caller's transaction; a call already in
 * the outbox for that target is left as it is (not in the result). Inserted in chunks so a large batch
 * stays under SQLite's limit of bound parameters.
 */
export function enqueueFor(tx: Db | Tx, callIds: readonly string[], targetId: string, now: Date = new Date()): Enqueued[] {
  const entries: Enqueued[] = []
  for (let i = 0; i < callIds.length; i += 500) {
    const values = callIds.slice(i, i + 500).map((callId) => ({ callId, targetId, nextAttemptAt: now.toISOString() }))
    const returning = { id: t.outbox.id, callId: t.outbox.callId, targetId: t.outbox.targetId }
    entries.push(...tx.insert(t.outbox).values(values).onConflictDoNothing().returning(returning).all())
  }
  announce(tx, entries)
  return entries
}

/**
 * The failed entries of these calls for one target go back in the queue (a batch export after the cause
 * was fixed: a target switched off for a while, a secret stored again): a batch sends everything not sent.
 */
export function requeueFailed(tx: Db | Tx, callIds: readonly string[], targetId: string, now: Date = new Date()): Enqueued[] {
  const entries: Enqueued[] = []
  for (let i = 0; i < callIds.length; i += 500) {
    const chunk = callIds.slice(i, i + 500)
    entries.push(
      ...tx
        .update(t.outbox)
        .set({ status: 'queued', nextAttemptAt: now.toISOString(), leaseOwner: null, leaseUntil: null })
        .where(and(eq(t.outbox.targetId, targetId), eq(t.outbox.status, 'failed'), inArray(t.outbox.callId, chunk)))
        .returning({ id: t.outbox.id, callId: t.outbox.callId, targetId: t.outbox.targetId })
        .all(),
    )
  }
  announce(tx, entries)
  return entries
}

interface OutboxRow {
  id: string
  call_id: string
  target_id: string
  status: OutboxStatus
  attempts: number
  next_attempt_at: string
  lease_owner: string | null
  lease_until: string | null
  last_error: string
  remote_id: string | null
  remote_url: string | null
  sent_at: string | null
}

function entryOf(row: OutboxRow): OutboxEntry {
  return {
    id: row.id,
    callId: row.call_id,
    targetId: row.target_id,
    status: row.status,
    attempts: row.attempts,
    nextAttemptAt: row.next_attempt_at,
    leaseOwner: row.lease_owner,
    leaseUntil: row.lease_until,
    lastError: row.last_error,
    remoteId: row.remote_id,
    remoteUrl: row.remote_url,
    sentAt: row.sent_at,
  }
}

/**
 * Takes one due entry for `owner` until `now + leaseMs`, or returns null. One statement under the
 * write lock (BEGIN IMMEDIATE), so two workers, in one process or two, never hold the same entry; an
 * entry whose lease ran out (its worker died) is due again. `attempts` counts claims: an entry claimed
 * before may already exist at the target, and the worker looks for it before creating.
 */
export function claim(db: Db, owner: string, now: Date, leaseMs: number): OutboxEntry | null {
  const at = now.toISOString()
  const until = iso(now.getTime() + leaseMs)
  const row = db.transaction(
    (tx) =>
      tx.get<OutboxRow | undefined>(
        sql`UPDATE outbox SET lease_owner = ${owner}, lease_until = ${until}, status = 'sending', attempts = attempts + 1, updated_at = ${at}
            WHERE id = (SELECT id FROM outbox WHERE status IN ('queued', 'sending') AND next_attempt_at <= ${at}
                        AND (lease_until IS NULL OR lease_until < ${at}) ORDER BY next_attempt_at LIMIT 1)
            RETURNING *`,
      ),
    { behavior: 'immediate' },
  )
  return row ? entryOf(row) : null
}

/** Sent: the remote ticket is recorded and the entry is done, whoever held it last. */
export function complete(db: Db, id: string, remote: RemoteTicket, now: Date = new Date()): void {
  db.update(t.outbox)
    .set({ status: 'sent', remoteId: remote.remoteId, remoteUrl: remote.remoteUrl ?? null, sentAt: now.toISOString(), leaseOwner: null, leaseUntil: null, lastError: '' })
    .where(and(eq(t.outbox.id, id), ne(t.outbox.status, 'sent')))
    .run()
}

/** Exponential backoff with full jitter: a random wait up to base·2^(attempts−1), capped. */
export function backoffDelay(attempts: number, backoff: Backoff, random: () => number = Math.random): number {
  const ceiling = Math.min(backoff.capMs, backoff.baseMs * 2 ** Math.max(0, Math.min(attempts - 1, 30)))
  return Math.floor(random() * ceiling)
}

/**
 * The attempt failed. A retryable error waits its backoff (or longer, when the target said how long);
 * a permanent one stops the entry as failed, with the reason, until someone retries it. Only the
 * lease holder records its failure: a worker that lost its lease leaves the entry to the new holder.
 */
export function fail(db: Db, entry: OutboxEntry, owner: string, error: ExportError, now: Date = new Date(), backoff: Backoff = defaultBackoff): OutboxStatus {
  const lastError = `${error.reason}: ${error.message}`.slice(0, 1000)
  const waitMs = Math.max(backoffDelay(entry.attempts, backoff), (error.retryAfterSeconds ?? 0) * 1000)
  const status: OutboxStatus = error.retryable ? 'queued' : 'failed'
  db.update(t.outbox)
    .set({ status, lastError, leaseOwner: null, leaseUntil: null, nextAttemptAt: iso(now.getTime() + (error.retryable ? waitMs : 0)) })
    .where(and(eq(t.outbox.id, entry.id), eq(t.outbox.leaseOwner, owner), ne(t.outbox.status, 'sent')))
    .run()
  return status
}

/** The agent asks to try a failed (or waiting) entry now. A sent entry stays sent. */
export function retry(db: Db, id: string, now: Date = new Date()): OutboxEntry | null {
  const row = db
    .update(t.outbox)
    .set({ status: 'queued', nextAttemptAt: now.toISOString(), leaseOwner: null, leaseUntil: null })
    .where(and(eq(t.outbox.id, id), ne(t.outbox.status, 'sent'), ne(t.outbox.status, 'sending')))
    .returning()
    .get()
  if (row) announce(db, [{ id: row.id, callId: row.callId, targetId: row.targetId }])
  return row ? { ...row, status: row.status } : null
}

/** Every entry of a call, for showing its export state. */
export function entriesOfCall(db: Db, callId: string): OutboxEntry[] {
  return db.select().from(t.outbox).where(eq(t.outbox.callId, callId)).all()
}
