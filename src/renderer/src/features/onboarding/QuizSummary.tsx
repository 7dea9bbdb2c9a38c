import { Badge, Button, Group, List, Paper, Stack, Text, Title } from '@mantine/core'
import { useEffect, useRef } from 'react'
import { useTranslation } from 'react-i18next'
import { Link } from 'react-router'
import { useQuestionText } from './QuizQuestion'
import type { Answered } from './QuizPage'

/** The end of a round: how many right, and each question with how it went. */
export function QuizSummary({ answers, onAgain }: { answers: Answered[]; onAgain: () => void }) {
  const { t } = useTranslation()
  const questionText = useQuestionText()
  const correct = answers.filter((a) => a.result.correct).length
  // The last question's "See the result" is gone: the focus lands on the score, read out first.
  const score = useRef<HTMLParagraphElement>(null)
  useEffect(() => score.current?.focus(), [])
  return (
    <Paper withBorder p="lg" data-testid="quiz-summary">
      <Stack>
        <Title order={3} size="h4">
          {t('onboarding.quiz.summary.title')}
        </Title>
        <Text size="xl" fw={700} data-testid="quiz-score" ref={score} tabIndex={-1}>
          {t('onboarding.quiz.summary.score', { correct, total: answers.length })}
        </Text>
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
        <Group>
          <Button onClick={onAgain}>
            {t('onboarding.quiz.summary.again')}
          </Button>
          <Button component={Link} to="/learn/progress" variant="default">
            {t('onboarding.quiz.summary.progress')}
          </Button>
        </Group>
      </Stack>
    </Paper>
  )
}
