import { Alert, Badge, Button, Group, Paper, SimpleGrid, Skeleton, Stack, Text, Title } from '@mantine/core'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { useNavigate } from 'react-router'
import { ApiError, call } from '../../api'
import { ErrorNotice } from '../../components/ErrorNotice'
import { useRequest } from '../../components/use-request'
import { useLearner } from '../onboarding/learner-context'

const moodColour = { calm: 'teal', irritated: 'red', hurried: 'orange' } as const

/** The scenarios to practise; starting one opens an empty call screen with the caller on the line. */
export function PracticeList() {
  const { t } = useTranslation()
  const navigate = useNavigate()
  const { learners, learner: chosen } = useLearner()
  // The learner the onboarding pages chose; before any was chosen, the first profile.
  const learner = chosen ?? (learners.status === 'done' ? (learners.value[0] ?? null) : null)
  const [scenarios, reload] = useRequest('practice:scenarios', {}, { reloadOnChange: ['person'] })
  const [starting, setStarting] = useState<string | null>(null)
  const [error, setError] = useState<ApiError | null>(null)

  const start = async (scenarioKey: string) => {
    if (!learner) return
    setStarting(scenarioKey)
    setError(null)
    try {
      const run = await call('practice:start', { learnerId: learner.id, scenarioKey })
      void navigate(`/practice/${run.id}`)
    } catch (e) {
      setError(e instanceof ApiError ? e : new ApiError({ code: 'internal', message: String(e) }))
      setStarting(null)
    }
  }

  if (scenarios.status === 'error') return <ErrorNotice error={scenarios.error} onRetry={reload} />
  if (scenarios.status === 'loading') return <Skeleton h={240} />
  if (scenarios.value.length === 0) {
    return (
      <Alert color="gray" data-testid="practice-none">
        {t('practice.none')}
      </Alert>
    )
  }
  return (
    <Stack>
      {learner && (
        <Text size="sm" data-testid="practice-learner">
          {t('practice.forLearner', { name: learner.name })}
        </Text>
      )}
      {error && <ErrorNotice error={error} />}
      <SimpleGrid cols={{ base: 1, md: 2 }} spacing="md">
        {scenarios.value.map((s) => (
          <Paper key={s.key} withBorder p="md" component="article" data-testid="practice-scenario" data-scenario={s.key}>
            <Stack gap="xs" h="100%">
              <Group justify="space-between" align="flex-start" wrap="nowrap">
                <Title order={3} size="h5">
                  {s.title}
                </Title>
                <Badge color={moodColour[s.mood]} variant="light" style={{ flex: 'none' }}>
                  {t(`practice.mood.${s.mood}`)}
                </Badge>
              </Group>
              <Text size="sm" style={{ flex: 1 }}>
                {s.briefing}
              </Text>
              <Group justify="space-between">
                <Text size="xs" c="dimmed">
                  {t(`call.categories.${s.category}`)}
                </Text>
                <Button size="xs" disabled={!learner} loading={starting === s.key} onClick={() => void start(s.key)}>
                  {t('practice.start')}
                </Button>
              </Group>
            </Stack>
          </Paper>
        ))}
      </SimpleGrid>
    </Stack>
  )
}
