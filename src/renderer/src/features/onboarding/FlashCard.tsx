import { Anchor, Badge, Button, Group, Kbd, Paper, Stack, Text } from '@mantine/core'
import { useEffect, useRef, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { Link } from 'react-router'
import type { z } from 'zod'
import type { quizCardBackSchema } from '../../../../shared/onboarding/records'
import { cardPath } from './card-links'
import type { QuestionView } from './QuizPage'

export type CardBack = z.infer<typeof quizCardBackSchema>

interface Props {
  question: QuestionView
  text: string
  number: number
  total: number
  /** Loads the back of the card (the right answer); records nothing. */
  onTurn: () => Promise<CardBack | null>
  onGrade: (knew: boolean) => Promise<void>
}

/** Keys typed into a field, or with a modifier, are not the card's. */
function isTyping(event: KeyboardEvent): boolean {
  const target = event.target as HTMLElement | null
  return event.ctrlKey || event.metaKey || event.altKey || !!target?.closest('input, textarea, select, [contenteditable="true"]')
}

/**
 * One flashcard: the question on the front, the answer on the back, and the learner's own verdict.
 * Space or Enter turns it, 1 and 2 grade it (anywhere on the page, not while typing), as in flashcard apps.
 * After turning, the focus goes to the answer, so a screen reader reads it and a held Enter grades nothing.
 */
export function FlashCard({ question, text, number, total, onTurn, onGrade }: Props) {
  const { t } = useTranslation()
  const [back, setBack] = useState<CardBack | null>(null)
  const [busy, setBusy] = useState(false)
  const showButton = useRef<HTMLButtonElement>(null)
  const answer = useRef<HTMLDivElement>(null)

  useEffect(() => showButton.current?.focus(), [])
  useEffect(() => {
    if (back) answer.current?.focus()
  }, [back])

  // The latest handlers for the document-wide keys, without subscribing again on each render.
  const turn = async () => {
    if (back || busy) return
    setBusy(true)
    try {
      setBack(await onTurn())
    } finally {
      setBusy(false)
    }
  }
  const grade = async (knew: boolean) => {
    if (!back || busy) return
    setBusy(true)
    try {
      await onGrade(knew)
    } finally {
      setBusy(false)
    }
  }
  const handlers = useRef({ turn, grade })
  useEffect(() => {
    handlers.current = { turn, grade }
  })

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.repeat || isTyping(event)) return
      if (!back && (event.key === ' ' || event.key === 'Enter')) {
        // A focused button or link does its own thing with these keys (the "Show answer" button turns the card itself).
        const target = event.target as HTMLElement | null
        if (target?.closest('button, a, [role="button"], [role="radio"], [role="tab"]')) return
        event.preventDefault()
        void handlers.current.turn()
      } else if (back && (event.key === '1' || event.key === '2')) {
        event.preventDefault()
        void handlers.current.grade(event.key === '1')
      }
    }
    document.addEventListener('keydown', onKey)
    return () => document.removeEventListener('keydown', onKey)
  }, [back])

  return (
    <Paper withBorder p="lg" data-testid="flashcard" data-question-id={question.id} data-side={back ? 'back' : 'front'}>
      <Stack>
        <Group justify="space-between">
          <Text size="sm" c="dimmed" data-testid="flashcard-counter">
            {t('onboarding.cards.counter', { number, total })}
          </Text>
          <Badge variant="light">{t(`onboarding.topics.${question.topic}`)}</Badge>
        </Group>
        <Text size="lg" fw={700} data-testid="flashcard-front">
          {text}
        </Text>
        {!back && (
          <Stack gap={6}>
            <Button ref={showButton} onClick={() => void turn()} loading={busy} w="fit-content">
              {t('onboarding.cards.show')}
            </Button>
            <Text size="sm" c="dimmed">
              {t('onboarding.cards.showKeys')}
            </Text>
          </Stack>
        )}
        {back && (
          <>
            <Paper
              ref={answer}
              tabIndex={-1}
              p="md"
              bg="teal.0"
              style={{ borderLeft: '4px solid var(--mantine-color-teal-6)' }}
              role="region"
              aria-label={t('onboarding.cards.answer')}
              data-testid="flashcard-back"
            >
              <Text size="sm" c="dimmed">
                {t('onboarding.cards.answer')}
              </Text>
              <Text size="lg" fw={700} data-testid="flashcard-answer">
                {back.answer}
              </Text>
              <Anchor component={Link} to={cardPath(back.card)} size="sm">
                {t('onboarding.quiz.readAbout')}
              </Anchor>
            </Paper>
            <Group>
              <Button color="teal" onClick={() => void grade(true)} disabled={busy} leftSection={<Kbd aria-hidden>1</Kbd>}>
                {t('onboarding.cards.knew')}
              </Button>
              <Button color="red" variant="light" onClick={() => void grade(false)} disabled={busy} leftSection={<Kbd aria-hidden>2</Kbd>}>
                {t('onboarding.cards.didNotKnow')}
              </Button>
            </Group>
            <Text size="sm" c="dimmed">
              {t('onboarding.cards.gradeKeys')}
            </Text>
          </>
        )}
      </Stack>
    </Paper>
  )
}
