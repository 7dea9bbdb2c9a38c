import { and, desc, eq, ne, sql, type SQL } from 'drizzle-orm'
import type { Db } from '../db/open'
import * as t from '../db/schema'
import type { CallSummary, OutcomeKind } from '../../shared/call/record'
import { readDraft } from './call-record'

export interface ListCallsInput {
  query: string
  status?: 'draft' | 'finished'
  outcome?: OutcomeKind
  callerPersonId?: string
  excludeId?: string
  limit: number
}

/** Calls newest first; every word of the query must occur in the caller, number, problem or notes. */
export function listCalls(db: Db, input: ListCallsInput, now: Date = new Date()): CallSummary[] {
  const conditions: (SQL | undefined)[] = [
    input.status ? eq(t.calls.status, input.status) : undefined,
    input.outcome ? eq(t.calls.outcome, input.outcome) : undefined,
    input.callerPersonId ? eq(t.calls.callerPersonId, input.callerPersonId) : undefined,
    input.excludeId ? ne(t.calls.id, input.excludeId) : undefined,
    ...(input.query.toLowerCase().match(/[\p{L}\p{N}+@.-]+/gu) ?? []).map((word) => sql`instr(${t.calls.searchText}, ${word}) > 0`),
  ]
  const rows = db
    .select({
      id: t.calls.id,
      status: t.calls.status,
      startedAt: t.calls.startedAt,
      endedAt: t.calls.endedAt,
      heldAt: t.calls.heldAt,
      finishedAt: t.calls.finishedAt,
      phoneNumber: t.calls.phoneNumber,
      callerPersonId: t.calls.callerPersonId,
      callerName: t.calls.callerName,
      departmentName: t.departments.name,
      category: t.calls.category,
      draft: t.calls.draft,
      outcome: t.calls.outcome,
      priority: t.calls.priority,
      callbackAt: t.calls.callbackAt,
      promiseDue: sql<string | null>`(SELECT min(${t.promises.dueAt}) FROM ${t.promises} WHERE ${t.promises.callId} = ${t.calls.id} AND ${t.promises.status} = 'open')`,
      promises: sql<number>`(SELECT count(*) FROM ${t.promises} WHERE ${t.promises.callId} = ${t.calls.id})`,
    })
    .from(t.calls)
    .leftJoin(t.departments, eq(t.departments.id, t.calls.departmentId))
    .where(and(...conditions))
    .orderBy(desc(t.calls.startedAt))
    .limit(input.limit)
    .all()
  // The open promise of a call is what is still to come; a call finished before promises were kept
  // has only its callback time.
  return rows.map(({ draft, callbackAt, promiseDue, promises, ...row }) => {
    const due = promises > 0 ? promiseDue : callbackAt
    return {
      ...row,
      what: readDraft(draft).intake.what,
      openCallbackAt: row.status === 'finished' && due && Date.parse(due) > now.getTime() ? due : null,
    }
  })
}
