import { Badge, Button, Group, List, Paper, SegmentedControl, Stack, Text, Title } from '@mantine/core'
import { useEffect, useRef, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { Link } from 'react-router'
import type { QuizTopic } from '../../../../shared/onboarding/quiz'
import { quizTopics } from '../../../../shared/onboarding/quiz'
import { ApiError, call } from '../../api'
import { ErrorNotice } from '../../components/ErrorNotice'
import { useDateFormat } from './date-format'
import { FlashCard } from './FlashCard'
import { useLearner } from './learner-context'
import { useQuestionText } from './QuizQuestion'
import type { AnswerResult, QuestionView } from './QuizPage'
import { asApiError } from './use-path'

interface Graded {
  question: QuestionView
  answer: string
  result: AnswerResult
}

interface Round {
  cards: QuestionView[]
  due: number
  unseen: number
  index: number
  graded: Graded[]
}

type TopicChoice = 'all' | QuizTopic

/**
 * Flashcards on the quiz's questions: recall the answer, turn the card, say whether you knew it. The
 * cards due for repetition come first (the same schedule as the quiz: one memory per question).
 */
export function CardsPage() {
  const { t } = useTranslation()
  const { learner } = useLearner()
  if (!learner) return <Text data-testid="no-learner">{t('onboarding.learner.none')}</Text>
  return <Cards key={learner.id} learnerId={learner.id} />
}

function Cards({ learnerId }: { learnerId: string }) {
  const { t } = useTranslation()
  const questionText = useQuestionText()
  const [topic, setTopic] = useState<TopicChoice>('all')
  const [round, setRound] = useState<Round | null>(null)
  const [starting, setStarting] = useState(false)
  const [error, setError] = useState<ApiError | null>(null)
  // The back of the card being shown, kept for the round's summary.
  const shown = useRef<string>('')

  const start = async () => {
    setStarting(true)
    setError(null)
    try {
      const next = await call('quiz:next', { learnerId, count: 10, ...(topic === 'all' ? {} : { topic }) })
      setRound({ cards: next.questions, due: next.due, unseen: next.unseen, index: 0, graded: [] })
    } catch (e) {
      setError(asApiError(e))
    } finally {
      setStarting(false)
    }
  }

  const turn = async (question: QuestionView) => {
    setError(null)
    try {
      const back = await call('quiz:card', { learnerId, questionId: question.id })
      shown.current = back.answer
      return back
    } catch (e) {
      setError(asApiError(e))
      return null
    }
  }

  const grade = async (question: QuestionView, knew: boolean) => {
    setError(null)
    try {
      const result = await call('quiz:grade', { learnerId, questionId: question.id, knew })
      setRound((r) => (r ? { ...r, index: r.index + 1, graded: [...r.graded, { question, answer: shown.current, result }] } : r))
    } catch (e) {
      setError(asApiError(e))
    }
  }

  // A card whose knowledge is gone cannot be turned or graded: the learner skips it.
  const skip = () => {
    setError(null)
    setRound((r) => (r ? { ...r, index: r.index + 1 } : r))
  }

  const card = round && round.index < round.cards.length ? round.cards[round.index]! : null

  return (
    <Stack maw={820}>
      <Title order={3}>{t('onboarding.cards.title')}</Title>
      <Text c="dimmed">{t('onboarding.cards.intro')}</Text>
      {!round && (
        <Paper withBorder p="md">
          <Stack gap="sm">
            <Text size="sm" fw={500} id="cards-topic-label">
              {t('onboarding.quiz.topic')}
            </Text>
            <SegmentedControl
              aria-labelledby="cards-topic-label"
              value={topic}
              onChange={(value) => setTopic(value as TopicChoice)}
              data={(['all', ...quizTopics] as const).map((value) => ({ value, label: t(`onboarding.topics.${value}`) }))}
              w="fit-content"
              data-testid="cards-topic"
            />
            <Button onClick={() => void start()} loading={starting} w="fit-content">
              {t('onboarding.cards.start')}
            </Button>
          </Stack>
        </Paper>
      )}
      {error && <ErrorNotice error={error} />}
      {error?.data.code === 'not-found' && card && (
        <Button variant="default" w="fit-content" onClick={skip}>
          {t('onboarding.cards.skip')}
        </Button>
      )}
      {round && round.cards.length === 0 && (
        <Stack data-testid="cards-empty">
          <Text>{t('onboarding.quiz.none')}</Text>
          <Button variant="default" w="fit-content" onClick={() => setRound(null)}>
            {t('common.back')}
          </Button>
        </Stack>
      )}
      {round && card && (
        <>
          <Text size="sm" c="dimmed">
            {t('onboarding.quiz.available', { due: round.due, unseen: round.unseen })}
          </Text>
          <FlashCard
            key={card.id}
            question={card}
            text={questionText(card)}
            number={round.index + 1}
            total={round.cards.length}
            onTurn={() => turn(card)}
            onGrade={(knew) => grade(card, knew)}
          />
        </>
      )}
      {round && round.cards.length > 0 && !card && (
        <CardsSummary
          graded={round.graded}
          onAgain={() => {
            setRound(null)
            void start()
          }}
        />
      )}
    </Stack>
  )
}

/** The end of a round: how many the learner knew, and each card with its answer and when it comes back. */
function CardsSummary({ graded, onAgain }: { graded: Graded[]; onAgain: () => void }) {
  const { t } = useTranslation()
  const questionText = useQuestionText()
  const date = useDateFormat()
  const knew = graded.filter((g) => g.result.correct).length
  // The last card's buttons are gone: the focus lands on the score, read out first.
  const score = useRef<HTMLParagraphElement>(null)
  useEffect(() => score.current?.focus(), [])
  return (
    <Paper withBorder p="lg" data-testid="cards-summary">
      <Stack>
        <Title order={3} size="h4">
          {t('onboarding.cards.summary.title')}
        </Title>
        <Text size="xl" fw={700} data-testid="cards-score" ref={score} tabIndex={-1}>
          {t('onboarding.cards.summary.score', { knew, total: graded.length })}
        </Text>
        <List spacing={8} listStyleType="none">
          {graded.map((g) => (
            <List.Item key={g.question.id} data-testid="cards-summary-item" data-knew={g.result.correct}>
              <Group gap="xs" wrap="nowrap" align="flex-start">
                <Badge color={g.result.correct ? 'teal' : 'red'} variant="light" w={110} style={{ flex: 'none' }}>
                  {g.result.correct ? t('onboarding.cards.summary.knew') : t('onboarding.cards.summary.didNotKnow')}
                </Badge>
                <Stack gap={0}>
                  <Text size="sm">{questionText(g.question)}</Text>
                  <Text size="sm" c="dimmed">
                    {t('onboarding.cards.summary.answer', { answer: g.answer, date: date(g.result.nextDueAt) })}
                  </Text>
                </Stack>
              </Group>
            </List.Item>
          ))}
        </List>
        <Group>
          <Button onClick={onAgain}>{t('onboarding.cards.summary.again')}</Button>
          <Button component={Link} to="/learn/progress" variant="default">
            {t('onboarding.quiz.summary.progress')}
          </Button>
        </Group>
      </Stack>
    </Paper>
  )
}
