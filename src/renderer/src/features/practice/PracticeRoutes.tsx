import { Anchor, Group, Stack, Text, Title } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import { Link, Route, Routes } from 'react-router'
import { LearnerPicker } from '../onboarding/LearnerPicker'
import { LearnerProvider } from '../onboarding/learner-context'
import { PracticeList } from './PracticeList'
import { PracticeRunPage } from './PracticeRunPage'

/** Practice calls (#/practice): the scenarios for the chosen learner, and a run in the call screen. */
export function PracticeRoutes() {
  const { t } = useTranslation()
  return (
    <LearnerProvider>
      <Routes>
        <Route
          index
          element={
            <Stack maw={1100}>
              <Anchor component={Link} to="/learn" size="sm">
                ← {t('practice.backToLearn')}
              </Anchor>
              <Group justify="space-between" align="flex-end">
                <Stack gap={4}>
                  <Title order={2}>{t('practice.title')}</Title>
                  <Text c="dimmed" maw={700}>
                    {t('practice.intro')}
                  </Text>
                </Stack>
                <LearnerPicker />
              </Group>
              <PracticeList />
            </Stack>
          }
        />
        <Route path=":runId" element={<PracticeRunPage />} />
      </Routes>
    </LearnerProvider>
  )
}
