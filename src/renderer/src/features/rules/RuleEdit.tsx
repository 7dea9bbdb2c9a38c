import { Button, Group, Skeleton, Stack, Text, Textarea, TextInput, Title } from '@mantine/core'
import { useForm } from '@mantine/form'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { useNavigate, useParams } from 'react-router'
import type { RuleDetail } from '../../../../shared/knowledge/details'
import { ruleFormSchema, type RuleForm } from '../../../../shared/knowledge/forms'
import { call, type ApiError } from '../../api'
import { ErrorNotice } from '../../components/ErrorNotice'
import { applySaveError, formValidator } from '../../components/form-errors'
import { Section } from '../../components/Section'
import { useRequest } from '../../components/use-request'
import { AlternativesField } from './rule-fields'

const empty: RuleForm = { statement: '', reason: '', ownerRole: '', exceptionPath: '', alternatives: [] }

function formOf(r: RuleDetail): RuleForm {
  return { statement: r.statement, reason: r.reason, ownerRole: r.ownerRole, exceptionPath: r.exceptionPath, alternatives: r.alternatives }
}

/** An alternative line left empty is not an alternative: it is dropped, not refused. */
function withoutBlankAlternatives(values: RuleForm): RuleForm {
  return { ...values, alternatives: values.alternatives.filter((a) => a.trim() !== '') }
}

/** Whether every problem of a failed save is shown at a field of the form (then no general notice is needed). */
function onFieldsOnly(error: ApiError, values: object): boolean {
  const issues = error.data.issues ?? []
  return issues.length > 0 && issues.every((i) => i.field.replace(/^values\./, '').split('.')[0]! in values)
}

export function RuleEdit() {
  const { id } = useParams()
  return id ? <ExistingRule key={id} id={id} /> : <RuleFormView initial={null} />
}

function ExistingRule({ id }: { id: string }) {
  const [rule] = useRequest('rules:get', { id })
  if (rule.status === 'error') return <ErrorNotice error={rule.error} />
  if (rule.status === 'loading') return <Skeleton h={400} />
  return <RuleFormView id={id} initial={rule.value} />
}

function RuleFormView({ id, initial }: { id?: string; initial: RuleDetail | null }) {
  const { t } = useTranslation()
  const navigate = useNavigate()
  const [error, setError] = useState<ApiError | null>(null)
  const [saving, setSaving] = useState(false)
  const validate = formValidator(ruleFormSchema, t)
  const form = useForm<RuleForm>({
    initialValues: initial ? formOf(initial) : empty,
    validate: (values) => validate(withoutBlankAlternatives(values)),
    transformValues: withoutBlankAlternatives,
  })

  const submit = form.onSubmit(async (values) => {
    setSaving(true)
    setError(null)
    try {
      const saved = await call('rules:save', { id, values })
      form.resetDirty()
      void navigate(`/rules/${saved.id}`)
    } catch (e) {
      setError(applySaveError(e, form.setFieldError, t))
    } finally {
      setSaving(false)
    }
  })

  return (
    <form onSubmit={submit} noValidate>
      <Stack>
        <Title order={2}>{initial ? t('rules.edit.editTitle') : t('rules.edit.newTitle')}</Title>
        <Section title={t('rules.edit.rule')}>
          <TextInput label={t('rules.edit.statement')} description={t('rules.edit.statementHint')} withAsterisk autoFocus {...form.getInputProps('statement')} />
          <Textarea label={t('rules.edit.reason')} description={t('rules.edit.reasonHint')} autosize minRows={3} {...form.getInputProps('reason')} />
        </Section>
        <AlternativesField form={form} />
        <Section title={t('rules.edit.exception')}>
          <TextInput label={t('rules.edit.ownerRole')} description={t('rules.edit.ownerRoleHint')} {...form.getInputProps('ownerRole')} />
          <Textarea label={t('rules.edit.exceptionPath')} description={t('rules.edit.exceptionPathHint')} autosize minRows={2} {...form.getInputProps('exceptionPath')} />
        </Section>
        {error && onFieldsOnly(error, form.values) && (
          <Text c="red" role="alert">
            {t('rules.edit.fixFields')}
          </Text>
        )}
        {error && !onFieldsOnly(error, form.values) && (
          <>
            <ErrorNotice error={error} />
            <Text c="red">{t('rules.edit.saveFailed')}</Text>
          </>
        )}
        <Group>
          <Button type="submit" loading={saving}>
            {t('common.save')}
          </Button>
          <Button variant="default" onClick={() => void navigate(id ? `/rules/${id}` : '/rules')}>
            {t('common.cancel')}
          </Button>
          {form.isDirty() && (
            <Text size="sm" c="dimmed">
              {t('rules.edit.unsaved')}
            </Text>
          )}
        </Group>
      </Stack>
    </form>
  )
}
