import { and, desc, eq } from 'drizzle-orm'
import type { Db } from '../db/open'
import * as t from '../db/schema'
import type { CallRecord } from '../../shared/call/record'
import { callNoteSchema, type CallNote } from '../../shared/export/call-note'
import { AppError } from '../../shared/result'
import { getCall } from './call-record'
import { getSettings } from './settings'
import type { Tx } from './transfer/record-writer'

/**
 * Gathers what a finished call's note needs into one `CallNote`: the call as finished, the caller's name,
 * e-mail and department name, the application's name, the call's final refusal, its promise, the agent
 * and the organisation's time zone. Every query names the columns it takes: the internal fields about
 * people (person notes, department sensitivities) are never read, so they cannot end up in an export.
 */
export function loadCallNote(db: Db | Tx, callId: string): CallNote {
  const d = db as Db
  const call = getCall(d, callId)
  if (call.status !== 'finished' || !call.finishedAt) {
    throw new AppError('conflict', 'This call is not finished yet; only a finished call can be exported.')
  }
  const { draft } = call
  const kind = draft.outcome.kind
  if (!kind) throw new AppError('conflict', 'This call was finished without an outcome; it cannot be exported.')
  const settings = getSettings(d)

  const person = draft.caller.personId
    ? d.select({ name: t.people.name, email: t.people.email }).from(t.people).where(eq(t.people.id, draft.caller.personId)).get()
    : undefined
  const department = draft.departmentId
    ? d.select({ name: t.departments.name }).from(t.departments).where(eq(t.departments.id, draft.departmentId)).get()
    : undefined
  const application = draft.applicationId
    ? d.select({ name: t.applications.name }).from(t.applications).where(eq(t.applications.id, draft.applicationId)).get()
    : undefined
  const refusal = d
    .select({ spoken: t.refusals.spoken, written: t.refusals.written, ruleText: t.refusals.ruleText, statement: t.rules.statement })
    .from(t.refusals)
    .leftJoin(t.rules, eq(t.rules.id, t.refusals.ruleId))
    .where(and(eq(t.refusals.callId, callId), eq(t.refusals.status, 'final')))
    .orderBy(desc(t.refusals.updatedAt))
    .limit(1)
    .get()
  const promiseRow = d
    .select({ nextStep: t.promises.nextStep, dueAt: t.promises.dueAt, text: t.promises.text, language: t.promises.language })
    .from(t.promises)
    .where(eq(t.promises.callId, callId))
    .orderBy(desc(t.promises.createdAt))
    .limit(1)
    .get()

  const note: CallNote = {
    callId: call.id,
    startedAt: call.startedAt,
    finishedAt: call.finishedAt,
    agent: { name: settings.agent.name },
    caller: {
      name: person?.name ?? draft.caller.name.trim(),
      phone: draft.caller.phone.trim() || call.phoneNumber,
      email: draft.caller.email.trim() || (person?.email ?? ''),
      department: department?.name ?? null,
    },
    category: draft.category,
    intake: {
      what: draft.intake.what,
      since: draft.intake.since,
      tried: draft.intake.tried,
      othersAffected: draft.intake.othersAffected,
      impact: draft.intake.impact,
      urgency: draft.intake.urgency,
    },
    application: application?.name ?? null,
    questions: call.answered.map((q) => ({ question: q.question, kind: q.kind, answer: q.answer, label: q.label ?? null })),
    identityMethod: identityWords(call),
    summary: draft.readBack ? { text: draft.readBack.text, confirmed: draft.readBack.state === 'confirmed', correction: draft.readBack.correction } : null,
    priority: draft.priority
      ? { suggested: draft.priority.suggested, reason: draft.priority.reason, chosen: draft.priority.chosen, overrideReason: draft.priority.overrideReason }
      : null,
    outcome: { kind, resolverGroup: draft.outcome.resolverGroup, notes: draft.outcome.notes },
    refusal: refusal ? { rule: refusal.statement ?? refusal.ruleText, spoken: refusal.spoken, written: refusal.written } : null,
    promise: promiseOf(call, promiseRow),
    language: draft.caller.language ?? promiseRow?.language ?? settings.contentLanguage,
    timeZone: settings.timeZone,
  }
  return callNoteSchema.parse(note)
}

/** How the identity was verified, in the words of the option chosen (the stored method is its value). */
function identityWords(call: CallRecord): string | null {
  if (!call.identityMethod) return null
  const asked = call.answered.find((q) => q.kind === 'identity' && q.answer === call.identityMethod)
  return asked?.label ?? call.identityMethod
}

/** The promise as written when the call was finished; the draft's, for a call finished before promises were kept. */
function promiseOf(call: CallRecord, row: { nextStep: string; dueAt: string; text: string } | undefined): CallNote['promise'] {
  const parsed = callNoteSchema.shape.promise.safeParse(row ? { nextStep: row.nextStep, dueAt: row.dueAt, text: row.text } : null)
  if (row && parsed.success) return parsed.data
  const p = call.draft.promise
  return p.nextStep && p.dueAt && p.text.trim() ? { nextStep: p.nextStep, dueAt: p.dueAt, text: p.text } : null
}
