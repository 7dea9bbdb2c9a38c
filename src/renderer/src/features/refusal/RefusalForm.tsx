import { ActionIcon, Alert, Button, Checkbox, Group, Input, Paper, SegmentedControl, Stack, Text, Textarea, TextInput } from '@mantine/core'
import type { ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import type { Language } from '../../../../shared/knowledge/entities'
import { decisionKinds, type DecisionKind, type PartName, type RefusalParts } from '../../../../shared/refusal/parts'
import type { PrefillNotice } from '../../../../shared/refusal/prefill'
import { Section } from '../../components/Section'
import { fieldId, getField, setField } from './parts-edit'

type Props = {
  parts: RefusalParts
  onChange: (change: (parts: RefusalParts) => RefusalParts) => void
  language: Language
  contentLanguage: Language
  notices: PrefillNotice[]
  errorFor: (field: string) => string | undefined
}

/** The guided form: the eight parts in the order the written version tells them. */
export function RefusalForm({ parts, onChange, language, contentLanguage, notices, errorFor }: Props) {
  const { t } = useTranslation()
  const set = (path: string, value: unknown) => onChange((p) => setField(p, path, value))
  const notice = (field: string): ReactNode => {
    const n = notices.find((x) => x.field === field)
    if (!n) return null
    return (
      <Alert color="yellow" variant="light" p="xs" data-testid={`notice-${fieldId(field)}`} data-notice-field={field}>
        <Text size="sm">{t(`refusal.notice.${n.why}`, { stored: t(`refusal.languages.${contentLanguage}`), language: t(`refusal.languages.${language}`) })}</Text>
        {n.stored && (
          <Text size="xs" c="dimmed" lang={contentLanguage} style={{ whiteSpace: 'pre-line' }}>
            {t('refusal.notice.stored', { text: n.stored })}
          </Text>
        )}
      </Alert>
    )
  }
  const text = (path: string, label: string, options: { hint?: string; long?: boolean; required?: boolean } = {}) => {
    const common = {
      id: fieldId(path),
      label,
      description: options.hint,
      withAsterisk: options.required ?? true,
      value: getField(parts, path),
      error: errorFor(path),
      onChange: (e: { currentTarget: { value: string } }) => set(path, e.currentTarget.value),
    }
    return (
      <Stack gap={4}>
        {options.long ? <Textarea {...common} autosize minRows={2} /> : <TextInput {...common} />}
        {notice(path)}
      </Stack>
    )
  }
  const part = (name: PartName, children: ReactNode) => (
    <Section title={t(`refusal.parts.${name}`)} testId={`refusal-part-${name}`}>
      {children}
    </Section>
  )
  const kind = parts.decision.kind

  return (
    <Stack gap="md">
      {part(
        'request',
        <>
          {text('request', t('refusal.fields.request'), { hint: t('refusal.fields.requestHint') })}
          {text('goal', t('refusal.fields.goal'), { hint: t('refusal.fields.goalHint') })}
        </>,
      )}
      {part(
        'decision',
        <>
          <Input.Wrapper label={t('refusal.fields.decisionKind')} withAsterisk>
            <SegmentedControl
              id={fieldId('decision.kind')}
              fullWidth
              aria-label={t('refusal.fields.decisionKind')}
              value={kind}
              onChange={(v) => set('decision.kind', v as DecisionKind)}
              data={decisionKinds.map((k) => ({ value: k, label: t(`refusal.fields.kinds.${k}`) }))}
            />
          </Input.Wrapper>
          {kind !== 'no' && text('decision.condition', t(`refusal.fields.condition.${kind}`), { hint: t('refusal.fields.conditionHint') })}
        </>,
      )}
      {part('reason', text('reason', t('refusal.fields.reason'), { hint: t('refusal.fields.reasonHint'), long: true }))}
      {part(
        'rule',
        <>
          {text('rule.statement', t('refusal.fields.statement'), { long: true })}
          {text('rule.owner', t('refusal.fields.owner'), { hint: t('refusal.fields.ownerHint') })}
        </>,
      )}
      {part(
        'alternatives',
        <Stack gap="sm" id={fieldId('alternatives')} tabIndex={-1}>
          {notice('alternatives')}
          {!parts.noAlternative.none &&
            parts.alternatives.map((_, i) => (
              <Paper key={i} withBorder p="sm" data-testid="refusal-alternative">
                <Stack gap={6}>
                  <Group justify="space-between" align="flex-end" wrap="nowrap">
                    <div style={{ flex: 1 }}>{text(`alternatives.${i}.what`, t('refusal.fields.what', { number: i + 1 }), { long: true })}</div>
                    <ActionIcon
                      variant="subtle"
                      color="red"
                      aria-label={t('refusal.fields.removeAlternative', { number: i + 1 })}
                      title={t('refusal.fields.removeAlternative', { number: i + 1 })}
                      onClick={() => onChange((p) => ({ ...p, alternatives: p.alternatives.filter((__, j) => j !== i) }))}
                    >
                      ×
                    </ActionIcon>
                  </Group>
                  <Group grow align="flex-start">
                    {text(`alternatives.${i}.how`, t('refusal.fields.how'), { hint: t('refusal.fields.howHint') })}
                    {text(`alternatives.${i}.howLong`, t('refusal.fields.howLong'), { hint: t('refusal.fields.howLongHint') })}
                  </Group>
                </Stack>
              </Paper>
            ))}
          {errorFor('alternatives') && (
            <Text size="sm" c="red" role="alert" data-testid="refusal-alternatives-error">
              {errorFor('alternatives')}
            </Text>
          )}
          <Group>
            {!parts.noAlternative.none && (
              <Button variant="light" size="xs" onClick={() => onChange((p) => ({ ...p, alternatives: [...p.alternatives, { what: '', how: '', howLong: '' }] }))}>
                {t('refusal.fields.addAlternative')}
              </Button>
            )}
            <Checkbox
              id={fieldId('noAlternative.none')}
              label={t('refusal.fields.noAlternative')}
              checked={parts.noAlternative.none}
              onChange={(e) => set('noAlternative.none', e.currentTarget.checked)}
            />
          </Group>
          {parts.noAlternative.none && text('noAlternative.why', t('refusal.fields.noAlternativeWhy'), { long: true })}
        </Stack>,
      )}
      {part(
        'exception',
        <>
          {text('exception.who', t('refusal.fields.exceptionWho'))}
          {text('exception.needs', t('refusal.fields.exceptionNeeds'), { long: true })}
          {text('exception.howLong', t('refusal.fields.exceptionHowLong'))}
        </>,
      )}
      {part(
        'nextStep',
        <>
          <Group grow align="flex-start">
            {text('nextStep.who', t('refusal.fields.nextWho'), { hint: t('refusal.fields.nextWhoHint') })}
            {text('nextStep.what', t('refusal.fields.nextWhat'), { hint: t('refusal.fields.nextWhatHint') })}
          </Group>
          <Group align="flex-start">
            <TextInput
              id={fieldId('nextStep.date')}
              type="date"
              label={t('refusal.fields.nextDate')}
              withAsterisk
              value={parts.nextStep.date}
              error={errorFor('nextStep.date')}
              onChange={(e) => set('nextStep.date', e.currentTarget.value)}
            />
            <TextInput
              id={fieldId('nextStep.time')}
              type="time"
              label={t('refusal.fields.nextTime')}
              value={parts.nextStep.time}
              onChange={(e) => set('nextStep.time', e.currentTarget.value)}
            />
          </Group>
        </>,
      )}
      {part('invitation', text('invitation', t('refusal.fields.invitation'), { long: true }))}
    </Stack>
  )
}
