import { useEffect, useRef, useState } from 'react'
import type { CallSummary } from '../../../../shared/call/record'
import type { ChannelInput } from '../../../../shared/contract'
import { ApiError, call, on } from '../../api'

export type CallsState = { status: 'loading' } | { status: 'error'; error: ApiError } | { status: 'done'; calls: CallSummary[] }

/**
 * The calls matching `input`, asked again whenever calls change (started, saved, held, finished, in this
 * window or another). Only the newest answer is shown: a slow answer to an older question is dropped.
 */
export function useCalls(input: ChannelInput<'calls:list'>, reload = 0): CallsState {
  const [state, setState] = useState<CallsState>({ status: 'loading' })
  const [changes, setChanges] = useState(0)
  const asked = useRef(0)
  const json = JSON.stringify(input)

  useEffect(() => on('calls:changed', () => setChanges((n) => n + 1)), [])

  useEffect(() => {
    const ticket = ++asked.current
    call('calls:list', JSON.parse(json) as ChannelInput<'calls:list'>).then(
      (calls) => ticket === asked.current && setState({ status: 'done', calls }),
      (error: unknown) =>
        ticket === asked.current &&
        setState({ status: 'error', error: error instanceof ApiError ? error : new ApiError({ code: 'internal', message: String(error) }) }),
    )
  }, [json, changes, reload])

  return state
}

/** Every unfinished call, newest first: the open-calls bar and the resume prompt. */
export function useOpenCalls(): CallSummary[] {
  const state = useCalls({ status: 'draft', limit: 50 })
  return state.status === 'done' ? state.calls : []
}

/** The current time, ticking every `ms` while `active`: running call timers. */
export function useNow(ms: number, active = true): number {
  const [now, setNow] = useState(() => Date.now())
  useEffect(() => {
    if (!active) return
    const timer = window.setInterval(() => setNow(Date.now()), ms)
    return () => window.clearInterval(timer)
  }, [ms, active])
  return now
}
