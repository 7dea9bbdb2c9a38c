import { useEffect } from 'react'
import type { ChannelOutput } from '../../../../shared/contract'
import type { OutboxEntryView, OutboxStatusValue } from '../../../../shared/export/outbox'
import { ApiError, on } from '../../api'
import { useRequest, type RequestState } from '../../components/use-request'

export const asApiError = (e: unknown): ApiError => (e instanceof ApiError ? e : new ApiError({ code: 'internal', message: String(e) }))

/** Asks again whenever an export of the call (or, without one, of any call) changes state. */
function useReloadOnExport(reload: () => void, callId?: string): void {
  useEffect(() => on('export:changed', (change) => (callId === undefined || change.callId === callId) && reload()), [reload, callId])
}

/** One call's export state per target, live. */
export function useCallExport(callId: string): [RequestState<OutboxEntryView[]>, () => void] {
  const [state, reload] = useRequest('export:call', { callId })
  useReloadOnExport(reload, callId)
  return [state, reload]
}

/** The outbox (optionally one status) with its counts, live. */
export function useOutbox(status: OutboxStatusValue | null): [RequestState<ChannelOutput<'export:outbox'>>, () => void] {
  const [state, reload] = useRequest('export:outbox', status ? { status, limit: 500 } : { limit: 500 })
  useReloadOnExport(reload)
  return [state, reload]
}

/** The configured targets and how secrets are kept here. */
export const useTargets = (): [RequestState<ChannelOutput<'export:targets'>>, () => void] => useRequest('export:targets', {})
