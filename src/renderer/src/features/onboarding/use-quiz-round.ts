import { useState } from 'react'
import type { ChannelOutput } from '../../../../shared/contract'
import type { QuizTopic } from '../../../../shared/onboarding/quiz'
import { ApiError, call } from '../../api'
import { asApiError } from './use-path'

export type TopicChoice = 'all' | QuizTopic
export type NextQuestions = ChannelOutput<'quiz:next'>

/**
 * A round of ten questions for one learner, as the quiz and the flashcards both run it: the chosen topic, starting
 * the round, and the last request's error. `begin` turns the questions into the page's own round state.
 */
export function useQuizRound<R>(learnerId: string, begin: (next: NextQuestions) => R) {
  const [topic, setTopic] = useState<TopicChoice>('all')
  const [round, setRound] = useState<R | null>(null)
  const [starting, setStarting] = useState(false)
  const [error, setError] = useState<ApiError | null>(null)

  const start = async () => {
    setStarting(true)
    setError(null)
    try {
      const next = await call('quiz:next', { learnerId, count: 10, ...(topic === 'all' ? {} : { topic }) })
      setRound(begin(next))
    } catch (e) {
      setError(asApiError(e))
    } finally {
      setStarting(false)
    }
  }

  // "Again" from the summary: the chooser shows while the next round loads, as after "Back".
  const again = () => {
    setRound(null)
    void start()
  }

  return { topic, setTopic, round, setRound, starting, error, setError, start, again }
}
