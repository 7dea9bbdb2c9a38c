import { Button, Group, Stack, Text, Title } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import { Link, Route, Routes, useLocation } from 'react-router'
import { CardsPage } from './CardsPage'
import { LearnerPicker } from './LearnerPicker'
import { LearnerProvider } from './learner-context'
import { LearnPage } from './LearnPage'
import { ProgressPage } from './ProgressPage'
import { QuizPage } from './QuizPage'

const sections = [
  { path: '/learn', label: 'onboarding.sections.path' },
  { path: '/learn/quiz', label: 'onboarding.sections.quiz' },
  { path: '/learn/cards', label: 'onboarding.sections.cards' },
  { path: '/learn/progress', label: 'onboarding.sections.progress' },
] as const

/** "Getting to know the organisation": the learning path, the quiz and the progress, for the chosen learner. */
export function OnboardingRoutes() {
  const { t } = useTranslation()
  const { pathname } = useLocation()
  return (
    <LearnerProvider>
      <Stack maw={1100}>
        <Title order={2}>{t('onboarding.title')}</Title>
        <Text c="dimmed" maw={760}>
          {t('onboarding.intro')}
        </Text>
        <Group justify="space-between" align="flex-end">
          <Group gap={4} component="nav" aria-label={t('onboarding.sections.label')}>
            {sections.map((s) => {
              const current = pathname.replace(/\/$/, '') === s.path
              return (
                <Button key={s.path} component={Link} to={s.path} variant={current ? 'filled' : 'subtle'} aria-current={current ? 'page' : undefined}>
                  {t(s.label)}
                </Button>
              )
            })}
          </Group>
          <LearnerPicker />
        </Group>
        <Routes>
          <Route index element={<LearnPage />} />
          <Route path="quiz" element={<QuizPage />} />
          <Route path="cards" element={<CardsPage />} />
          <Route path="progress" element={<ProgressPage />} />
        </Routes>
      </Stack>
    </LearnerProvider>
  )
}
