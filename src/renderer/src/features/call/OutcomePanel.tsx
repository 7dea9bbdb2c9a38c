import { Button, Group, Input, SegmentedControl, Text, Textarea, TextInput } from '@mantine/core'
import { useCallback, type ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import { useParams } from 'react-router'
import type { ChannelOutput } from '../../../../shared/contract'
import { outcomeKinds, type CallDraft, type Outcome, type OutcomeKind } from '../../../../shared/call/record'
import type { DepartmentDetail } from '../../../../shared/knowledge/entities'
import { Section } from '../../components/Section'
import { PlainLanguageHints } from '../plain-language/PlainLanguageHints'
import { CallRefusal } from '../refusal/CallRefusal'
import { useSettings } from '../../components/settings-context'
import { callLanguage, nextStepFor, withPromise, type UpdateDraft } from './call-draft'
import { PromisePanel } from './PromisePanel'

type Solutions = ChannelOutput<'flows:list'>['solutions']

type Props = {
  draft: CallDraft
  update: UpdateDraft
  department: DepartmentDetail | null
  solutions: Solutions
  errorFor: (field: string) => string | undefined
  /** A practice call's own refusal form, in place of the refusal builder's link. */
  refusal?: ((notesEmpty: boolean, onSpoken: (spoken: string) => void) => ReactNode) | undefined
}

/** How the call ends: resolved, handed over, refused or a callback (with the promise made), with notes; standard solutions in one click. */
export function OutcomePanel({ draft, update, department, solutions, errorFor, refusal }: Props) {
  const settings = useSettings()
  const { t } = useTranslation()
  const outcome = draft.outcome
  const set = (change: Partial<Outcome>) => update((d) => ({ ...d, outcome: { ...d.outcome, ...change } }))
  const chooseKind = (kind: OutcomeKind) => {
    const group = department?.applications.find((a) => a.id === draft.applicationId)?.resolverGroup ?? ''
    update((d) => {
      const nextStep = nextStepFor(kind, d.promise.nextStep)
      const outcome = { ...d.outcome, kind, resolverGroup: kind === 'handed-over' && !d.outcome.resolverGroup.trim() ? group : d.outcome.resolverGroup }
      // A callback is made at the promised moment.
      return withPromise({ ...d, outcome }, nextStep === d.promise.nextStep ? d.promise : { ...d.promise, nextStep })
    })
  }
  const applySolution = (solution: Solutions[number]) =>
    update((d) => {
      const notes = d.outcome.notes.trim()
      return {
        ...d,
        outcome: { ...d.outcome, kind: 'resolved', solutionKey: solution.key, notes: notes && !notes.includes(solution.notes) ? `${notes}\n\n${solution.notes}` : solution.notes },
      }
    })
  const forCategory = solutions.filter((s) => s.category === draft.category)
  const { id: callId } = useParams()
  // The final refusal's spoken version becomes the notes, unless the agent already wrote some.
  const fillNotes = useCallback(
    (spoken: string) => update((d) => (d.outcome.notes.trim() ? d : { ...d, outcome: { ...d.outcome, notes: spoken } })),
    [update],
  )

  return (
    <Section title={t('call.outcome.title')} testId="call-outcome">
      {forCategory.length > 0 && (
        <div>
          <Text size="xs" fw={700} c="dimmed" tt="uppercase">
            {t('call.outcome.solutions')}
          </Text>
          <Group gap={6} mt={4} data-testid="standard-solutions">
            {forCategory.map((s) => (
              <Button key={s.key} size="xs" variant={outcome.solutionKey === s.key ? 'filled' : 'light'} color="teal" onClick={() => applySolution(s)} title={s.notes}>
                {s.title}
              </Button>
            ))}
          </Group>
        </div>
      )}
      <Input.Wrapper label={t('call.outcome.kind')} error={errorFor('outcome.kind')} withAsterisk>
        <SegmentedControl
          id="call-outcome-kind"
          fullWidth
          aria-label={t('call.outcome.kind')}
          value={outcome.kind ?? ''}
          onChange={(v) => chooseKind(v as OutcomeKind)}
          data={outcomeKinds.map((k) => ({ value: k, label: t(`call.outcome.kinds.${k}`) }))}
        />
      </Input.Wrapper>
      {outcome.kind === 'handed-over' && (
        <TextInput
          id="call-outcome-resolver-group"
          label={t('call.outcome.resolverGroup')}
          description={t('call.outcome.resolverGroupHint')}
          withAsterisk
          maxLength={200}
          value={outcome.resolverGroup}
          onChange={(e) => set({ resolverGroup: e.currentTarget.value })}
          error={errorFor('outcome.resolverGroup')}
        />
      )}
      {outcome.kind === 'refused' && refusal?.(outcome.notes.trim() === '', fillNotes)}
      {outcome.kind === 'refused' && !refusal && callId && <CallRefusal callId={callId} notesEmpty={outcome.notes.trim() === ''} onSpoken={fillNotes} />}
      {(outcome.kind === 'callback' || outcome.kind === 'handed-over') && <PromisePanel draft={draft} update={update} errorFor={errorFor} />}
      <Textarea
        id="call-outcome-notes"
        label={t('call.outcome.notes')}
        description={t(`call.outcome.notesHint.${outcome.kind ?? 'none'}`)}
        autosize
        minRows={3}
        withAsterisk={outcome.kind === 'resolved' || outcome.kind === 'refused'}
        maxLength={10000}
        value={outcome.notes}
        onChange={(e) => set({ notes: e.currentTarget.value })}
        error={errorFor('outcome.notes')}
      />
      <PlainLanguageHints text={outcome.notes} language={callLanguage(draft, settings)} onChange={(notes) => set({ notes })} testId="notes-hints" />
    </Section>
  )
}
