import { and, asc, eq, gte, inArray, isNotNull, lt, sql, type SQL } from 'drizzle-orm'
import type { EventBus } from '../contract/event-bus'
import type { Db } from '../db/open'
import * as t from '../db/schema'
import { enqueueFor, requeueFailed, retry } from '../export/outbox'
import { adapters as allAdapters } from '../export/adapters'
import type { ExportAdapter } from '../export/adapter'
import { addDays, compareDates, localDateOf } from '../../shared/calendar/local-date'
import type { CallNote } from '../../shared/export/call-note'
import { toCsv } from '../../shared/export/csv'
import { toEml } from '../../shared/export/eml'
import { toJson } from '../../shared/export/json'
import { toMarkdown } from '../../shared/export/markdown'
import type { ExportBatchInput, ExportBatchResult, OutboxCounts, OutboxEntryView, OutboxListInput, OutboxStatusValue } from '../../shared/export/outbox'
import { toPlainText } from '../../shared/export/plain-text'
import { shortCallId } from '../../shared/export/subject'
import type { fileFormats, TargetKind } from '../../shared/export/targets'
import { AppError } from '../../shared/result'
import { loadCallNote } from './export-note'
import { getSettings } from './settings'

export type RenderFormat = (typeof fileFormats)[number]

export interface ExportOutboxDeps {
  db: Db
  events: Pick<EventBus, 'emit'>
  adapters?: Partial<Record<TargetKind, ExportAdapter>>
}

/** Batches kept for progress; older ones are forgotten (their entries stay in the outbox). */
const MAX_BATCHES = 100

const entryColumns = {
  id: t.outbox.id,
  callId: t.outbox.callId,
  callerName: t.calls.callerName,
  finishedAt: t.calls.finishedAt,
  targetId: t.outbox.targetId,
  targetName: t.exportTargets.name,
  targetKind: t.exportTargets.kind,
  status: t.outbox.status,
  attempts: t.outbox.attempts,
  nextAttemptAt: t.outbox.nextAttemptAt,
  lastError: t.outbox.lastError,
  remoteId: t.outbox.remoteId,
  remoteUrl: t.outbox.remoteUrl,
  sentAt: t.outbox.sentAt,
}

function entries(db: Db, where: SQL | undefined, order: SQL[], limit?: number): OutboxEntryView[] {
  const query = db
    .select(entryColumns)
    .from(t.outbox)
    .innerJoin(t.exportTargets, eq(t.exportTargets.id, t.outbox.targetId))
    .innerJoin(t.calls, eq(t.calls.id, t.outbox.callId))
    .where(where)
    .orderBy(...order)
  return (limit ? query.limit(limit) : query).all().map((row) => ({ ...row, targetKind: row.targetKind as TargetKind }))
}

function countsOf(rows: { status: OutboxStatusValue; n: number }[]): OutboxCounts {
  const counts: OutboxCounts = { queued: 0, sending: 0, sent: 0, failed: 0 }
  for (const row of rows) counts[row.status] += row.n
  return counts
}

/**
 * The outbox as agents and the team lead see it: a call's exports, the list with counts, retrying a
 * failed entry, batch export with its progress, and a finished call's note in a format of choice.
 */
export function createExportOutbox({ db, events, adapters = allAdapters }: ExportOutboxDeps) {
  const batches = new Map<string, string[]>()
  const queued = (list: { callId: string; targetId: string }[]) => {
    for (const entry of list) events.emit('export:changed', { callId: entry.callId, targetId: entry.targetId, status: 'queued' })
  }

  return {
    /** A call's export state per target, by target name. */
    ofCall(callId: string): OutboxEntryView[] {
      return entries(db, eq(t.outbox.callId, callId), [asc(t.exportTargets.name)])
    },

    /** Try a failed or waiting entry now. */
    retry(id: string, now: Date = new Date()): OutboxEntryView {
      const entry = entries(db, eq(t.outbox.id, id), [])[0]
      if (!entry) throw new AppError('not-found', 'This export no longer exists; its target may have been deleted.')
      if (entry.status === 'sent') {
        const ticket = entry.remoteId ? ` as ticket ${entry.remoteId}` : ''
        throw new AppError('conflict', `This call was already sent to ${entry.targetName}${ticket}; it is not sent twice.`)
      }
      const target = db.select({ on: t.exportTargets.enabled }).from(t.exportTargets).where(eq(t.exportTargets.id, entry.targetId)).get()
      // It would only fail again at once: say what to do instead.
      if (!target?.on) throw new AppError('conflict', `The export target "${entry.targetName}" is switched off; switch it on in settings first.`)
      const busy = `This call is being sent to ${entry.targetName} right now; wait a moment.`
      if (entry.status === 'sending') throw new AppError('conflict', busy)
      // retry() refuses a row that became sent or sending in the meantime.
      if (!retry(db, id, now)) throw new AppError('conflict', busy)
      queued([entry])
      return entries(db, eq(t.outbox.id, id), [])[0]!
    },

    /** Entries (failed first, then the newest) and the counts per status (for the chosen target, all statuses). */
    list(input: OutboxListInput): { entries: OutboxEntryView[]; counts: OutboxCounts } {
      const byTarget = input.targetId ? eq(t.outbox.targetId, input.targetId) : undefined
      const list = entries(
        db,
        and(byTarget, input.status ? eq(t.outbox.status, input.status) : undefined),
        [sql`CASE WHEN ${t.outbox.status} = 'failed' THEN 0 ELSE 1 END`, sql`${t.outbox.createdAt} DESC`, asc(t.outbox.id)],
        input.limit,
      )
      return { entries: list, counts: countsOf(statusCounts(db, byTarget)) }
    },

    /** Finished calls (by day in the organisation's time zone, or chosen ones) to one target through the outbox. */
    batch(input: ExportBatchInput, now: Date = new Date()): ExportBatchResult {
      const target = db.select().from(t.exportTargets).where(eq(t.exportTargets.id, input.targetId)).get()
      if (!target) throw new AppError('not-found', 'This export target no longer exists; it may have been deleted in the meantime.')
      if (!target.enabled) {
        const message = `The export target "${target.name}" is switched off; switch it on in settings before exporting to it.`
        throw new AppError('conflict', message, [{ field: 'targetId', message: 'is switched off' }])
      }
      if (!adapters[target.kind as TargetKind]) {
        throw new AppError('invalid-input', `This version of the console cannot send to a target of kind "${target.kind}".`, [
          { field: 'targetId', message: `kind "${target.kind}" is not supported here` },
        ])
      }
      if (input.from && input.to && compareDates(input.from, input.to) > 0) {
        throw new AppError('invalid-input', `The period ends (${input.to}) before it starts (${input.from}).`, [
          { field: 'to', message: 'is before the start of the period' },
        ])
      }
      const batchId = crypto.randomUUID()
      // One transaction, choosing included: a call finished meanwhile is either in this batch or not, never half.
      // (better-sqlite3 runs every statement of this connection inside it, the reads through `db` too.)
      const result = db.transaction((tx) => {
        const callIds = finishedCalls(db, input)
        // New entries, and the failed ones of these calls again: what is waiting or sent is left alone.
        const added = [...enqueueFor(tx, callIds, target.id, now), ...requeueFailed(tx, callIds, target.id, now)]
        return { added, alreadyThere: callIds.length - added.length }
      })
      batches.set(batchId, result.added.map((entry) => entry.id))
      if (batches.size > MAX_BATCHES) batches.delete(batches.keys().next().value!)
      queued(result.added)
      return { batchId, queued: result.added.length, alreadyThere: result.alreadyThere }
    },

    /** How many of a batch's entries are sent, failed or still on their way (entries of a deleted target no longer count). */
    batchProgress(batchId: string): OutboxCounts & { total: number } {
      const ids = batches.get(batchId)
      if (!ids) throw new AppError('not-found', 'This batch export is not known (the console was restarted since); its calls are in the outbox.')
      const rows: { status: OutboxStatusValue; n: number }[] = []
      for (let i = 0; i < ids.length; i += 500) rows.push(...statusCounts(db, inArray(t.outbox.id, ids.slice(i, i + 500))))
      const counts = countsOf(rows)
      return { ...counts, total: counts.queued + counts.sending + counts.sent + counts.failed }
    },

    /** A finished call's note as a file: `<date>-<short id>.<ext>`, the name the file target gives it. */
    async render(callId: string, format: RenderFormat): Promise<{ fileName: string; content: string }> {
      const note = loadCallNote(db, callId)
      const fileName = `${note.finishedAt.slice(0, 10)}-${shortCallId(note.callId)}.${format}`
      return { fileName, content: await renderNote(db, note, format) }
    },
  }
}

export type ExportOutbox = ReturnType<typeof createExportOutbox>

function statusCounts(db: Db, where: SQL | undefined): { status: OutboxStatusValue; n: number }[] {
  return db.select({ status: t.outbox.status, n: sql<number>`count(*)` }).from(t.outbox).where(where).groupBy(t.outbox.status).all()
}

async function renderNote(db: Db, note: CallNote, format: RenderFormat): Promise<string> {
  switch (format) {
    case 'txt':
      return toPlainText(note)
    case 'md':
      return toMarkdown(note)
    case 'json':
      return toJson(note)
    case 'csv':
      return toCsv([note])
    case 'eml':
      return toEml(note, emlAddresses(db))
  }
}

/**
 * The e-mail's addresses: those of the first e-mail target, so the file can go to the same intake; without
 * one, a sender in the reserved `.invalid` domain and no recipient, for the agent to fill in when forwarding.
 */
function emlAddresses(db: Db): { from: string; to: string } {
  const target = db
    .select({ config: t.exportTargets.config })
    .from(t.exportTargets)
    .where(eq(t.exportTargets.kind, 'email'))
    .orderBy(sql`${t.exportTargets.enabled} DESC`, asc(t.exportTargets.name))
    .get()
  const text = (value: unknown) => (typeof value === 'string' ? value.trim() : '')
  return { from: text(target?.config.from) || 'servicedesk@servicedesk-console.invalid', to: text(target?.config.to) }
}

/**
 * The finished calls a batch covers: the chosen ones (each must be a finished call) and/or those finished
 * within [from, to] — both days included, as days on the organisation's wall clock.
 */
function finishedCalls(db: Db, input: ExportBatchInput): string[] {
  const finished = and(eq(t.calls.status, 'finished'), isNotNull(t.calls.finishedAt))
  // A day in any time zone lies within a day either side of the same UTC date: narrow in SQL, decide below.
  const bounds = and(
    input.from ? gte(t.calls.finishedAt, `${addDays(input.from, -1)}T00:00:00`) : undefined,
    input.to ? lt(t.calls.finishedAt, `${addDays(input.to, 2)}T00:00:00`) : undefined,
  )
  const select = (where: SQL | undefined) =>
    db.select({ id: t.calls.id, finishedAt: t.calls.finishedAt }).from(t.calls).where(where).orderBy(asc(t.calls.finishedAt)).all()
  let rows: { id: string; finishedAt: string | null }[]
  if (input.callIds) {
    const wanted = [...new Set(input.callIds)]
    rows = []
    for (let i = 0; i < wanted.length; i += 500) rows.push(...select(and(finished, inArray(t.calls.id, wanted.slice(i, i + 500)))))
    const found = new Set(rows.map((row) => row.id))
    const missing = input.callIds.flatMap((id, index) => (found.has(id) ? [] : [index]))
    if (missing.length > 0) {
      const are = missing.length === 1 ? 'is' : 'are'
      throw new AppError(
        'invalid-input',
        `${missing.length} of the chosen calls ${are} not finished (or no longer exist); only finished calls can be exported.`,
        missing.slice(0, 20).map((index) => ({ field: `callIds.${index}`, message: 'is not a finished call' })),
      )
    }
  } else {
    rows = select(and(finished, bounds))
  }
  if (!input.from && !input.to) return rows.map((row) => row.id)
  const timeZone = getSettings(db).timeZone
  return rows
    .filter((row) => {
      const day = localDateOf(new Date(row.finishedAt!), timeZone)
      return (!input.from || day >= input.from) && (!input.to || day <= input.to)
    })
    .map((row) => row.id)
}
