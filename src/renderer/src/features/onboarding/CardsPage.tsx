import { Badge, Button, Group, List, Stack, Text, Title } from '@mantine/core'
import { useRef } from 'react'
import { useTranslation } from 'react-i18next'
import { call } from '../../api'
import { ErrorNotice } from '../../components/ErrorNotice'
import { useDateFormat } from './date-format'
import { FlashCard } from './FlashCard'
import { useLearner } from './learner-context'
import { useQuestionText } from './QuizQuestion'
import type { AnswerResult, QuestionView } from './QuizPage'
import { RoundEmpty, RoundSummary, TopicChooser } from './RoundParts'
import { asApiError } from './use-path'
import { useQuizRound } from './use-quiz-round'

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
  const { topic, setTopic, round, setRound, starting, error, setError, start, again } = useQuizRound<Round>(learnerId, (next) => ({
    cards: next.questions,
    due: next.due,
    unseen: next.unseen,
    index: 0,
    graded: [],
  }))
  // The back of the card being shown, kept for the round's summary.
  const shown = useRef<string>('')

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
        <TopicChooser
          labelId="cards-topic-label"
          testId="cards-topic"
          topic={topic}
          onTopic={setTopic}
          starting={starting}
          onStart={() => void start()}
          startLabel={t('onboarding.cards.start')}
        />
      )}
      {error && <ErrorNotice error={error} />}
      {error?.data.code === 'not-found' && card && (
        <Button variant="default" w="fit-content" onClick={skip}>
          {t('onboarding.cards.skip')}
        </Button>
      )}
      {round && round.cards.length === 0 && <RoundEmpty testId="cards-empty" onBack={() => setRound(null)} />}
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
      {round && round.cards.length > 0 && !card && <CardsSummary graded={round.graded} onAgain={again} />}
    </Stack>
  )
}

/** The end of a round: how many the learner knew, and each card with its answer and when it comes back. */
function CardsSummary({ graded, onAgain }: { graded: Graded[]; onAgain: () => void }) {
  const { t } = useTranslation()
  const questionText = useQuestionText()
  const date = useDateFormat()
  const knew = graded.filter((g) => g.result.correct).length
  return (
    <RoundSummary
      testId="cards-summary"
      scoreTestId="cards-score"
      title={t('onboarding.cards.summary.title')}
      score={t('onboarding.cards.summary.score', { knew, total: graded.length })}
      againLabel={t('onboarding.cards.summary.again')}
      onAgain={onAgain}
    >
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
    </RoundSummary>
  )
}
