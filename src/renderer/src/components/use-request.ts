import { useCallback, useEffect, useState } from 'react'
import type { Channel, ChannelInput, ChannelOutput } from '../../../shared/contract'
import { ApiError, call } from '../api'

export type RequestState<T> =
  | { status: 'loading' }
  | { status: 'error'; error: ApiError }
  | { status: 'done'; value: T }

/** Loads a channel's output for the current input; `reload` asks again (after an event, say). */
export function useRequest<C extends Channel>(channel: C, input: ChannelInput<C>): [RequestState<ChannelOutput<C>>, () => void] {
  const [attempt, setAttempt] = useState(0)
  const json = JSON.stringify(input)
  const key = `${channel} ${json} ${attempt}`
  // The answer remembers which request it belongs to, so a changed input shows "loading" at once.
  const [answer, setAnswer] = useState<{ key: string; state: RequestState<ChannelOutput<C>> } | null>(null)
  useEffect(() => {
    let current = true
    call(channel, JSON.parse(json) as ChannelInput<C>).then(
      (value) => current && setAnswer({ key, state: { status: 'done', value } }),
      (error: unknown) =>
        current &&
        setAnswer({ key, state: { status: 'error', error: error instanceof ApiError ? error : new ApiError({ code: 'internal', message: String(error) }) } }),
    )
    return () => {
      current = false
    }
  }, [channel, json, key])
  const reload = useCallback(() => setAttempt((n) => n + 1), [])
  return [answer?.key === key ? answer.state : { status: 'loading' }, reload]
}
