import { useCallback, useEffect, useState } from 'react'
import type { ChannelOutput } from '../../../../shared/contract'
import type { OutboxEntryView, OutboxStatusValue } from '../../../../shared/export/outbox'
import { ApiError, call, on } from '../../api'

export type Loaded<T> = { status: 'loading' } | { status: 'error'; error: ApiError } | { status: 'done'; value: T }

export const asApiError = (e: unknown): ApiError => (e instanceof ApiError ? e : new ApiError({ code: 'internal', message: String(e) }))

/**
 * Loads now, again on `reload`, and again whenever an export changes state (`wanted` filters the events).
 * A reload keeps showing the previous answer until the new one is there, so a live list does not flicker.
 */
function useLive<T>(load: () => Promise<T>, wanted: (callId: string) => boolean): [Loaded<T>, () => void] {
  const [state, setState] = useState<Loaded<T>>({ status: 'loading' })
  const [attempt, setAttempt] = useState(0)
  const reload = useCallback(() => setAttempt((n) => n + 1), [])
  useEffect(() => on('export:changed', (change) => wanted(change.callId) && reload()), [wanted, reload])
  useEffect(() => {
    let current = true
    load().then(
      (value) => current && setState({ status: 'done', value }),
      (error: unknown) => current && setState({ status: 'error', error: asApiError(error) }),
    )
    return () => {
      current = false
    }
  }, [load, attempt])
  return [state, reload]
}

const everyCall = () => true

/** One call's export state per target, live. */
export function useCallExport(callId: string): [Loaded<OutboxEntryView[]>, () => void] {
  const load = useCallback(() => call('export:call', { callId }), [callId])
  const wanted = useCallback((changed: string) => changed === callId, [callId])
  return useLive(load, wanted)
}

/** The outbox (optionally one status) with its counts, live. */
export function useOutbox(status: OutboxStatusValue | null): [Loaded<ChannelOutput<'export:outbox'>>, () => void] {
  const load = useCallback(() => call('export:outbox', status ? { status, limit: 500 } : { limit: 500 }), [status])
  return useLive(load, everyCall)
}

/** The configured targets and how secrets are kept here. */
export function useTargets(): [Loaded<ChannelOutput<'export:targets'>>, () => void] {
  const load = useCallback(() => call('export:targets', {}), [])
  const [state, setState] = useState<Loaded<ChannelOutput<'export:targets'>>>({ status: 'loading' })
  const [attempt, setAttempt] = useState(0)
  useEffect(() => {
    let current = true
    load().then(
      (value) => current && setState({ status: 'done', value }),
      (error: unknown) => current && setState({ status: 'error', error: asApiError(error) }),
    )
    return () => {
      current = false
    }
  }, [load, attempt])
  return [state, useCallback(() => setAttempt((n) => n + 1), [])]
}
