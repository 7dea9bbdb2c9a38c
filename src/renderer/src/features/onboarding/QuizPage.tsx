import { Stack, Text, Title } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import type { z } from 'zod'
import type { quizAnswerResultSchema, quizQuestionViewSchema } from '../../../../shared/onboarding/records'
import { call } from '../../api'
import { ErrorNotice } from '../../components/ErrorNotice'
import { useLearner } from './learner-context'
import { QuizQuestion, useQuestionText } from './QuizQuestion'
import { QuizSummary } from './QuizSummary'
import { RoundEmpty, TopicChooser } from './RoundParts'
import { asApiError } from './use-path'
import { useQuizRound } from './use-quiz-round'

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
  const { topic, setTopic, round, setRound, starting, error, setError, start, again } = useQuizRound<Round>(learnerId, (next) => ({
    ...next,
    index: 0,
    answers: [],
  }))

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
        <TopicChooser
          labelId="quiz-topic-label"
          testId="quiz-topic"
          topic={topic}
          onTopic={setTopic}
          starting={starting}
          onStart={() => void start()}
          startLabel={t('onboarding.quiz.start')}
        />
      )}
      {error && <ErrorNotice error={error} />}
      {round && round.questions.length === 0 && <RoundEmpty testId="quiz-empty" onBack={() => setRound(null)} />}
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
      {round && round.questions.length > 0 && !question && <QuizSummary answers={round.answers} onAgain={again} />}
    </Stack>
  )
}
