import { channelNames, type Bridge, type Channel, type ChannelInput, type ChannelOutput, type EventName, type EventPayload } from '../../shared/contract'
import type { AppErrorData, Result } from '../../shared/result'

declare global {
  interface Window {
    api?: Bridge
  }
}

/** A request that ended in `{ ok: false }`; carries the code and field issues for the UI to explain. */
export class ApiError extends Error {
  readonly data: AppErrorData
  constructor(data: AppErrorData) {
    super(data.message)
    this.name = 'ApiError'
    this.data = data
  }
}

const unreachable: AppErrorData = { code: 'unavailable', message: 'The console host does not answer. Is it still running?' }

/** Transport for the browser host: POST /api/<channel> and a server-sent event stream, with the launch token. */
function browserBridge(): Bridge {
  const params = new URLSearchParams(window.location.search)
  const token = params.get('token') ?? sessionStorage.getItem('sdc-token') ?? ''
  sessionStorage.setItem('sdc-token', token)
  // Keep the token out of the address bar and the history once it is stored for this tab.
  if (params.has('token')) {
    params.delete('token')
    const query = params.toString()
    window.history.replaceState(null, '', `${window.location.pathname}${query ? `?${query}` : ''}${window.location.hash}`)
  }
  let source: EventSource | null = null

  const invoke = async (channel: Channel, input: unknown): Promise<Result<unknown>> => {
    try {
      const response = await fetch(`/api/${channel}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
        body: JSON.stringify(input ?? {}),
      })
      return (await response.json()) as Result<unknown>
    } catch {
      return { ok: false, error: unreachable }
    }
  }
  const bridge: Record<string, unknown> = { on }
  for (const channel of channelNames) bridge[channel] = (input: unknown) => invoke(channel, input)
  function on(event: EventName, handler: (payload: unknown) => void): () => void {
    source ??= new EventSource(`/api/events?token=${encodeURIComponent(token)}`)
    const listener = (message: MessageEvent<string>) => handler(JSON.parse(message.data))
    source.addEventListener(event, listener)
    return () => source?.removeEventListener(event, listener)
  }
  return bridge as Bridge
}

let bridge: Bridge | null = null
function currentBridge(): Bridge {
  bridge ??= window.api ?? browserBridge()
  return bridge
}

/** Calls a contract channel; resolves with its output or rejects with an ApiError. */
export async function call<C extends Channel>(channel: C, input: ChannelInput<C>): Promise<ChannelOutput<C>> {
  const send = currentBridge()[channel] as (input: ChannelInput<C>) => Promise<Result<ChannelOutput<C>>>
  const result = await send(input)
  if (!result.ok) throw new ApiError(result.error)
  return result.value
}

/** Subscribes to an event pushed by the main side; returns the unsubscribe function. */
export function on<E extends EventName>(event: E, handler: (payload: EventPayload<E>) => void): () => void {
  return currentBridge().on(event, handler)
}
