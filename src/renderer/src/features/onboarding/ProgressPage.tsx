import { BarChart, LineChart } from '@mantine/charts'
import { Paper, Skeleton, Stack, Table, Text, Title } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import { quizTopics } from '../../../../shared/onboarding/quiz'
import type { LearnerProgress } from '../../../../shared/onboarding/records'
import { ErrorNotice } from '../../components/ErrorNotice'
import { useRequest } from '../../components/use-request'
import { useDateFormat } from './date-format'
import { useLearner } from './learner-context'
import { Completion } from './LearnPage'
import { TeamOverview } from './TeamOverview'

/** The chosen learner's progress (path, quiz accuracy by topic, practice scores over time) and the team lead's overview. */
export function ProgressPage() {
  const { t } = useTranslation()
  const { learner } = useLearner()
  return (
    <Stack>
      {learner ? <LearnerProgressView learnerId={learner.id} /> : <Text data-testid="no-learner">{t('onboarding.learner.none')}</Text>}
      <TeamOverview />
    </Stack>
  )
}

function LearnerProgressView({ learnerId }: { learnerId: string }) {
  const { t } = useTranslation()
  const [progress, reload] = useRequest('learning:progress', { learnerId })
  if (progress.status === 'loading') return <Skeleton h={320} />
  if (progress.status === 'error') return <ErrorNotice error={progress.error} onRetry={reload} />
  const p = progress.value
  return (
    <Stack data-testid="learner-progress">
      <Title order={3}>{t('onboarding.progress.title', { name: p.learner.name })}</Title>
      <LastActivity at={p.lastActivityAt} />
      <Title order={4}>{t('onboarding.progress.path')}</Title>
      <Completion path={p.path} />
      <QuizAccuracy quiz={p.quiz} />
      <PracticeScores practice={p.practice} />
    </Stack>
  )
}

function LastActivity({ at }: { at: string | null }) {
  const { t } = useTranslation()
  const format = useDateFormat()
  return (
    <Text size="sm" c="dimmed">
      {at ? t('onboarding.progress.lastActivity', { date: format(at) }) : t('onboarding.progress.never')}
    </Text>
  )
}

const percent = (correct: number, answered: number) => (answered ? Math.round((correct / answered) * 100) : 0)

function QuizAccuracy({ quiz }: { quiz: LearnerProgress['quiz'] }) {
  const { t } = useTranslation()
  const byTopic = new Map(quiz.byTopic.map((row) => [row.topic, row]))
  const rows = quizTopics.map((topic) => ({ topic, answered: byTopic.get(topic)?.answered ?? 0, correct: byTopic.get(topic)?.correct ?? 0 }))
  const chart = rows.filter((r) => r.answered > 0).map((r) => ({ topic: t(`onboarding.topics.${r.topic}`), share: percent(r.correct, r.answered) }))
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="quiz-accuracy-title" data-testid="quiz-accuracy">
      <Stack gap="sm">
        <Title order={4} id="quiz-accuracy-title">
          {t('onboarding.progress.quiz')}
        </Title>
        {quiz.answered === 0 ? (
          <Text c="dimmed">{t('onboarding.progress.noAnswers')}</Text>
        ) : (
          <>
            <Text fw={600} data-testid="quiz-total">
              {t('onboarding.progress.quizTotal', { correct: quiz.correct, answered: quiz.answered })}
            </Text>
            {/* The chart shows it; the table below says it in numbers, also to a screen reader. */}
            <div role="img" aria-label={t('onboarding.progress.chartTopics')}>
              <BarChart
                h={220}
                data={chart}
                dataKey="topic"
                series={[{ name: 'share', label: t('onboarding.progress.accuracy'), color: 'teal.6' }]}
                unit="%"
                yAxisProps={{ domain: [0, 100] }}
              />
            </div>
          </>
        )}
        <Table withTableBorder data-testid="quiz-by-topic">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('onboarding.progress.columns.topic')}</Table.Th>
              <Table.Th>{t('onboarding.progress.columns.answered')}</Table.Th>
              <Table.Th>{t('onboarding.progress.columns.correct')}</Table.Th>
              <Table.Th>{t('onboarding.progress.columns.accuracy')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {rows.map((r) => (
              <Table.Tr key={r.topic} data-topic={r.topic}>
                <Table.Td>{t(`onboarding.topics.${r.topic}`)}</Table.Td>
                <Table.Td data-testid="answered">{r.answered}</Table.Td>
                <Table.Td data-testid="correct">{r.correct}</Table.Td>
                <Table.Td>{r.answered ? `${percent(r.correct, r.answered)}%` : t('onboarding.progress.notYet')}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Stack>
    </Paper>
  )
}

function PracticeScores({ practice }: { practice: LearnerProgress['practice'] }) {
  const { t } = useTranslation()
  const format = useDateFormat()
  const data = practice.map((p) => ({ when: format(p.finishedAt), score: p.score, title: p.title }))
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="practice-title" data-testid="practice-scores">
      <Stack gap="sm">
        <Title order={4} id="practice-title">
          {t('onboarding.progress.practice')}
        </Title>
        {practice.length === 0 ? (
          <Text c="dimmed" data-testid="practice-empty">
            {t('onboarding.progress.practiceEmpty')}
          </Text>
        ) : (
          <>
            <div role="img" aria-label={t('onboarding.progress.chartPractice')}>
              <LineChart
                h={220}
                data={data}
                dataKey="when"
                series={[{ name: 'score', label: t('onboarding.progress.score'), color: 'blue.6' }]}
                yAxisProps={{ domain: [0, 100] }}
                curveType="linear"
                withDots
              />
            </div>
            <Table withTableBorder>
              <Table.Tbody>
                {[...practice].reverse().map((p) => (
                  <Table.Tr key={p.id}>
                    <Table.Td>{format(p.finishedAt)}</Table.Td>
                    <Table.Td>{p.title}</Table.Td>
                    <Table.Td fw={700}>{p.score}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </>
        )}
      </Stack>
    </Paper>
  )
}
