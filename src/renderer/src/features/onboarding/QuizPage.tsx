import { Button, Paper, SegmentedControl, Stack, Text, Title } from '@mantine/core'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { z } from 'zod'
import type { QuizTopic } from '../../../../shared/onboarding/quiz'
import { quizTopics } from '../../../../shared/onboarding/quiz'
import type { quizAnswerResultSchema, quizQuestionViewSchema } from '../../../../shared/onboarding/records'
import { ApiError, call } from '../../api'
import { ErrorNotice } from '../../components/ErrorNotice'
import { useLearner } from './learner-context'
import { QuizQuestion, useQuestionText } from './QuizQuestion'
import { QuizSummary } from './QuizSummary'
import { asApiError } from './use-path'

export type QuestionView = z.infer<typeof quizQuestionViewSchema>
export type AnswerResult = z.infer<typeof quizAnswerResultSchema>
export interface Answered {
  question: QuestionView
  optionId: string
  result: AnswerResult
}

interface Round {
  questions: QuestionView[]
  due: number
  unseen: number
  index: number
  answers: Answered[]
}

type TopicChoice = 'all' | QuizTopic

/** A round of generated questions for the chosen learner: a topic, one question at a time, then the score. */
export function QuizPage() {
  const { t } = useTranslation()
  const { learner } = useLearner()
  if (!learner) return <Text data-testid="no-learner">{t('onboarding.learner.none')}</Text>
  return <Quiz key={learner.id} learnerId={learner.id} />
}

function Quiz({ learnerId }: { learnerId: string }) {
  const { t } = useTranslation()
  const questionText = useQuestionText()
  const [topic, setTopic] = useState<TopicChoice>('all')
  const [round, setRound] = useState<Round | null>(null)
  const [starting, setStarting] = useState(false)
  const [error, setError] = useState<ApiError | null>(null)

  const start = async () => {
    setStarting(true)
    setError(null)
    try {
      const next = await call('quiz:next', { learnerId, count: 10, ...(topic === 'all' ? {} : { topic }) })
      setRound({ ...next, index: 0, answers: [] })
    } catch (e) {
      setError(asApiError(e))
    } finally {
      setStarting(false)
    }
  }

  const answer = async (question: QuestionView, optionId: string) => {
    setError(null)
    try {
      const result = await call('quiz:answer', { learnerId, questionId: question.id, optionId })
      setRound((r) => (r ? { ...r, answers: [...r.answers, { question, optionId, result }] } : r))
    } catch (e) {
      setError(asApiError(e))
    }
  }

  const question = round && round.index < round.questions.length ? round.questions[round.index]! : null
  const answered = question ? round!.answers.find((a) => a.question.id === question.id) : undefined

  return (
    <Stack maw={820}>
      <Title order={3}>{t('onboarding.quiz.title')}</Title>
      <Text c="dimmed">{t('onboarding.quiz.intro')}</Text>
      {!round && (
        <Paper withBorder p="md">
          <Stack gap="sm">
            <Text size="sm" fw={500} id="quiz-topic-label">
              {t('onboarding.quiz.topic')}
            </Text>
            <SegmentedControl
              aria-labelledby="quiz-topic-label"
              value={topic}
              onChange={(value) => setTopic(value as TopicChoice)}
              data={(['all', ...quizTopics] as const).map((value) => ({ value, label: t(`onboarding.topics.${value}`) }))}
              w="fit-content"
              data-testid="quiz-topic"
            />
            <Button onClick={() => void start()} loading={starting} w="fit-content">
              {t('onboarding.quiz.start')}
            </Button>
          </Stack>
        </Paper>
      )}
      {error && <ErrorNotice error={error} />}
      {round && round.questions.length === 0 && (
        <Stack data-testid="quiz-empty">
          <Text>{t('onboarding.quiz.none')}</Text>
          <Button variant="default" w="fit-content" onClick={() => setRound(null)}>
            {t('common.back')}
          </Button>
        </Stack>
      )}
      {round && question && (
        <>
          <Text size="sm" c="dimmed">
            {t('onboarding.quiz.available', { due: round.due, unseen: round.unseen })}
          </Text>
          <QuizQuestion
            key={question.id}
            question={question}
            text={questionText(question)}
            number={round.index + 1}
            total={round.questions.length}
            answered={answered}
            onAnswer={(optionId) => answer(question, optionId)}
            onNext={() => setRound((r) => (r ? { ...r, index: r.index + 1 } : r))}
          />
        </>
      )}
      {round && round.questions.length > 0 && !question && (
        <QuizSummary
          answers={round.answers}
          onAgain={() => {
            setRound(null)
            void start()
          }}
        />
      )}
    </Stack>
  )
}
