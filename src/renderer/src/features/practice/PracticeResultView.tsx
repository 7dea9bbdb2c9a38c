import { Anchor, Button, Collapse, Group, List, Paper, RingProgress, SimpleGrid, Stack, Text, Title } from '@mantine/core'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { Link, useNavigate } from 'react-router'
import { promptCards, type PhaseId } from '../../../../shared/call/phases'
import type { PracticeResult, PracticeRun, PracticeScoreItem } from '../../../../shared/onboarding/practice-records'
import { ApiError, call } from '../../api'
import { ErrorNotice } from '../../components/ErrorNotice'
import { useSettings } from '../../components/settings-context'

type TFunction = ReturnType<typeof useTranslation>['t']

/** The feedback sentence of one check, in words, with its parameters. */
export function feedbackText(t: TFunction, item: PracticeScoreItem): string {
  const p = item.params
  if (item.ok) return t(`practice.good.${item.key}`)
  if (item.key === 'questions') {
    const missing = Number(p['missing'] ?? 0)
    return missing > 0 ? t('practice.improve.questions', { count: missing }) : t('practice.improve.questionsOrder')
  }
  if (item.key === 'priority') {
    return p['chosen']
      ? t('practice.improve.priority', { chosen: p['chosen'], expected: p['expected'] })
      : t('practice.improve.priorityNone', { expected: p['expected'] })
  }
  if (item.key === 'outcome') return t('practice.improve.outcome', { expected: t(`call.outcome.kinds.${p['expected'] ?? ''}`) })
  if (item.key === 'plain-language') return t('practice.improve.plain-language', { words: p['words'] })
  return t(`practice.improve.${item.key}`)
}

/** The phase's prompt card, shown in place (phases have no page of their own). */
function PhaseCard({ phase }: { phase: PhaseId }) {
  const { t, i18n } = useTranslation()
  const settings = useSettings()
  const [open, setOpen] = useState(false)
  const language = i18n.language === 'en' ? 'en' : 'nl'
  const card = promptCards(language, { agentName: settings.agent.shortName, formOfAddress: settings.formOfAddress }).phases[phase]
  return (
    <Stack gap={4}>
      <Anchor
        component="button"
        type="button"
        size="sm"
        onClick={() => setOpen((o) => !o)}
        aria-expanded={open}
        data-testid="practice-phase-card"
      >
        {t('practice.card.phase', { phase: card.title })}
      </Anchor>
      <Collapse expanded={open}>
        <SimpleGrid cols={{ base: 1, md: 2 }} spacing="sm">
          <div>
            <Text size="xs" fw={700}>
              {t('call.phases.do')}
            </Text>
            <List size="sm">
              {card.do.map((line) => (
                <List.Item key={line}>{line}</List.Item>
              ))}
            </List>
          </div>
          <div>
            <Text size="xs" fw={700}>
              {t('call.phases.avoid')}
            </Text>
            <List size="sm">
              {card.avoid.map((line) => (
                <List.Item key={line}>{line}</List.Item>
              ))}
            </List>
          </div>
        </SimpleGrid>
      </Collapse>
    </Stack>
  )
}

/** Where to read more: the department, person or rule page, the jargon list on the word, or the phase card. */
function CardLink({ card }: { card: NonNullable<PracticeScoreItem['card']> }) {
  const { t } = useTranslation()
  if (card.kind === 'phase') return <PhaseCard phase={card.key as PhaseId} />
  const to =
    card.kind === 'department'
      ? `/departments/${card.id}`
      : card.kind === 'person'
        ? `/people/${card.id}`
        : card.kind === 'rule'
          ? `/rules/${card.id}`
          : `/jargon?q=${encodeURIComponent(card.key)}`
  return (
    <Anchor component={Link} to={to} size="sm" data-testid="practice-card-link" data-card={card.kind}>
      {t(`practice.card.${card.kind}`, { word: card.key })}
    </Anchor>
  )
}

function Items({ items, good }: { items: PracticeScoreItem[]; good: boolean }) {
  const { t } = useTranslation()
  return (
    <Paper withBorder p="md" component="section" data-testid={good ? 'practice-strengths' : 'practice-improvements'}>
      <Stack gap="sm">
        <Title order={3} size="h5">
          {good ? t('practice.result.strengths') : t('practice.result.improvements')}
        </Title>
        {items.length === 0 ? (
          <Text size="sm" c="dimmed">
            {good ? t('practice.result.noStrengths') : t('practice.result.noImprovements')}
          </Text>
        ) : (
          items.map((item) => (
            <Stack key={item.key} gap={2} data-testid="practice-feedback" data-check={item.key}>
              <Text size="sm" c={good ? 'teal.9' : undefined}>
                {good ? '✓ ' : '→ '}
                {feedbackText(t, item)}
              </Text>
              {!good && item.card && <CardLink card={item.card} />}
            </Stack>
          ))
        )}
      </Stack>
    </Paper>
  )
}

/** After a practice call: the score, what went well and what to do differently, each with its card. */
export function PracticeResultView({ run, result }: { run: PracticeRun; result: PracticeResult }) {
  const { t } = useTranslation()
  const navigate = useNavigate()
  const [error, setError] = useState<ApiError | null>(null)
  const again = async () => {
    try {
      const next = await call('practice:start', { learnerId: run.learnerId, scenarioKey: run.scenario.key })
      void navigate(`/practice/${next.id}`)
    } catch (e) {
      setError(e instanceof ApiError ? e : new ApiError({ code: 'internal', message: String(e) }))
    }
  }
  const colour = result.score >= 80 ? 'teal' : result.score >= 50 ? 'yellow' : 'red'
  return (
    <Stack maw={1000} data-testid="practice-result">
      <Group align="center" gap="lg">
        <RingProgress
          size={120}
          thickness={12}
          sections={[{ value: result.score, color: colour }]}
          label={
            <Text ta="center" fw={700} fz={28} data-testid="practice-score">
              {result.score}
            </Text>
          }
          aria-label={t('practice.result.score', { score: result.score })}
        />
        <Stack gap={4}>
          <Title order={2}>{run.scenario.title}</Title>
          <Text>{t('practice.result.score', { score: result.score })}</Text>
          <Text size="sm" c="dimmed">
            {t('practice.result.notReal')}
          </Text>
        </Stack>
      </Group>
      <SimpleGrid cols={{ base: 1, md: 2 }} spacing="md">
        <Items items={result.strengths} good />
        <Items items={result.improvements} good={false} />
      </SimpleGrid>
      {error && <ErrorNotice error={error} />}
      <Group>
        <Button onClick={() => void again()}>{t('practice.result.again')}</Button>
        <Button component={Link} to="/practice" variant="light">
          {t('practice.result.other')}
        </Button>
        <Button component={Link} to="/learn/progress" variant="subtle">
          {t('practice.result.progress')}
        </Button>
      </Group>
    </Stack>
  )
}
