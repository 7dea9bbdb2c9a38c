import { Button, Group, Skeleton, Stack, TagsInput, Text, Textarea, TextInput, Title } from '@mantine/core'
import { useForm } from '@mantine/form'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { useNavigate, useParams } from 'react-router'
import type { GlossaryDetail } from '../../../../shared/knowledge/details'
import { glossaryFormSchema, type GlossaryForm } from '../../../../shared/knowledge/forms'
import { call, type ApiError } from '../../api'
import { ErrorNotice } from '../../components/ErrorNotice'
import { applySaveError, formValidator } from '../../components/form-errors'
import { Section } from '../../components/Section'
import { useRequest } from '../../components/use-request'

const empty: GlossaryForm = { term: '', aliases: [], meaning: '' }

/** Whether every problem of a failed save is shown at a field of the form (then no general notice is needed). */
function onFieldsOnly(error: ApiError, values: object): boolean {
  const issues = error.data.issues ?? []
  return issues.length > 0 && issues.every((i) => i.field.replace(/^values\./, '').split('.')[0]! in values)
}

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
  const [error, setError] = useState<ApiError | null>(null)
  const [saving, setSaving] = useState(false)
  const form = useForm<GlossaryForm>({
    initialValues: initial ? { term: initial.term, aliases: initial.aliases, meaning: initial.meaning } : empty,
    validate: formValidator(glossaryFormSchema, t),
  })

  const submit = form.onSubmit(async (values) => {
    setSaving(true)
    setError(null)
    try {
      const saved = await call('glossary:save', { id, values })
      form.resetDirty()
      void navigate(`/glossary/${saved.id}`)
    } catch (e) {
      setError(applySaveError(e, form.setFieldError, t))
    } finally {
      setSaving(false)
    }
  })

  return (
    <form onSubmit={submit} noValidate>
      <Stack>
        <Title order={2}>{initial ? t('glossary.edit.editTitle', { term: initial.term }) : t('glossary.edit.newTitle')}</Title>
        <Section title={t('glossary.edit.section')}>
          <TextInput label={t('glossary.edit.term')} description={t('glossary.edit.termHint')} withAsterisk autoFocus {...form.getInputProps('term')} />
          <TagsInput label={t('glossary.edit.aliases')} description={t('glossary.edit.aliasesHint')} clearable {...form.getInputProps('aliases')} />
          <Textarea label={t('glossary.edit.meaning')} description={t('glossary.edit.meaningHint')} autosize minRows={3} {...form.getInputProps('meaning')} />
        </Section>
        {error && onFieldsOnly(error, form.values) && (
          <Text c="red" role="alert">
            {t('glossary.edit.fixFields')}
          </Text>
        )}
        {error && !onFieldsOnly(error, form.values) && (
          <>
            <ErrorNotice error={error} />
            <Text c="red">{t('glossary.edit.saveFailed')}</Text>
          </>
        )}
        <Group>
          <Button type="submit" loading={saving}>
            {t('common.save')}
          </Button>
          <Button variant="default" onClick={() => void navigate(id ? `/glossary/${id}` : '/glossary')}>
            {t('common.cancel')}
          </Button>
          {form.isDirty() && (
            <Text size="sm" c="dimmed">
              {t('glossary.edit.unsaved')}
            </Text>
          )}
        </Group>
      </Stack>
    </form>
  )
}
