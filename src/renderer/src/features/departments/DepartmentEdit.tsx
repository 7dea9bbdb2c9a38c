import { Skeleton, Stack, Textarea, TextInput, Title } from '@mantine/core'
import { useForm } from '@mantine/form'
import { useTranslation } from 'react-i18next'
import { useNavigate, useParams } from 'react-router'
import type { DepartmentDetail } from '../../../../shared/knowledge/entities'
import { departmentFormSchema, type DepartmentForm } from '../../../../shared/knowledge/forms'
import { call } from '../../api'
import { ErrorNotice } from '../../components/ErrorNotice'
import { InternalField } from '../../components/Internal'
import { formValidator } from '../../components/form-errors'
import { Section } from '../../components/Section'
import { useRequest } from '../../components/use-request'
import { FormActions, useSave } from '../../components/use-save'
import { BusyPeriodsField, CriticalityField, OwnWordsField, type Option } from './department-fields'

const empty: DepartmentForm = {
  name: '',
  mission: '',
  whatMatters: '',
  busyPeriods: [],
  sensitivities: '',
  sensitivitiesShareable: false,
  preferredContact: '',
  applications: [],
  ownWords: [],
}

function formOf(d: DepartmentDetail): DepartmentForm {
  return {
    name: d.name,
    mission: d.mission,
    whatMatters: d.whatMatters,
    busyPeriods: d.busyPeriods,
    sensitivities: d.sensitivities,
    sensitivitiesShareable: d.sensitivitiesShareable,
    preferredContact: d.preferredContact,
    applications: d.applications.map((a) => ({ applicationId: a.id, criticality: a.criticality, reason: a.reason })),
    ownWords: d.ownWords.map((w) => ({ term: w.term, meaning: w.meaning, applicationId: w.applicationId, glossaryTermId: w.glossaryTermId })),
  }
}

export function DepartmentEdit() {
  const { id } = useParams()
  const [applications] = useRequest('applications:list', {})
  const [glossary] = useRequest('glossary:list', {})
  if (applications.status !== 'done' || glossary.status !== 'done') {
    const failed = [applications, glossary].find((r) => r.status === 'error')
    return failed?.status === 'error' ? <ErrorNotice error={failed.error} /> : <Skeleton h={400} />
  }
  const toOptions = (items: { id: string; title: string }[]): Option[] => items.map((i) => ({ value: i.id, label: i.title }))
  const options = { applications: toOptions(applications.value), glossary: toOptions(glossary.value) }
  return id ? <ExistingDepartment key={id} id={id} {...options} /> : <DepartmentFormView initial={null} {...options} />
}

function ExistingDepartment({ id, applications, glossary }: { id: string; applications: Option[]; glossary: Option[] }) {
  const [department] = useRequest('departments:get', { id })
  if (department.status === 'error') return <ErrorNotice error={department.error} />
  if (department.status === 'loading') return <Skeleton h={400} />
  return <DepartmentFormView id={id} initial={department.value} applications={applications} glossary={glossary} />
}

function DepartmentFormView({ id, initial, applications, glossary }: { id?: string; initial: DepartmentDetail | null; applications: Option[]; glossary: Option[] }) {
  const { t } = useTranslation()
  const navigate = useNavigate()
  const form = useForm<DepartmentForm>({ initialValues: initial ? formOf(initial) : empty, validate: formValidator(departmentFormSchema, t) })
  const { submit, saving, problem } = useSave(
    form,
    (values) => call('departments:save', { id, values }),
    (saved) => void navigate(`/departments/${saved.id}`),
  )

  return (
    <form onSubmit={submit} noValidate>
      <Stack>
        <Title order={2}>{initial ? t('departments.edit.editTitle', { name: initial.name }) : t('departments.edit.newTitle')}</Title>
        <Section title={t('departments.title')}>
          <TextInput label={t('departments.edit.name')} withAsterisk {...form.getInputProps('name')} />
          <TextInput label={t('departments.edit.mission')} {...form.getInputProps('mission')} />
          <Textarea label={t('departments.edit.whatMatters')} description={t('departments.edit.whatMattersHint')} autosize minRows={3} {...form.getInputProps('whatMatters')} />
          <TextInput label={t('departments.edit.preferredContact')} {...form.getInputProps('preferredContact')} />
        </Section>
        <BusyPeriodsField form={form} applications={applications} />
        <CriticalityField form={form} applications={applications} />
        <OwnWordsField form={form} applications={applications} glossary={glossary} />
        <InternalField
          title={t('departments.edit.sensitivities')}
          shareableLabel={t('departments.edit.shareable')}
          text={form.getInputProps('sensitivities')}
          shareable={form.getInputProps('sensitivitiesShareable', { type: 'checkbox' })}
        />
        <FormActions problem={problem} saving={saving} form={form} onCancel={() => void navigate(id ? `/departments/${id}` : '/departments')} />
      </Stack>
    </form>
  )
}
