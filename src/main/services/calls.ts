import { and, eq, isNull, ne } from 'drizzle-orm'
import type { Db } from '../db/open'
import * as t from '../db/schema'
import { answeredQuestions, identityMethod } from '../../shared/call/flow-engine'
import { finishProblems, needsPromise, withPromiseApplied } from '../../shared/call/finish'
import { callDraftSchema, type CallDraft, type CallRecord } from '../../shared/call/record'
import { AppError } from '../../shared/result'
import { enqueue as enqueueExport } from '../export/outbox'
import { getCall, iso, rowOf, type CallRow } from './call-record'
import { defaultCountry, personByNumber } from './caller-lookup'
import { getFlow } from './flows'
import { promiseChecker, writePromise } from './promises'

/**
 * A call's life: started (by the agent or the phone system), saved as it is typed, held and taken
 * back, hung up, finished or discarded. Reading calls is in call-record.ts, the history list in
 * call-history.ts, who a number belongs to in caller-lookup.ts, telephony events in ../phone/events.ts.
 */

export interface StartCallInput {
  source: 'manual' | 'phone'
  number?: string
  ctiCallId?: string
}

/** Puts every other open call that is not on hold on hold: one conversation at a time. */
function holdOthers(db: Db, keep: string, now: Date): string[] {
  const others = db
    .select({ id: t.calls.id })
    .from(t.calls)
    .where(and(eq(t.calls.status, 'draft'), isNull(t.calls.heldAt), ne(t.calls.id, keep)))
    .all()
    .map((r) => r.id)
  if (others.length > 0) {
    db.update(t.calls)
      .set({ heldAt: iso(now) })
      .where(and(eq(t.calls.status, 'draft'), isNull(t.calls.heldAt), ne(t.calls.id, keep)))
      .run()
  }
  return others
}

export interface Started {
  call: CallRecord
  /** Calls put on hold to make room for this one. */
  held: string[]
  personId: string | null
}

/** Starts a call, with the caller looked up when a number is given. Other open calls go on hold. */
export function startCall(db: Db, input: StartCallInput, now: Date = new Date()): Started {
  const number = (input.number ?? '').trim()
  const person = number ? personByNumber(db, number, defaultCountry(db)) : null
  const draft = callDraftSchema.parse({
    caller: { personId: person?.id ?? null, phone: number, language: person?.preferredLanguage ?? null },
    departmentId: person?.departmentId ?? null,
  })
  const id = crypto.randomUUID()
  let held: string[] = []
  const columns = columnsOf(db, draft)
  // Immediate: take the write lock first (waiting for another writer, such as a second console on the
  // same database) rather than read inside the transaction and be refused when upgrading to write.
  db.transaction(
    (tx) => {
      tx.insert(t.calls)
        .values({ id, source: input.source, phoneNumber: number, ctiCallId: input.ctiCallId ?? null, startedAt: iso(now), draft, ...columns })
        .run()
      held = holdOthers(tx as unknown as Db, id, now)
    },
    { behavior: 'immediate' },
  )
  return { call: getCall(db, id), held, personId: person?.id ?? null }
}

/** The copies of draft fields kept in columns for listing and searching. */
function columnsOf(db: Db, draft: CallDraft) {
  const person = draft.caller.personId
    ? db.select({ name: t.people.name }).from(t.people).where(eq(t.people.id, draft.caller.personId)).get()
    : undefined
  const callerName = person?.name ?? draft.caller.name.trim()
  const outcome = draft.outcome
  return {
    callerPersonId: person ? draft.caller.personId : null,
    callerName,
    departmentId: draft.departmentId,
    category: draft.category,
    outcome: outcome.kind,
    priority: draft.priority?.chosen ?? null,
    callbackAt: outcome.kind === 'callback' ? outcome.callbackAt : null,
    notes: outcome.notes,
    searchText: [callerName, draft.caller.phone, draft.caller.email, draft.intake.what, draft.intake.tried, outcome.notes, outcome.resolverGroup, draft.promise.text]
      .join(' ')
      .toLowerCase(),
  }
}

const FINISHED = 'This call is already finished; a finished call is not changed any more.'

function assertDraft(row: CallRow): void {
  if (row.status !== 'draft') throw new AppError('conflict', FINISHED)
}

/** Only a draft is written: a call finished meanwhile (in another window, say) is never overwritten. */
const isDraft = (id: string) => and(eq(t.calls.id, id), eq(t.calls.status, 'draft'))

function assertWritten(result: { changes: number }): void {
  if (result.changes !== 1) throw new AppError('conflict', FINISHED)
}

/** Autosave: stores the draft as typed. A person or department deleted meanwhile is dropped, not refused. */
export function saveDraft(db: Db, id: string, draft: CallDraft): { id: string; updatedAt: string } {
  const row = rowOf(db, id)
  assertDraft(row)
  const safe = withExistingReferences(db, draft)
  assertWritten(db.update(t.calls).set({ draft: safe, ...columnsOf(db, safe) }).where(isDraft(id)).run())
  return { id, updatedAt: rowOf(db, id).updatedAt }
}

function exists(db: Db, table: typeof t.people | typeof t.departments | typeof t.applications, id: string | null): boolean {
  return id !== null && db.select({ id: table.id }).from(table).where(eq(table.id, id)).get() !== undefined
}

function withExistingReferences(db: Db, draft: CallDraft): CallDraft {
  return {
    ...draft,
    caller: { ...draft.caller, personId: exists(db, t.people, draft.caller.personId) ? draft.caller.personId : null },
    departmentId: exists(db, t.departments, draft.departmentId) ? draft.departmentId : null,
    applicationId: exists(db, t.applications, draft.applicationId) ? draft.applicationId : null,
  }
}

/**
 * Finishes a call: checks what its outcome needs (every missing part named, as a field of `draft`),
 * keeps the guided questions as asked with their answers and the identity check used, stops the timer.
 * A call handed over or to be called back carries a promise to the caller: its words are checked with the
 * plain-language checker in the caller's language, and it is written as an open promise in the same
 * transaction as the finished call (for a callback, the callback time is the promised moment).
 */
export function finishCall(db: Db, id: string, input: CallDraft, now: Date = new Date()): CallRecord {
  const row = rowOf(db, id)
  assertDraft(row)
  const draft = withPromiseApplied(withExistingReferences(db, input))
  const language = draft.caller.language ?? db.select({ l: t.settings.contentLanguage }).from(t.settings).get()?.l ?? 'nl'
  const problems = finishProblems(draft, now, { check: promiseChecker(db, language) })
  if (problems.length > 0) {
    // Save what was typed anyway: a refused finish never loses anything.
    assertWritten(db.update(t.calls).set({ draft, ...columnsOf(db, draft) }).where(isDraft(id)).run())
    throw new AppError(
      'invalid-input',
      `The call cannot be finished yet: ${problems.map((p) => `${p.field} (${p.code})`).join(', ')}.`,
      problems.map((p) => ({ field: `draft.${p.field}`, message: p.code })),
    )
  }
  const flow = draft.category ? getFlow(db, draft.category) : undefined
  const relevant = flow ? answeredQuestions(flow, draft.answers) : []
  const columns = columnsOf(db, draft)
  db.transaction(
    (tx) => {
      const finished = tx
        .update(t.calls)
        .set({
          status: 'finished',
          draft,
          ...columns,
          answered: relevant,
          identityMethod: flow ? (identityMethod(flow, draft.answers) ?? null) : null,
          finishedAt: iso(now),
          endedAt: row.endedAt ?? iso(now),
          heldAt: null,
        })
        .where(isDraft(id))
        .run()
      // Finished meanwhile by another window or process: theirs stands, nothing here is written.
      assertWritten(finished)
      if (needsPromise(draft.outcome.kind)) {
        writePromise(tx, { callId: id, draft, callerName: columns.callerName, callerPersonId: columns.callerPersonId, language }, now)
      }
      // One outbox entry per enabled export target, committed with the finished call or not at all.
      enqueueExport(tx, id, now)
    },
    { behavior: 'immediate' },
  )
  return getCall(db, id)
}

/** On hold, or back from hold (then the other open calls go on hold). Returns the ids that changed. */
export function holdCall(db: Db, id: string, on: boolean, now: Date = new Date()): { call: CallRecord; changed: string[] } {
  const row = rowOf(db, id)
  assertDraft(row)
  let changed = [id]
  db.transaction(
    (tx) => {
      tx.update(t.calls).set({ heldAt: on ? iso(now) : null }).where(eq(t.calls.id, id)).run()
      if (!on) changed = [id, ...holdOthers(tx as unknown as Db, id, now)]
    },
    { behavior: 'immediate' },
  )
  return { call: getCall(db, id), changed }
}

/** The conversation ended: the timer stops. Idempotent: a second hang-up keeps the first time. */
export function hangUp(db: Db, id: string, now: Date = new Date()): CallRecord {
  const row = rowOf(db, id)
  if (!row.endedAt) db.update(t.calls).set({ endedAt: iso(now) }).where(eq(t.calls.id, id)).run()
  return getCall(db, id)
}

export function discardCall(db: Db, id: string): void {
  const row = rowOf(db, id)
  if (row.status !== 'draft') throw new AppError('conflict', 'A finished call is part of the history and cannot be discarded.')
  db.delete(t.calls).where(eq(t.calls.id, id)).run()
}
