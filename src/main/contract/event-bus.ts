import { events, type EventName, type EventPayload } from '../../shared/contract'

export type EventListener = (event: EventName, payload: unknown) => void

/** Services emit events here; each binding (Electron windows, browser-host streams) subscribes once. */
export class EventBus {
  private readonly listeners = new Set<EventListener>()

  emit<E extends EventName>(event: E, payload: EventPayload<E>): void {
    // Validate before anything leaves: an event that breaks its schema is a bug on this side.
    const data: unknown = events[event].parse(payload)
    for (const listener of this.listeners) listener(event, data)
  }

  subscribe(listener: EventListener): () => void {
    this.listeners.add(listener)
    return () => this.listeners.delete(listener)
  }
}
