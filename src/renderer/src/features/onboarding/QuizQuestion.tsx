import { Alert, Anchor, Badge, Button, Group, Paper, Radio, Stack, Text } from '@mantine/core'
import { useEffect, useRef, useState, type FormEvent, type KeyboardEvent } from 'react'
import { useTranslation } from 'react-i18next'
import { Link } from 'react-router'
import { useSettings } from '../../components/settings-context'
import { cardPath } from './card-links'
import { questionParams } from './question-text'
import type { Answered, QuestionView } from './QuizPage'

/** The question in the UI language: the generator gives a kind and the knowledge base's words to fill in. */
export function useQuestionText(): (question: QuestionView) => string {
  const { t } = useTranslation()
  return (question) => t(`onboarding.quiz.question.${question.prompt.key}`, questionParams(question.prompt.params))
}

interface Props {
  question: QuestionView
  text: string
  number: number
  total: number
  answered: Answered | undefined
  onAnswer: (optionId: string) => Promise<void>
  onNext: () => void
}

/**
 * One question as a radio group: the arrow keys choose, Enter answers. Once answered, the choice stays put,
 * the right answer is marked, and the focus moves to "Next question" so Enter goes on.
 */
export function QuizQuestion({ question, text, number, total, answered, onAnswer, onNext }: Props) {
  const { t, i18n } = useTranslation()
  const { timeZone } = useSettings()
  const [choice, setChoice] = useState<string | null>(null)
  const [sending, setSending] = useState(false)
  const next = useRef<HTMLButtonElement>(null)
  const last = number === total

  const form = useRef<HTMLFormElement>(null)
  useEffect(() => {
    if (answered) next.current?.focus()
  }, [answered])
  // After "Next question" that button is gone: the keyboard continues on the new question's answers.
  useEffect(() => {
    if (number > 1) form.current?.querySelector<HTMLInputElement>('input[type="radio"]')?.focus()
  }, [number])

  const submit = async (event?: FormEvent | KeyboardEvent) => {
    event?.preventDefault()
    if (!choice || answered || sending) return
    setSending(true)
    try {
      await onAnswer(choice)
    } finally {
      setSending(false)
    }
  }

  const correctId = answered?.result.correctId
  const rightText = question.options.find((o) => o.id === correctId)?.text ?? ''
  const nextDue = answered
    ? new Intl.DateTimeFormat(i18n.language, { dateStyle: 'medium', timeStyle: 'short', timeZone }).format(new Date(answered.result.nextDueAt))
    : ''

  return (
    <form ref={form} onSubmit={(e) => void submit(e)} data-testid="quiz-question" data-question-id={question.id}>
      <Paper withBorder p="lg">
        <Stack>
          <Group justify="space-between">
            <Text size="sm" c="dimmed" data-testid="quiz-counter">
              {t('onboarding.quiz.counter', { number, total })}
            </Text>
            <Badge variant="light">{t(`onboarding.topics.${question.topic}`)}</Badge>
          </Group>
          <Radio.Group
            label={text}
            description={answered ? undefined : t('onboarding.quiz.keys')}
            value={choice}
            onChange={(value) => !answered && setChoice(value)}
            onKeyDown={(e: KeyboardEvent) => e.key === 'Enter' && void submit(e)}
            styles={{ label: { fontSize: 'var(--mantine-font-size-lg)', fontWeight: 700, marginBottom: 6 } }}
            data-testid="quiz-options"
          >
            <Stack gap="xs" mt="xs">
              {question.options.map((option) => {
                const isRight = option.id === correctId
                const isChosen = answered?.optionId === option.id
                const color = isRight ? 'teal' : isChosen ? 'red' : null
                return (
                  <Paper
                    key={option.id}
                    withBorder
                    p="sm"
                    data-testid="quiz-option"
                    data-correct={answered ? isRight : undefined}
                    data-chosen={isChosen || undefined}
                    bg={color ? `${color}.0` : undefined}
                    style={color ? { borderColor: `var(--mantine-color-${color}-6)`, borderWidth: 2 } : undefined}
                  >
                    <Group justify="space-between" wrap="nowrap">
                      <Radio value={option.id} label={option.text} color={color ?? undefined} style={{ flex: 1 }} />
                      <Group gap={4} wrap="nowrap" style={{ flex: 'none' }}>
                        {answered && isRight && <Badge color="teal">{t('onboarding.quiz.rightAnswer')}</Badge>}
                        {isChosen && !isRight && <Badge color="red">{t('onboarding.quiz.yourAnswer')}</Badge>}
                      </Group>
                    </Group>
                  </Paper>
                )
              })}
            </Stack>
          </Radio.Group>
          {!answered && (
            <Button type="submit" disabled={!choice} loading={sending} w="fit-content">
              {t('onboarding.quiz.answer')}
            </Button>
          )}
          {answered && (
            <Alert color={answered.result.correct ? 'teal' : 'red'} role="status" data-testid="quiz-feedback" data-correct={answered.result.correct}>
              <Stack gap="xs">
                <Text fw={700}>{answered.result.correct ? t('onboarding.quiz.right') : t('onboarding.quiz.wrong', { answer: rightText })}</Text>
                <Text size="sm">{t('onboarding.quiz.nextDue', { date: nextDue })}</Text>
                <Group>
                  <Anchor component={Link} to={cardPath(answered.result.card)}>
                    {t('onboarding.quiz.readAbout')}
                  </Anchor>
                  <Button ref={next} onClick={onNext}>
                    {last ? t('onboarding.quiz.finish') : t('onboarding.quiz.next')}
                  </Button>
                </Group>
              </Stack>
            </Alert>
          )}
        </Stack>
      </Paper>
    </form>
  )
}
