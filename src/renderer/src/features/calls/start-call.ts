import { notifications } from '@mantine/notifications'
import { spotlight } from '@mantine/spotlight'
import type { TFunction } from 'i18next'
import { useCallback, useEffect, useRef } from 'react'
import { useTranslation } from 'react-i18next'
import { useNavigate } from 'react-router'
import { ApiError, call } from '../../api'

/** Where a call is shown. */
export const callPath = (id: string): string => `/calls/${id}`

/** A notification for a request that failed, in the UI language. */
export function showFailure(title: string, error: unknown, t: TFunction): void {
  const code = error instanceof ApiError ? error.data.code : 'internal'
  notifications.show({ color: 'red', title, message: t(`errors.${code}`, { details: error instanceof Error ? error.message : '' }), autoClose: 8000 })
}

/** Starts a new call and shows it; the main side puts the other open calls on hold. One at a time. */
export function useStartCall(): () => void {
  const { t } = useTranslation()
  const navigate = useNavigate()
  const busy = useRef(false)
  return useCallback(() => {
    if (busy.current) return
    busy.current = true
    // The call takes the screen: a search left open would cover it.
    spotlight.close()
    call('calls:start', {})
      .then(
        (started) => void navigate(callPath(started.id)),
        (error: unknown) => showFailure(t('calls.startFailed'), error, t),
      )
      .finally(() => (busy.current = false))
  }, [navigate, t])
}

/** Ctrl+N (Cmd+N on a Mac) anywhere in the console, also while typing in a field, starts a call. */
export function useNewCallKey(start: () => void): void {
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (!(event.ctrlKey || event.metaKey) || event.altKey || event.shiftKey || event.repeat) return
      if (event.key.toLowerCase() !== 'n' && event.code !== 'KeyN') return
      // Before the field or the browser sees it: the browser would open a new window.
      event.preventDefault()
      event.stopPropagation()
      start()
    }
    window.addEventListener('keydown', onKey, { capture: true })
    return () => window.removeEventListener('keydown', onKey, { capture: true })
  }, [start])
}
