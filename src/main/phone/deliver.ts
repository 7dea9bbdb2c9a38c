import type { CtiEvent } from '../../shared/call/screen-pop'
import type { EventBus } from '../contract/event-bus'
import type { CtiResult } from './events'

/** The database side of a telephony event: `(event) => handleCtiEvent(db, event)`. */
export type CtiHandle = (event: CtiEvent) => CtiResult

/** A call the phone system announced, for whoever brings the console forward. */
export interface ScreenPop {
  callId: string
  number: string
  personId: string | null
}

export interface CtiDelivery {
  handle: CtiHandle
  events: EventBus
  /** Called after a newCall, once the UI has been told: the Electron app brings its window forward. */
  onPop?: (pop: ScreenPop) => void
}

/**
 * One telephony event, however it arrived (the loopback endpoint, the protocol URL): the call is
 * started or ended in the database, the UI is told, and a newCall brings the console forward.
 */
export function deliverCtiEvent({ handle, events, onPop }: CtiDelivery, event: CtiEvent): CtiResult {
  const result = handle(event)
  if (event.event === 'newCall' && result.callId) {
    // A repeated newCall for a call already announced changes nothing, but the agent should see it again.
    events.emit('calls:changed', { ids: result.changed.length > 0 ? result.changed : [result.callId] })
    const pop: ScreenPop = { callId: result.callId, number: event.number.trim(), personId: result.personId }
    events.emit('phone:screen-pop', pop)
    onPop?.(pop)
  } else if (result.changed.length > 0) {
    events.emit('calls:changed', { ids: result.changed })
  }
  return result
}
