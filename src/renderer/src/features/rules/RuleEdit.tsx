import { Skeleton, Stack, Textarea, TextInput, Title } from '@mantine/core'
import { useForm } from '@mantine/form'
import { useTranslation } from 'react-i18next'
import { useNavigate, useParams } from 'react-router'
import type { RuleDetail } from '../../../../shared/knowledge/details'
import { ruleFormSchema, type RuleForm } from '../../../../shared/knowledge/forms'
import { call } from '../../api'
import { ErrorNotice } from '../../components/ErrorNotice'
import { formValidator } from '../../components/form-errors'
import { Section } from '../../components/Section'
import { useRequest } from '../../components/use-request'
import { FormActions, useSave } from '../../components/use-save'
import { AlternativesField } from './rule-fields'

const empty: RuleForm = { statement: '', reason: '', ownerRole: '', exceptionPath: '', alternatives: [] }

function formOf(r: RuleDetail): RuleForm {
  return { statement: r.statement, reason: r.reason, ownerRole: r.ownerRole, exceptionPath: r.exceptionPath, alternatives: r.alternatives }
}

/** An alternative line left empty is not an alternative: it is dropped, not refused. */
function withoutBlankAlternatives(values: RuleForm): RuleForm {
  return { ...values, alternatives: values.alternatives.filter((a) => a.trim() !== '') }
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
  const validate = formValidator(ruleFormSchema, t)
  const form = useForm<RuleForm>({
    initialValues: initial ? formOf(initial) : empty,
    validate: (values) => validate(withoutBlankAlternatives(values)),
    transformValues: withoutBlankAlternatives,
  })

  const { submit, saving, problem } = useSave(
    form,
    (values) => call('rules:save', { id, values }),
    (saved) => void navigate(`/rules/${saved.id}`),
  )

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
        <FormActions problem={problem} saving={saving} form={form} onCancel={() => void navigate(id ? `/rules/${id}` : '/rules')} />
      </Stack>
    </form>
  )
}
