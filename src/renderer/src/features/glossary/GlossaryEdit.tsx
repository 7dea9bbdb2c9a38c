import { Skeleton, Stack, TagsInput, Textarea, TextInput, Title } from '@mantine/core'
import { useForm } from '@mantine/form'
import { useTranslation } from 'react-i18next'
import { useNavigate, useParams } from 'react-router'
import type { GlossaryDetail } from '../../../../shared/knowledge/details'
import { glossaryFormSchema, type GlossaryForm } from '../../../../shared/knowledge/forms'
import { call } from '../../api'
import { ErrorNotice } from '../../components/ErrorNotice'
import { formValidator } from '../../components/form-errors'
import { Section } from '../../components/Section'
import { useRequest } from '../../components/use-request'
import { FormActions, useSave } from '../../components/use-save'

const empty: GlossaryForm = { term: '', aliases: [], meaning: '' }


export function GlossaryEdit() {
  const { id } = useParams()
  return id ? <ExistingTerm key={id} id={id} /> : <GlossaryFormView initial={null} />
}

function ExistingTerm({ id }: { id: string }) {
  const [term] = useRequest('glossary:get', { id })
  if (term.status === 'error') return <ErrorNotice error={term.error} />
  if (term.status === 'loading') return <Skeleton h={300} />
  return <GlossaryFormView id={id} initial={term.value} />
}

function GlossaryFormView({ id, initial }: { id?: string; initial: GlossaryDetail | null }) {
  const { t } = useTranslation()
  const navigate = useNavigate()
  const form = useForm<GlossaryForm>({
    initialValues: initial ? { term: initial.term, aliases: initial.aliases, meaning: initial.meaning } : empty,
    validate: formValidator(glossaryFormSchema, t),
  })

  const { submit, saving, problem } = useSave(
    form,
    (values) => call('glossary:save', { id, values }),
    (saved) => void navigate(`/glossary/${saved.id}`),
  )

  return (
    <form onSubmit={submit} noValidate>
      <Stack>
        <Title order={2}>{initial ? t('glossary.edit.editTitle', { term: initial.term }) : t('glossary.edit.newTitle')}</Title>
        <Section title={t('glossary.edit.section')}>
          <TextInput label={t('glossary.edit.term')} description={t('glossary.edit.termHint')} withAsterisk autoFocus {...form.getInputProps('term')} />
          <TagsInput label={t('glossary.edit.aliases')} description={t('glossary.edit.aliasesHint')} clearable {...form.getInputProps('aliases')} />
          <Textarea label={t('glossary.edit.meaning')} description={t('glossary.edit.meaningHint')} autosize minRows={3} {...form.getInputProps('meaning')} />
        </Section>
        <FormActions problem={problem} saving={saving} form={form} onCancel={() => void navigate(id ? `/glossary/${id}` : '/glossary')} />
      </Stack>
    </form>
  )
}
