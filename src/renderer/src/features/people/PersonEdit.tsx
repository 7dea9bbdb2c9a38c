import { Checkbox, Group, Select, SimpleGrid, Skeleton, Stack, TextInput, Title } from '@mantine/core'
import { FORM_INDEX, useForm } from '@mantine/form'
import { useTranslation } from 'react-i18next'
import { useNavigate, useParams, useSearchParams } from 'react-router'
import type { KnowledgeItem, PersonDetail } from '../../../../shared/knowledge/details'
import type { Language } from '../../../../shared/knowledge/entities'
import type { PersonForm } from '../../../../shared/knowledge/forms'
import { formatPhone } from '../../../../shared/knowledge/phone'
import { call } from '../../api'
import { ErrorNotice } from '../../components/ErrorNotice'
import { InternalField } from '../../components/Internal'
import { Section } from '../../components/Section'
import { useSettings } from '../../components/settings-context'
import { useRequest } from '../../components/use-request'
import { FormActions, useSave } from '../../components/use-save'
import { NameField, PhonesField, personValidator } from './person-fields'

type Option = { value: string; label: string }

function emptyForm(language: Language): PersonForm {
  return { name: '', email: '', departmentId: null, role: '', vip: false, keyContact: false, preferredLanguage: language, notes: '', notesShareable: false, phones: [] }
}

/**
 * A new person may start from what the agent typed during a call ("save as person"): name, phone,
 * e-mail and department arrive in the address, and `call` names the call to return to.
 */
function prefilled(form: PersonForm, params: URLSearchParams): PersonForm {
  const text = (name: string) => params.get(name)?.trim() ?? ''
  const phone = text('phone')
  return {
    ...form,
    name: text('name') || form.name,
    email: text('email') || form.email,
    departmentId: text('departmentId') || form.departmentId,
    phones: phone ? [{ label: '', number: phone }] : form.phones,
  }
}

/** After saving a person met during a call: the call gets them as its caller, and the agent goes back to it. */
async function linkToCall(callId: string, person: PersonDetail): Promise<void> {
  const current = await call('calls:get', { id: callId })
  if (current.status !== 'draft') return
  const draft = {
    ...current.draft,
    caller: { ...current.draft.caller, personId: person.id, language: person.preferredLanguage },
    departmentId: person.departmentId ?? current.draft.departmentId,
  }
  await call('calls:save-draft', { id: callId, draft })
}

function formOf(p: PersonDetail): PersonForm {
  return {
    name: p.name,
    email: p.email,
    departmentId: p.departmentId,
    role: p.role,
    vip: p.vip,
    keyContact: p.keyContact,
    preferredLanguage: p.preferredLanguage,
    notes: p.notes,
    notesShareable: p.notesShareable,
    // Stored as E.164; shown as an agent reads it out. The service reads it back the same way.
    phones: p.phones.map((ph) => ({ label: ph.label, number: formatPhone(ph.number) })),
  }
}

export function PersonEdit() {
  const { id } = useParams()
  const [departments] = useRequest('departments:list', {})
  const [people] = useRequest('people:list', {})
  if (departments.status !== 'done' || people.status !== 'done') {
    const failed = [departments, people].find((r) => r.status === 'error')
    return failed?.status === 'error' ? <ErrorNotice error={failed.error} /> : <Skeleton h={400} />
  }
  const options = departments.value.map((d) => ({ value: d.id, label: d.name }))
  return id ? <ExistingPersonEdit key={id} id={id} departments={options} people={people.value} /> : <PersonFormView initial={null} departments={options} people={people.value} />
}

function ExistingPersonEdit({ id, departments, people }: { id: string; departments: Option[]; people: KnowledgeItem[] }) {
  const [person] = useRequest('people:get', { id })
  if (person.status === 'loading') return <Skeleton h={400} />
  if (person.status === 'error') return <ErrorNotice error={person.error} />
  return <PersonFormView id={id} initial={person.value} departments={departments} people={people} />
}

function PersonFormView({ id, initial, departments, people }: { id?: string; initial: PersonDetail | null; departments: Option[]; people: KnowledgeItem[] }) {
  const { t } = useTranslation()
  const navigate = useNavigate()
  const settings = useSettings()
  const [params] = useSearchParams()
  const fromCall = id ? null : params.get('call')
  const form = useForm<PersonForm>({
    initialValues: initial ? formOf(initial) : prefilled(emptyForm(settings.contentLanguage), params),
    validate: personValidator(t, settings.defaultCountry),
    validateInputOnBlur: [`phones.${FORM_INDEX}.number`],
  })
  const { submit, saving, problem } = useSave(
    form,
    (values) => call('people:save', { id, values }),
    (saved) => {
      if (!fromCall) return void navigate(`/people/${saved.id}`)
      // The person is saved either way; if the call cannot take them (finished meanwhile), their page opens.
      linkToCall(fromCall, saved).then(
        () => void navigate(`/calls/${fromCall}`),
        () => void navigate(`/people/${saved.id}`),
      )
    },
  )
  return (
    <form onSubmit={submit} noValidate>
      <Stack>
        <Title order={2}>{initial ? t('people.edit.editTitle', { name: initial.name }) : t('people.edit.newTitle')}</Title>
        <Section title={t('people.edit.person')}>
          <NameField form={form} people={people} ownId={id} />
          <SimpleGrid cols={{ base: 1, md: 2 }}>
            <TextInput label={t('people.edit.role')} {...form.getInputProps('role')} />
            <Select
              label={t('people.edit.department')}
              placeholder={t('people.edit.departmentPlaceholder')}
              data={departments}
              searchable
              clearable
              {...form.getInputProps('departmentId')}
            />
            <TextInput label={t('people.edit.email')} type="email" {...form.getInputProps('email')} />
            <Select
              label={t('people.edit.preferredLanguage')}
              data={(['nl', 'en'] as const).map((l) => ({ value: l, label: t(`people.languages.${l}`) }))}
              allowDeselect={false}
              {...form.getInputProps('preferredLanguage')}
            />
          </SimpleGrid>
          <Group gap="xl">
            <Checkbox label={t('people.edit.vip')} description={t('people.vipHint')} {...form.getInputProps('vip', { type: 'checkbox' })} />
            <Checkbox label={t('people.edit.keyContact')} description={t('people.keyContactHint')} {...form.getInputProps('keyContact', { type: 'checkbox' })} />
          </Group>
        </Section>
        <PhonesField form={form} defaultCountry={settings.defaultCountry} />
        <InternalField
          title={t('people.edit.notes')}
          shareableLabel={t('people.edit.shareable')}
          text={form.getInputProps('notes')}
          shareable={form.getInputProps('notesShareable', { type: 'checkbox' })}
        />
        <FormActions problem={problem} saving={saving} form={form} onCancel={() => void navigate(id ? `/people/${id}` : '/people')} />
      </Stack>
    </form>
  )
}
