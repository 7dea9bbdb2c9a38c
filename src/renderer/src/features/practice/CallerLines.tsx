import { Badge, Button, Group, Paper, Stack, Text, Title } from '@mantine/core'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { phaseIds, promptCards, type PhaseId } from '../../../../shared/call/phases'
import type { Scenario } from '../../../../shared/onboarding/scenario'

const moodColour = { calm: 'teal', irritated: 'red', hurried: 'orange' } as const

/** How many lines the caller has said by this phase: every line of this phase and the ones before. */
export function linesByPhase(scenario: Scenario, phase: PhaseId): number {
  const reached = phaseIds.indexOf(phase)
  let count = 0
  scenario.lines.forEach((line, i) => {
    if (phaseIds.indexOf(line.phase) <= reached) count = i + 1
  })
  return count
}

/** The caller's side: the briefing, then what the caller has said so far, revealed as the call goes on. */
export function CallerLines({ scenario, phase }: { scenario: Scenario; phase: PhaseId }) {
  const { t, i18n } = useTranslation()
  // "What does the caller say next?" reveals lines ahead of the phase; moving on never hides any.
  const [asked, setAsked] = useState(0)
  const shown = Math.max(linesByPhase(scenario, phase), asked)
  const titles = promptCards(i18n.language === 'en' ? 'en' : 'nl').phases
  return (
    <Stack gap="sm" data-testid="practice-caller">
      <Paper withBorder p="sm">
        <Stack gap={6}>
          <Group justify="space-between">
            <Title order={3} size="h5">
              {t('practice.briefing')}
            </Title>
            <Badge color={moodColour[scenario.mood]} variant="light">
              {t(`practice.mood.${scenario.mood}`)}
            </Badge>
          </Group>
          <Text size="sm">{scenario.briefing}</Text>
        </Stack>
      </Paper>
      <Title order={3} size="h5">
        {t('practice.callerSays')}
      </Title>
      <Stack gap="xs" role="log" aria-live="polite" aria-label={t('practice.callerSays')}>
        {scenario.lines.slice(0, shown).map((line, i) => (
          <Paper key={i} p="sm" radius="md" bg="var(--mantine-color-gray-1)" data-testid="practice-line" data-line-phase={line.phase}>
            <Text size="xs" c="dimmed">
              {titles[line.phase].title}
            </Text>
            <Text size="sm">“{line.text}”</Text>
          </Paper>
        ))}
      </Stack>
      {shown < scenario.lines.length ? (
        <Button variant="light" size="xs" onClick={() => setAsked(shown + 1)} data-testid="practice-next-line">
          {t('practice.nextLine')}
        </Button>
      ) : (
        <Text size="xs" c="dimmed" data-testid="practice-lines-done">
          {t('practice.linesDone')}
        </Text>
      )}
    </Stack>
  )
}
