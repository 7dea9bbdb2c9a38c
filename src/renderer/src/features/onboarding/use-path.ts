import { useCallback, useEffect, useState } from 'react'
import type { z } from 'zod'
import type { learningPathSchema } from '../../../../shared/onboarding/records'
import { ApiError, call, on } from '../../api'
import type { RequestState } from '../../components/use-request'

export type LearningPath = z.infer<typeof learningPathSchema>

const asApiError = (e: unknown) => (e instanceof ApiError ? e : new ApiError({ code: 'internal', message: String(e) }))

/**
 * One learner's path. Marking an item answers with the new path, which is shown at once; the team lead's
 * changes load the path again. A knowledge change (a department added elsewhere) can change the path too.
 */
export function usePath(learnerId: string) {
  const [state, setState] = useState<RequestState<LearningPath>>({ status: 'loading' })
  // The page is keyed by learner, so this hook serves one learner for its whole life.
  const load = useCallback(async () => {
    try {
      setState({ status: 'done', value: await call('learning:path', { learnerId }) })
    } catch (e) {
      setState({ status: 'error', error: asApiError(e) })
    }
  }, [learnerId])

  useEffect(() => {
    let current = true
    call('learning:path', { learnerId }).then(
      (value) => current && setState({ status: 'done', value }),
      (e: unknown) => current && setState({ status: 'error', error: asApiError(e) }),
    )
    return () => {
      current = false
    }
  }, [learnerId])
  useEffect(() => on('knowledge:changed', () => void load()), [load])

  const mark = useCallback(
    async (itemId: string, done: boolean) => {
      setState({ status: 'done', value: await call('learning:mark', { learnerId, itemId, done }) })
    },
    [learnerId],
  )

  /** Shows the new order at once, stores it, then reads the path back. */
  const reorder = useCallback(
    async (ids: string[]) => {
      setState((s) => {
        if (s.status !== 'done') return s
        const byId = new Map(s.value.items.map((item) => [item.id, item]))
        return { status: 'done', value: { ...s.value, items: ids.map((id) => byId.get(id)!).filter(Boolean) } }
      })
      try {
        await call('learning:reorder', { ids })
      } finally {
        await load()
      }
    },
    [load],
  )

  return { state, load, mark, reorder }
}

export { asApiError }
