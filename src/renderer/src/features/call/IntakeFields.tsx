import { Grid, Input, SegmentedControl, Select, Stack, Textarea, TextInput } from '@mantine/core'
import { useRef } from 'react'
import { useTranslation } from 'react-i18next'
import { impactLevels, urgencyLevels } from '../../../../shared/call/priority'
import { othersAffectedSchema, type CallDraft, type CallIntake } from '../../../../shared/call/record'
import type { KnowledgeItem } from '../../../../shared/knowledge/details'
import type { DepartmentDetail } from '../../../../shared/knowledge/entities'
import { call } from '../../api'
import { Section } from '../../components/Section'
import { ArticleSuggestions } from './ArticleSuggestions'
import type { UpdateDraft } from './call-draft'

type Props = {
  draft: CallDraft
  update: UpdateDraft
  department: DepartmentDetail | null
  applications: KnowledgeItem[]
  errorFor: (field: string) => string | undefined
}

/** A choice of a few levels; nothing chosen until the agent chooses. */
function Levels<T extends string>({ id, label, value, values, onChange }: { id?: string; label: string; value: T | null; values: readonly T[]; onChange: (value: T) => void }) {
  const { t } = useTranslation()
  return (
    <Input.Wrapper label={label} id={id ? `${id}-label` : undefined}>
      <SegmentedControl
        id={id}
        fullWidth
        size="xs"
        aria-label={label}
        value={value ?? ''}
        onChange={(v) => onChange(v as T)}
        data={values.map((v) => ({ value: v, label: t(`call.levels.${String(v)}`) }))}
        data-value={value ?? ''}
      />
    </Input.Wrapper>
  )
}

/** What the caller tells: in their own words, since when, what they tried, who else, how bad, which application. */
export function IntakeFields({ draft, update, department, applications, errorFor }: Props) {
  const { t } = useTranslation()
  const intake = draft.intake
  const set = <K extends keyof CallIntake>(key: K, value: CallIntake[K]) => update((d) => ({ ...d, intake: { ...d.intake, [key]: value } }))
  const prefilled = useRef('')

  const own = department?.applications ?? []
  const ownIds = new Set(own.map((a) => a.id))
  const data = [
    ...(own.length ? [{ group: t('call.intake.departmentApplications', { name: department?.name }), items: own.map((a) => ({ value: a.id, label: a.name })) }] : []),
    { group: t('call.intake.allApplications'), items: applications.filter((a) => !ownIds.has(a.id)).map((a) => ({ value: a.id, label: a.title })) },
  ]

  const chooseApplication = async (id: string | null) => {
    update((d) => ({ ...d, applicationId: id }))
    if (!id) return
    // The resolver group follows the application, unless the agent typed one of their own.
    const group = own.find((a) => a.id === id)?.resolverGroup ?? (await call('applications:get', { id }).then((a) => a.resolverGroup).catch(() => ''))
    update((d) => {
      const typed = d.outcome.resolverGroup.trim()
      if (d.applicationId !== id || (typed !== '' && typed !== prefilled.current)) return d
      prefilled.current = group
      return { ...d, outcome: { ...d.outcome, resolverGroup: group } }
    })
  }

  return (
    <Section title={t('call.intake.title')} testId="call-intake">
      <Grid gap="sm">
        <Grid.Col span={{ base: 12, lg: 8 }}>
          <Stack gap="sm">
            <Textarea
              id="call-intake-what"
              label={t('call.intake.what')}
              description={t('call.intake.whatHint')}
              autosize
              minRows={3}
              maxRows={10}
              maxLength={5000}
              value={intake.what}
              onChange={(e) => set('what', e.currentTarget.value)}
              error={errorFor('intake.what')}
              withAsterisk
            />
            <Grid gap="sm">
              <Grid.Col span={{ base: 12, sm: 5 }}>
                <TextInput label={t('call.intake.since')} placeholder={t('call.intake.sincePlaceholder')} maxLength={500} value={intake.since} onChange={(e) => set('since', e.currentTarget.value)} />
              </Grid.Col>
              <Grid.Col span={{ base: 12, sm: 7 }}>
                <Textarea label={t('call.intake.tried')} autosize minRows={1} maxLength={2000} value={intake.tried} onChange={(e) => set('tried', e.currentTarget.value)} />
              </Grid.Col>
            </Grid>
          </Stack>
        </Grid.Col>
        <Grid.Col span={{ base: 12, lg: 4 }}>
          <ArticleSuggestions what={intake.what} />
        </Grid.Col>
      </Grid>
      <Levels label={t('call.intake.othersAffected')} value={intake.othersAffected} values={othersAffectedSchema.options} onChange={(v) => set('othersAffected', v)} />
      <Grid gap="sm">
        <Grid.Col span={{ base: 12, lg: 6 }}>
          <Levels id="call-intake-impact" label={t('call.intake.impact')} value={intake.impact} values={impactLevels} onChange={(v) => set('impact', v)} />
        </Grid.Col>
        <Grid.Col span={{ base: 12, lg: 6 }}>
          <Levels label={t('call.intake.urgency')} value={intake.urgency} values={urgencyLevels} onChange={(v) => set('urgency', v)} />
        </Grid.Col>
      </Grid>
      <Select
        id="call-intake-application"
        label={t('call.intake.application')}
        placeholder={t('call.intake.applicationPlaceholder')}
        searchable
        clearable
        data={data}
        value={draft.applicationId}
        onChange={(id) => void chooseApplication(id)}
        nothingFoundMessage={t('call.intake.noApplication')}
      />
    </Section>
  )
}
