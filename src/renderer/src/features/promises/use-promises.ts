import { useCallback, useEffect, useState } from 'react'
import type { PromiseRecord, PromiseStats, PromiseStatus } from '../../../../shared/promise/promise'
import { ApiError, call, on } from '../../api'

type Loaded<T> = { status: 'loading' } | { status: 'error'; error: ApiError } | { status: 'done'; value: T }

const asApiError = (e: unknown): ApiError => (e instanceof ApiError ? e : new ApiError({ code: 'internal', message: String(e) }))

/** Loads with `load` now and again whenever a promise is made or marked; `reload` asks again on request. */
function useReloading<T>(load: () => Promise<T>): [Loaded<T>, () => void] {
  const [state, setState] = useState<Loaded<T>>({ status: 'loading' })
  const [attempt, setAttempt] = useState(0)
  useEffect(() => on('promises:changed', () => setAttempt((n) => n + 1)), [])
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

/** Promises with this status (open: soonest due first; kept and broken: the history). */
export function usePromises(status: PromiseStatus): [Loaded<PromiseRecord[]>, () => void] {
  const load = useCallback(() => call('promises:list', { status, limit: 500 }), [status])
  return useReloading(load)
}

/** Counts for the team lead: open, due soon, overdue, kept, broken and the kept rate. */
export function usePromiseStats(): [Loaded<PromiseStats>, () => void] {
  const load = useCallback(() => call('promises:stats', {}), [])
  return useReloading(load)
}
