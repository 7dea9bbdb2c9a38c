import { SimpleGrid, Skeleton, Stack, Text, Textarea, TextInput, Title } from '@mantine/core'
import { useForm } from '@mantine/form'
import { useTranslation } from 'react-i18next'
import { useNavigate, useParams } from 'react-router'
import type { ApplicationDetail } from '../../../../shared/knowledge/details'
import { applicationFormSchema, type ApplicationForm } from '../../../../shared/knowledge/forms'
import { call } from '../../api'
import { ErrorNotice } from '../../components/ErrorNotice'
import { formValidator } from '../../components/form-errors'
import { Section } from '../../components/Section'
import { useRequest } from '../../components/use-request'
import { FormActions, useSave } from '../../components/use-save'

const empty: ApplicationForm = { name: '', description: '', owner: '', resolverGroup: '', resolverContact: '', supportHours: '', knownIssues: '' }

function formOf(a: ApplicationDetail): ApplicationForm {
  return {
    name: a.name,
    description: a.description,
    owner: a.owner,
    resolverGroup: a.resolverGroup,
    resolverContact: a.resolverContact,
    supportHours: a.supportHours,
    knownIssues: a.knownIssues,
  }
}

export function ApplicationEdit() {
  const { id } = useParams()
  return id ? <ExistingApplicationEdit key={id} id={id} /> : <ApplicationFormView initial={null} />
}

function ExistingApplicationEdit({ id }: { id: string }) {
  const [application] = useRequest('applications:get', { id })
  if (application.status === 'loading') return <Skeleton h={400} />
  if (application.status === 'error') return <ErrorNotice error={application.error} />
  return <ApplicationFormView id={id} initial={application.value} />
}

function ApplicationFormView({ id, initial }: { id?: string; initial: ApplicationDetail | null }) {
  const { t } = useTranslation()
  const navigate = useNavigate()
  const form = useForm<ApplicationForm>({ initialValues: initial ? formOf(initial) : empty, validate: formValidator(applicationFormSchema, t) })
  const { submit, saving, problem } = useSave(
    form,
    (values) => call('applications:save', { id, values }),
    (saved) => void navigate(`/applications/${saved.id}`),
  )
  return (
    <form onSubmit={submit} noValidate>
      <Stack>
        <Title order={2}>{initial ? t('applications.edit.editTitle', { name: initial.name }) : t('applications.edit.newTitle')}</Title>
        <Section title={t('applications.edit.application')}>
          <TextInput label={t('applications.edit.name')} description={t('applications.edit.nameHint')} withAsterisk {...form.getInputProps('name')} />
          <Textarea
            label={t('applications.edit.description')}
            description={t('applications.edit.descriptionHint')}
            autosize
            minRows={3}
            {...form.getInputProps('description')}
          />
          <Text size="sm" c="dimmed">
            {t('applications.edit.departmentsHint')}
          </Text>
        </Section>
        <Section title={t('applications.edit.whoHelps')}>
          <SimpleGrid cols={{ base: 1, md: 2 }}>
            <TextInput label={t('applications.edit.owner')} placeholder={t('applications.edit.ownerPlaceholder')} {...form.getInputProps('owner')} />
            <TextInput label={t('applications.edit.resolverGroup')} {...form.getInputProps('resolverGroup')} />
          </SimpleGrid>
          <Textarea
            label={t('applications.edit.resolverContact')}
            description={t('applications.edit.resolverContactHint')}
            autosize
            minRows={2}
            {...form.getInputProps('resolverContact')}
          />
          <TextInput label={t('applications.edit.supportHours')} placeholder={t('applications.edit.supportHoursPlaceholder')} {...form.getInputProps('supportHours')} />
        </Section>
        <Section title={t('applications.edit.knownIssues')}>
          <Textarea
            aria-label={t('applications.edit.knownIssues')}
            description={t('applications.edit.knownIssuesHint')}
            autosize
            minRows={3}
            {...form.getInputProps('knownIssues')}
          />
        </Section>
        <FormActions problem={problem} saving={saving} form={form} onCancel={() => void navigate(id ? `/applications/${id}` : '/applications')} />
      </Stack>
    </form>
  )
}
