import { and, desc, eq, isNull } from 'drizzle-orm'
import type { Db } from '../db/open'
import * as t from '../db/schema'
import type { CtiEvent } from '../../shared/call/screen-pop'
import { hangUp, startCall } from '../services/calls'

export interface CtiResult {
  /** The call the event was about; null when no call matched (an answer or hang-up for an unknown id). */
  callId: string | null
  personId: string | null
  changed: string[]
  /** True for newCall: the UI should bring the call forward. */
  popped: boolean
}

/**
 * A telephony event. newCall starts a call (or, when the phone system repeats a newCall for a call id
 * it already announced, returns that call); hangup stops the timer of the matching call: by call id,
 * else the newest open call from that number.
 */
export function handleCtiEvent(db: Db, event: CtiEvent, now: Date = new Date()): CtiResult {
  // Only an open call: phone systems reuse their call ids (after a restart, say), and a finished call
  // from last week must not pop up again for a new caller.
  const byCtiId = event.callId
    ? db
        .select()
        .from(t.calls)
        .where(and(eq(t.calls.ctiCallId, event.callId), eq(t.calls.status, 'draft')))
        .orderBy(desc(t.calls.startedAt))
        .get()
    : undefined
  if (event.event === 'newCall') {
    if (byCtiId) return { callId: byCtiId.id, personId: byCtiId.callerPersonId, changed: [], popped: true }
    const started = startCall(db, { source: 'phone', number: event.number, ...(event.callId ? { ctiCallId: event.callId } : {}) }, now)
    return { callId: started.call.id, personId: started.personId, changed: [started.call.id, ...started.held], popped: true }
  }
  const target =
    byCtiId ??
    (event.number
      ? db
          .select()
          .from(t.calls)
          .where(and(eq(t.calls.phoneNumber, event.number.trim()), eq(t.calls.status, 'draft'), isNull(t.calls.endedAt)))
          .orderBy(desc(t.calls.startedAt))
          .get()
      : undefined)
  if (!target) return { callId: null, personId: null, changed: [], popped: false }
  if (event.event === 'hangup') hangUp(db, target.id, now)
  return { callId: target.id, personId: target.callerPersonId, changed: event.event === 'hangup' ? [target.id] : [], popped: false }
}
