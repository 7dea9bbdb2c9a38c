import type { Db } from '../../../src/main/db/open'
import { finishCall, startCall } from '../../../src/main/services/calls'

export interface FinishedCallDetails {
  /** The caller's name; Dutch names with diacritics by default, as the console's users have them. */
  name?: string
  email?: string
  /** What the caller asked (the intake). */
  what?: string
  /** The outcome's notes; the call ends as resolved. */
  notes?: string
}

/**
 * A call taken by hand at `at` and finished then as resolved, through the real call service (so finishing queues it
 * for every enabled export target in the same transaction). Returns the call's id.
 */
export function finishedCall(db: Db, details: FinishedCallDetails = {}, at: Date = new Date()): string {
  const { call } = startCall(db, { source: 'manual' }, at)
  const draft = {
    ...call.draft,
    caller: { ...call.draft.caller, name: details.name ?? 'Ëlsa van IJzendoorn', ...(details.email ? { email: details.email } : {}) },
    intake: { ...call.draft.intake, what: details.what ?? 'Printer drukt niet af' },
    outcome: { ...call.draft.outcome, kind: 'resolved' as const, notes: details.notes ?? 'Doorgezet.' },
  }
  finishCall(db, call.id, draft, at)
  return call.id
}
