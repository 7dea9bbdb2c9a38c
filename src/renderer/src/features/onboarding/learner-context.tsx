import { createContext, useCallback, useContext, useMemo, useState, type ReactNode } from 'react'
import type { Learner } from '../../../../shared/onboarding/records'
import { call } from '../../api'
import { useRequest, type RequestState } from '../../components/use-request'

/** Which learner this machine is working for; remembered, so a shared training machine opens on the last one. */
const storageKey = 'sdc-learner'

interface LearnerState {
  learners: RequestState<Learner[]>
  /** The chosen learner; null until one is chosen (or when the remembered one was removed). */
  learner: Learner | null
  choose: (id: string) => void
  /** Adds a profile and chooses it. */
  create: (name: string) => Promise<Learner>
  reload: () => void
}

const LearnerContext = createContext<LearnerState | null>(null)

export function LearnerProvider({ children }: { children: ReactNode }) {
  const [learners, reload] = useRequest('learners:list', {})
  const [chosenId, setChosenId] = useState(() => localStorage.getItem(storageKey))
  const choose = useCallback((id: string) => {
    localStorage.setItem(storageKey, id)
    setChosenId(id)
  }, [])
  const create = useCallback(
    async (name: string) => {
      const learner = await call('learners:save', { name })
      choose(learner.id)
      reload()
      return learner
    },
    [choose, reload],
  )
  const list = learners.status === 'done' ? learners.value : []
  // With a single profile there is nobody else to record answers for by mistake; with more, the learner chooses.
  const learner = list.find((l) => l.id === chosenId) ?? (list.length === 1 ? list[0]! : null)
  const value = useMemo(() => ({ learners, learner, choose, create, reload }), [learners, learner, choose, create, reload])
  return <LearnerContext.Provider value={value}>{children}</LearnerContext.Provider>
}

export function useLearner(): LearnerState {
  const state = useContext(LearnerContext)
  if (!state) throw new Error('useLearner is used outside LearnerProvider')
  return state
}
