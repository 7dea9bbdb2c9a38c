import { Anchor, NativeSelect, Skeleton, Stack, TagsInput, Textarea, TextInput, Title } from '@mantine/core'
import { useForm } from '@mantine/form'
import type { TFunction } from 'i18next'
import { useTranslation } from 'react-i18next'
import { Link, useNavigate, useParams } from 'react-router'
import type { ChannelOutput } from '../../../../shared/contract'
import { jargonCategories, jargonTermSchema, type JargonTerm } from '../../../../shared/language/lexicon'
import { jargonClashes } from '../../../../shared/pack/schema'
import { ApiError, call } from '../../api'
import { ErrorNotice } from '../../components/ErrorNotice'
import { formValidator } from '../../components/form-errors'
import { Section } from '../../components/Section'
import { FormActions, useSave } from '../../components/use-save'
import { DeleteJargonButton } from './DeleteJargonButton'
import { useJargon } from './use-jargon'

type Entry = ChannelOutput<'jargon:list'>[number]

const blank: JargonTerm = { term: '', aliases: [], category: 'other', plain: { nl: '', en: '' } }

export function JargonEdit() {
  const { t } = useTranslation()
  const { id } = useParams()
  const [terms, reload] = useJargon()
  if (terms.status === 'error') return <ErrorNotice error={terms.error} onRetry={reload} />
  if (terms.status === 'loading') return <Skeleton h={300} />
  const existing = id ? terms.value.find((e) => e.id === id) : undefined
  if (id && !existing) return <ErrorNotice error={new ApiError({ code: 'not-found', message: t('jargon.notFound') })} />
  return <JargonForm key={id ?? 'new'} existing={existing ?? null} others={terms.value.filter((e) => e.id !== id)} />
}

/** A word that another term already has: the checker could not tell which plain words to offer. */
function clashErrors(values: JargonTerm, others: Entry[], t: TFunction): Record<string, string> {
  const errors: Record<string, string> = {}
  const clashes = jargonClashes([...others, { term: values.term.trim(), aliases: values.aliases.map((a) => a.trim()) }]).filter((c) => c.index === others.length)
  for (const clash of clashes) errors[clash.field] ??= t('jargon.edit.clash', { word: clash.word, other: others[clash.other]!.term })
  return errors
}

/** The fields a term cannot do without, said as plainly as on every other form. */
function missing(values: JargonTerm, t: TFunction): Record<string, string> {
  const fields: [string, string][] = [
    ['term', values.term],
    ['plain.nl', values.plain.nl],
    ['plain.en', values.plain.en],
  ]
  return Object.fromEntries(fields.filter(([, value]) => !value.trim()).map(([field]) => [field, t('validation.required')]))
}

const fieldOrder = ['term', 'aliases', 'category', 'plain.nl', 'plain.en']
const position = (field: string) => (fieldOrder.includes(field) ? fieldOrder.indexOf(field) : fieldOrder.length)

/** The focus goes to the first field with a problem: first as the form shows them. */
function inFormOrder(errors: Record<string, string>): Record<string, string> {
  return Object.fromEntries(Object.entries(errors).sort(([a], [b]) => position(a) - position(b)))
}

function JargonForm({ existing, others }: { existing: Entry | null; others: Entry[] }) {
  const { t } = useTranslation()
  const navigate = useNavigate()
  const schemaErrors = formValidator(jargonTermSchema, t)
  const form = useForm<JargonTerm>({
    initialValues: existing ? { term: existing.term, aliases: existing.aliases, category: existing.category, plain: existing.plain } : blank,
    validate: (values) => inFormOrder({ ...schemaErrors(values), ...clashErrors(values, others, t), ...missing(values, t) }),
  })
  const { submit, saving, problem } = useSave(
    form,
    (values) => call('jargon:save', { ...(existing ? { id: existing.id } : {}), values }),
    () => void navigate('/jargon'),
  )
  const categories = jargonCategories.map((c) => ({ value: c, label: t(`jargon.categories.${c}`) }))
  return (
    <Stack>
      <Anchor component={Link} to="/jargon" size="sm">
        ← {t('jargon.back')}
      </Anchor>
      <form onSubmit={submit} noValidate>
        <Stack>
          <Title order={2}>{existing ? t('jargon.edit.editTitle', { term: existing.term }) : t('jargon.edit.newTitle')}</Title>
          <Section title={t('jargon.edit.section')}>
            <TextInput label={t('jargon.edit.term')} description={t('jargon.edit.termHint')} withAsterisk autoFocus {...form.getInputProps('term')} />
            <TagsInput label={t('jargon.edit.aliases')} description={t('jargon.edit.aliasesHint')} clearable {...form.getInputProps('aliases')} />
            <NativeSelect label={t('jargon.edit.category')} data={categories} maw={320} {...form.getInputProps('category')} />
          </Section>
          <Section title={t('jargon.edit.plainSection')}>
            <Textarea label={t('jargon.edit.plainNl')} description={t('jargon.edit.plainNlHint')} withAsterisk autosize minRows={2} lang="nl" {...form.getInputProps('plain.nl')} />
            <Textarea label={t('jargon.edit.plainEn')} description={t('jargon.edit.plainEnHint')} withAsterisk autosize minRows={2} lang="en" {...form.getInputProps('plain.en')} />
          </Section>
          <FormActions problem={problem} saving={saving} form={form} onCancel={() => void navigate('/jargon')} />
        </Stack>
      </form>
      {existing && (
        <DeleteJargonButton
          id={existing.id}
          term={existing.term}
          onDeleted={() => {
            // The term is gone: what was typed into its form is nothing to ask about.
            form.resetDirty()
            void navigate('/jargon')
          }}
        />
      )}
    </Stack>
  )
}
