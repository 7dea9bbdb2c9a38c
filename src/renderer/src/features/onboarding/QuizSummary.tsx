import { Badge, Group, List, Text } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import { useQuestionText } from './QuizQuestion'
import type { Answered } from './QuizPage'
import { RoundSummary } from './RoundParts'

/** The end of a round: how many right, and each question with how it went. */
export function QuizSummary({ answers, onAgain }: { answers: Answered[]; onAgain: () => void }) {
  const { t } = useTranslation()
  const questionText = useQuestionText()
  const correct = answers.filter((a) => a.result.correct).length
  return (
    <RoundSummary
      testId="quiz-summary"
      scoreTestId="quiz-score"
      title={t('onboarding.quiz.summary.title')}
      score={t('onboarding.quiz.summary.score', { correct, total: answers.length })}
      againLabel={t('onboarding.quiz.summary.again')}
      onAgain={onAgain}
    >
      <Text fw={600}>{t('onboarding.quiz.summary.list')}</Text>
      <List spacing={6} listStyleType="none">
        {answers.map((a) => (
          <List.Item key={a.question.id}>
            <Group gap="xs" wrap="nowrap">
              <Badge color={a.result.correct ? 'teal' : 'red'} variant="light" w={70} style={{ flex: 'none' }}>
                {a.result.correct ? t('onboarding.quiz.summary.correct') : t('onboarding.quiz.summary.wrong')}
              </Badge>
              <Text size="sm">{questionText(a.question)}</Text>
            </Group>
          </List.Item>
        ))}
      </List>
    </RoundSummary>
  )
}
