import { useCallback, useEffect, useState } from 'react'
import type { Channel, ChannelInput, ChannelOutput } from '../../../shared/contract'
import type { KnowledgeKind } from '../../../shared/knowledge/forms'
import { ApiError, call, on } from '../api'

export type RequestState<T> =
  | { status: 'loading' }
  | { status: 'error'; error: ApiError }
  | { status: 'done'; value: T }

export interface RequestOptions {
  /** Ask again when the knowledge base changes in any of these kinds (an edit elsewhere, an import). */
  reloadOnChange?: KnowledgeKind[]
}

/** Loads a channel's output for the current input; `reload` asks again. */
export function useRequest<C extends Channel>(channel: C, input: ChannelInput<C>, options: RequestOptions = {}): [RequestState<ChannelOutput<C>>, () => void] {
  const [attempt, setAttempt] = useState(0)
  const json = JSON.stringify(input)
  const key = `${channel} ${json} ${attempt}`
  // The answer remembers which request it belongs to, so a changed input shows "loading" at once;
  // a reload keeps showing the previous answer until the new one is there.
  const [answer, setAnswer] = useState<{ key: string; base: string; state: RequestState<ChannelOutput<C>> } | null>(null)
  const base = `${channel} ${json}`
  useEffect(() => {
    let current = true
    call(channel, JSON.parse(json) as ChannelInput<C>).then(
      (value) => current && setAnswer({ key, base, state: { status: 'done', value } }),
      (error: unknown) =>
        current &&
        setAnswer({ key, base, state: { status: 'error', error: error instanceof ApiError ? error : new ApiError({ code: 'internal', message: String(error) }) } }),
    )
    return () => {
      current = false
    }
  }, [channel, json, key, base])
  const reload = useCallback(() => setAttempt((n) => n + 1), [])

  const kinds = options.reloadOnChange?.join(',') ?? ''
  useEffect(() => {
    if (!kinds) return
    const wanted = kinds.split(',')
    return on('knowledge:changed', (change) => {
      if (change.kinds.some((k) => wanted.includes(k))) reload()
    })
  }, [kinds, reload])

  if (answer?.key === key || answer?.base === base) return [answer.state, reload]
  return [{ status: 'loading' }, reload]
}
