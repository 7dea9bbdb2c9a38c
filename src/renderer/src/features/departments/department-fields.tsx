import { ActionIcon, Button, Group, MultiSelect, NumberInput, Select, Stack, Text, TextInput } from '@mantine/core'
import type { UseFormReturnType } from '@mantine/form'
import { useTranslation } from 'react-i18next'
import type { BusyPeriodRule } from '../../../../shared/knowledge/busy-period'
import type { DepartmentForm } from '../../../../shared/knowledge/forms'
import { Section } from '../../components/Section'

export type Option = { value: string; label: string }
type Form = UseFormReturnType<DepartmentForm>

const defaultRule: Record<BusyPeriodRule['kind'], BusyPeriodRule> = {
  'last-working-days': { kind: 'last-working-days', count: 3 },
  'day-of-month': { kind: 'day-of-month', day: 20 },
  'date-range': { kind: 'date-range', from: '01-01', to: '01-31' },
}

function RemoveButton({ onClick, label }: { onClick: () => void; label: string }) {
  return (
    <ActionIcon variant="subtle" color="red" onClick={onClick} aria-label={label} mt={24}>
      ×
    </ActionIcon>
  )
}

export function BusyPeriodsField({ form, applications }: { form: Form; applications: Option[] }) {
  const { t } = useTranslation()
  return (
    <Section title={t('departments.edit.busyPeriods')}>
      {form.values.busyPeriods.map((period, i) => (
        <Stack key={i} gap={6} pb="sm" style={{ borderBottom: '1px solid var(--mantine-color-gray-2)' }} data-testid="busy-period">
          <Group align="flex-start" wrap="nowrap">
            <TextInput label={t('departments.edit.label')} withAsterisk style={{ flex: 1 }} {...form.getInputProps(`busyPeriods.${i}.label`)} />
            <Select
              label={t('departments.edit.ruleKind')}
              allowDeselect={false}
              w={260}
              data={(['last-working-days', 'day-of-month', 'date-range'] as const).map((k) => ({ value: k, label: t(`departments.edit.kinds.${k}`) }))}
              value={period.rule.kind}
              onChange={(kind) => kind && form.setFieldValue(`busyPeriods.${i}.rule`, defaultRule[kind as BusyPeriodRule['kind']])}
            />
            {period.rule.kind === 'last-working-days' && <NumberInput label={t('departments.edit.count')} min={1} max={10} w={140} {...form.getInputProps(`busyPeriods.${i}.rule.count`)} />}
            {period.rule.kind === 'day-of-month' && <NumberInput label={t('departments.edit.day')} min={1} max={31} w={100} {...form.getInputProps(`busyPeriods.${i}.rule.day`)} />}
            {period.rule.kind === 'date-range' && (
              <>
                <TextInput label={t('departments.edit.from')} w={130} placeholder="01-01" {...form.getInputProps(`busyPeriods.${i}.rule.from`)} />
                <TextInput label={t('departments.edit.to')} w={150} placeholder="01-31" {...form.getInputProps(`busyPeriods.${i}.rule.to`)} />
              </>
            )}
            <RemoveButton label={t('common.remove')} onClick={() => form.removeListItem('busyPeriods', i)} />
          </Group>
          <TextInput label={t('departments.edit.note')} {...form.getInputProps(`busyPeriods.${i}.note`)} />
          <MultiSelect label={t('departments.edit.periodApplications')} data={applications} searchable clearable {...form.getInputProps(`busyPeriods.${i}.applicationIds`)} />
        </Stack>
      ))}
      <Button variant="light" w="fit-content" onClick={() => form.insertListItem('busyPeriods', { label: '', rule: defaultRule['last-working-days'], note: '', applicationIds: [] })}>
        {t('departments.edit.addBusyPeriod')}
      </Button>
    </Section>
  )
}

export function CriticalityField({ form, applications }: { form: Form; applications: Option[] }) {
  const { t } = useTranslation()
  return (
    <Section title={t('departments.edit.applications')}>
      {form.values.applications.map((_a, i) => (
        <Group key={i} align="flex-start" wrap="nowrap" data-testid="linked-application">
          <Select label={t('departments.edit.application')} data={applications} searchable allowDeselect={false} w={260} {...form.getInputProps(`applications.${i}.applicationId`)} />
          <Select
            label={t('departments.edit.criticality')}
            allowDeselect={false}
            w={150}
            data={(['critical', 'important', 'normal'] as const).map((c) => ({ value: c, label: t(`departments.criticality.${c}`) }))}
            {...form.getInputProps(`applications.${i}.criticality`)}
          />
          <TextInput label={t('departments.edit.reason')} style={{ flex: 1 }} {...form.getInputProps(`applications.${i}.reason`)} />
          <RemoveButton label={t('common.remove')} onClick={() => form.removeListItem('applications', i)} />
        </Group>
      ))}
      {applications.length === 0 && <Text c="dimmed">{t('departments.noApplications')}</Text>}
      <Button
        variant="light"
        w="fit-content"
        disabled={applications.length === 0}
        onClick={() => form.insertListItem('applications', { applicationId: '', criticality: 'critical', reason: '' })}
      >
        {t('departments.edit.addApplication')}
      </Button>
    </Section>
  )
}

export function OwnWordsField({ form, applications, glossary }: { form: Form; applications: Option[]; glossary: Option[] }) {
  const { t } = useTranslation()
  return (
    <Section title={t('departments.edit.ownWords')}>
      {form.values.ownWords.map((_w, i) => (
        <Group key={i} align="flex-start" wrap="nowrap" data-testid="own-word">
          <TextInput label={t('departments.edit.term')} withAsterisk w={200} {...form.getInputProps(`ownWords.${i}.term`)} />
          <TextInput label={t('departments.edit.meaning')} style={{ flex: 1 }} {...form.getInputProps(`ownWords.${i}.meaning`)} />
          <Select label={t('departments.edit.linkApplication')} data={applications} searchable clearable w={220} {...form.getInputProps(`ownWords.${i}.applicationId`)} />
          <Select label={t('departments.edit.linkGlossary')} data={glossary} searchable clearable w={180} {...form.getInputProps(`ownWords.${i}.glossaryTermId`)} />
          <RemoveButton label={t('common.remove')} onClick={() => form.removeListItem('ownWords', i)} />
        </Group>
      ))}
      <Button variant="light" w="fit-content" onClick={() => form.insertListItem('ownWords', { term: '', meaning: '', applicationId: null, glossaryTermId: null })}>
        {t('departments.edit.addOwnWord')}
      </Button>
    </Section>
  )
}
