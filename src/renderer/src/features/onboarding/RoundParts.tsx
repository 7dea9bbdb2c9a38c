import { Button, Group, Paper, SegmentedControl, Stack, Text, Title } from '@mantine/core'
import type { ReactNode } from 'react'
import { useEffect, useRef } from 'react'
import { useTranslation } from 'react-i18next'
import { Link } from 'react-router'
import { quizTopics } from '../../../../shared/onboarding/quiz'
import type { TopicChoice } from './use-quiz-round'

/** Before a round: the topic to draw from and the start button. The ids are the page's own. */
export function TopicChooser(props: {
  labelId: string
  testId: string
  topic: TopicChoice
  onTopic: (topic: TopicChoice) => void
  starting: boolean
  onStart: () => void
  startLabel: string
}) {
  const { t } = useTranslation()
  return (
    <Paper withBorder p="md">
      <Stack gap="sm">
        <Text size="sm" fw={500} id={props.labelId}>
          {t('onboarding.quiz.topic')}
        </Text>
        <SegmentedControl
          aria-labelledby={props.labelId}
          value={props.topic}
          onChange={(value) => props.onTopic(value as TopicChoice)}
          data={(['all', ...quizTopics] as const).map((value) => ({ value, label: t(`onboarding.topics.${value}`) }))}
          w="fit-content"
          data-testid={props.testId}
        />
        <Button onClick={props.onStart} loading={props.starting} w="fit-content">
          {props.startLabel}
        </Button>
      </Stack>
    </Paper>
  )
}

/** A round without questions (nothing due and nothing new in the topic), with the way back to the chooser. */
export function RoundEmpty({ testId, onBack }: { testId: string; onBack: () => void }) {
  const { t } = useTranslation()
  return (
    <Stack data-testid={testId}>
      <Text>{t('onboarding.quiz.none')}</Text>
      <Button variant="default" w="fit-content" onClick={onBack}>
        {t('common.back')}
      </Button>
    </Stack>
  )
}

/** The end of a round: title, score, the page's own list, then another round or the progress page. */
export function RoundSummary(props: {
  testId: string
  scoreTestId: string
  title: string
  score: string
  againLabel: string
  onAgain: () => void
  children: ReactNode
}) {
  const { t } = useTranslation()
  // The round's last buttons are gone: the focus lands on the score, read out first.
  const score = useRef<HTMLParagraphElement>(null)
  useEffect(() => score.current?.focus(), [])
  return (
    <Paper withBorder p="lg" data-testid={props.testId}>
      <Stack>
        <Title order={3} size="h4">
          {props.title}
        </Title>
        <Text size="xl" fw={700} data-testid={props.scoreTestId} ref={score} tabIndex={-1}>
          {props.score}
        </Text>
        {props.children}
        <Group>
          <Button onClick={props.onAgain}>{props.againLabel}</Button>
          <Button component={Link} to="/learn/progress" variant="default">
            {t('onboarding.quiz.summary.progress')}
          </Button>
        </Group>
      </Stack>
    </Paper>
  )
}
