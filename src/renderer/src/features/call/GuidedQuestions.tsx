import { Badge, Button, Chip, Group, Kbd, Paper, Radio, Stack, Text, Textarea } from '@mantine/core'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { isAnswer, walkFlow } from '../../../../shared/call/flow-engine'
import { flowCategories, type FlowCategory, type Question, type QuestionFlow } from '../../../../shared/call/flow-schema'
import type { CallDraft } from '../../../../shared/call/record'
import { Section } from '../../components/Section'
import { flowFor, type UpdateDraft } from './call-draft'
import { focusId } from './focus'

function answerText(question: Question, answer: string, t: (key: string) => string): string {
  if (question.kind === 'yes-no') return t(`call.questions.${answer}`)
  return question.options?.find((o) => o.value === answer)?.label ?? (answer || t('call.questions.noNotes'))
}

/** The controls that answer one question; `onAnswer` records the answer. */
function AnswerControls({ question, answer, onAnswer }: { question: Question; answer: string | undefined; onAnswer: (value: string) => void }) {
  const { t } = useTranslation()
  const [text, setText] = useState(answer ?? '')
  if (question.kind === 'yes-no') {
    return (
      <Group gap="xs">
        {(['yes', 'no'] as const).map((value) => (
          <Button key={value} size="xs" variant={answer === value ? 'filled' : 'default'} data-answer={value} onClick={() => onAnswer(value)} aria-pressed={answer === value}>
            {t(`call.questions.${value}`)}
          </Button>
        ))}
      </Group>
    )
  }
  if (question.kind === 'text') {
    return (
      <Stack gap={6}>
        <Textarea aria-label={question.text} autosize minRows={1} value={text} onChange={(e) => setText(e.currentTarget.value)} placeholder={t('call.questions.notesPlaceholder')} />
        <Button size="xs" variant="light" w="fit-content" data-mark-answered onClick={() => onAnswer(text.trim())} rightSection={<Kbd size="xs">Alt+Enter</Kbd>}>
          {t('call.questions.markAnswered')}
        </Button>
      </Stack>
    )
  }
  return (
    <Radio.Group value={answer ?? null} onChange={onAnswer} aria-label={question.text}>
      <Stack gap={4}>
        {(question.options ?? []).map((o) => (
          <Radio key={o.value} value={o.value} label={o.label} />
        ))}
      </Stack>
    </Radio.Group>
  )
}

/** Category, then the flow's questions: the path asked so far with its answers, and the question to ask now. */
export function GuidedQuestions({ draft, update, flows }: { draft: CallDraft; update: UpdateDraft; flows: QuestionFlow[] }) {
  const { t } = useTranslation()
  const [editing, setEditing] = useState<string | null>(null)
  const flow = flowFor(flows, draft.category)
  const progress = flow ? walkFlow(flow, draft.answers) : null

  const answer = (question: Question, value: string) => {
    update((d) => ({ ...d, answers: { ...d.answers, [question.key]: value } }))
    setEditing(null)
    // Keep the keyboard with the questioning (on to the question that comes next), unless the agent answered
    // with Alt+Y/N while typing elsewhere: then the focus stays where they type.
    const active = document.activeElement
    const inQuestions = !active || active === document.body || !!active.closest('[data-testid="call-questions"]')
    if (inQuestions) requestAnimationFrame(() => focusId('call-flow-current') || focusId('call-flow-done'))
  }
  const chooseCategory = (category: FlowCategory) => update((d) => ({ ...d, category }))

  return (
    <Section title={t('call.questions.title')} testId="call-questions">
      <Chip.Group multiple={false} value={draft.category ?? ''} onChange={(v) => chooseCategory(v as FlowCategory)}>
        <Group gap={6} id="call-category" role="radiogroup" aria-label={t('call.questions.category')}>
          {flowCategories.map((c) => (
            <Chip key={c} value={c} size="sm" data-category={c}>
              {t(`call.categories.${c}`)}
            </Chip>
          ))}
        </Group>
      </Chip.Group>
      {draft.category && !flow && <Text c="dimmed">{t('call.questions.noFlow')}</Text>}
      {flow && progress && (
        <Stack gap={6} component="ol" m={0} p={0} style={{ listStyle: 'none' }} aria-label={flow.title}>
          {progress.asked.map((q, i) => {
            const current = q === progress.current
            const value = draft.answers[q.key]
            const answered = isAnswer(q, value)
            const open = current || editing === q.key
            return (
              <Paper
                component="li"
                key={q.key}
                id={current ? 'call-flow-current' : undefined}
                data-flow-question={q.key}
                data-testid={current ? 'flow-question-current' : 'flow-question'}
                p="xs"
                withBorder
                tabIndex={-1}
                style={current ? { borderColor: 'var(--mantine-color-blue-6)', borderWidth: 2, background: 'var(--mantine-color-blue-0)' } : undefined}
              >
                <Group justify="space-between" wrap="nowrap" align="flex-start">
                  <Text size="sm" fw={current ? 700 : 500}>
                    {i + 1}. {q.text}
                  </Text>
                  {q.kind === 'identity' && <Badge variant="light" color="violet">{t('call.questions.identity')}</Badge>}
                </Group>
                {current && q.hint && (
                  <Text size="xs" c="dimmed" mt={2}>
                    {q.hint}
                  </Text>
                )}
                {answered && !open && (
                  <Group gap="xs" mt={4}>
                    <Badge variant="light" tt="none" data-answer-value={value}>
                      {answerText(q, value, t)}
                    </Badge>
                    <Button size="compact-xs" variant="subtle" onClick={() => setEditing(q.key)}>
                      {t('call.questions.change')}
                    </Button>
                  </Group>
                )}
                {open && (
                  <div style={{ marginTop: 6 }}>
                    <AnswerControls question={q} answer={value} onAnswer={(v) => answer(q, v)} />
                  </div>
                )}
              </Paper>
            )
          })}
          {progress.complete && (
            <Text size="sm" c="teal.8" fw={600} id="call-flow-done" tabIndex={-1}>
              {t('call.questions.complete')}
            </Text>
          )}
        </Stack>
      )}
    </Section>
  )
}
