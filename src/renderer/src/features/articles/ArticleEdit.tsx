import { MultiSelect, SimpleGrid, Skeleton, Stack, TagsInput, TextInput, Title } from '@mantine/core'
import { useForm } from '@mantine/form'
import type { TFunction } from 'i18next'
import { useTranslation } from 'react-i18next'
import { useNavigate, useParams } from 'react-router'
import type { ArticleDetail } from '../../../../shared/knowledge/details'
import { articleFormSchema, type ArticleForm } from '../../../../shared/knowledge/forms'
import { call } from '../../api'
import { ErrorNotice } from '../../components/ErrorNotice'
import { formValidator } from '../../components/form-errors'
import { Section } from '../../components/Section'
import { useRequest } from '../../components/use-request'
import { FormActions, useSave } from '../../components/use-save'
import { AudienceField, BodyField } from './article-fields'
import { isAcceptedLink } from './article-links'

type Option = { value: string; label: string }

const empty: ArticleForm = { title: '', body: '', audience: 'agent', tags: [], links: [], applicationIds: [], departmentIds: [] }

function formOf(a: ArticleDetail): ArticleForm {
  return {
    title: a.title,
    body: a.body,
    audience: a.audience,
    tags: a.tags,
    links: a.links,
    applicationIds: a.applications.map((x) => x.id),
    departmentIds: a.departments.map((x) => x.id),
  }
}

/** The shared schema's checks, plus: every link must be https:// or mailto:, named in the message. */
function articleValidator(t: TFunction) {
  const validate = formValidator(articleFormSchema, t)
  return (values: ArticleForm) => {
    const errors: Record<string, string> = validate(values)
    const bad = values.links.filter((link) => !isAcceptedLink(link))
    if (bad.length > 0) errors.links = t('articles.edit.badLinks', { count: bad.length, links: bad.join(', ') })
    return errors
  }
}


export function ArticleEdit() {
  const { id } = useParams()
  const [applications] = useRequest('applications:list', {})
  const [departments] = useRequest('departments:list', {})
  if (applications.status !== 'done' || departments.status !== 'done') {
    const failed = [applications, departments].find((r) => r.status === 'error')
    return failed?.status === 'error' ? <ErrorNotice error={failed.error} /> : <Skeleton h={400} />
  }
  const options = {
    applications: applications.value.map((a) => ({ value: a.id, label: a.title })),
    departments: departments.value.map((d) => ({ value: d.id, label: d.name })),
  }
  return id ? <ExistingArticle key={id} id={id} options={options} /> : <ArticleFormView initial={null} options={options} />
}

type Options = { applications: Option[]; departments: Option[] }

function ExistingArticle({ id, options }: { id: string; options: Options }) {
  const [article] = useRequest('articles:get', { id })
  if (article.status === 'error') return <ErrorNotice error={article.error} />
  if (article.status === 'loading') return <Skeleton h={400} />
  return <ArticleFormView id={id} initial={article.value} options={options} />
}

function ArticleFormView({ id, initial, options }: { id?: string; initial: ArticleDetail | null; options: Options }) {
  const { t } = useTranslation()
  const navigate = useNavigate()
  const form = useForm<ArticleForm>({ initialValues: initial ? formOf(initial) : empty, validate: articleValidator(t) })

  const { submit, saving, problem } = useSave(
    form,
    (values) => call('articles:save', { id, values }),
    (saved) => void navigate(`/articles/${saved.id}`),
  )

  return (
    <form onSubmit={submit} noValidate>
      <Stack>
        <Title order={2}>{initial ? t('articles.edit.editTitle', { title: initial.title }) : t('articles.edit.newTitle')}</Title>
        <Section title={t('articles.edit.article')}>
          <TextInput label={t('articles.edit.title')} withAsterisk autoFocus {...form.getInputProps('title')} />
          <AudienceField form={form} />
          <BodyField form={form} />
        </Section>
        <Section title={t('articles.edit.findAndLink')}>
          <SimpleGrid cols={{ base: 1, lg: 2 }}>
            <TagsInput label={t('articles.edit.tags')} description={t('articles.edit.tagsHint')} clearable {...form.getInputProps('tags')} />
            <TagsInput label={t('articles.edit.links')} description={t('articles.edit.linksHint')} clearable {...form.getInputProps('links')} />
            <MultiSelect
              label={t('articles.edit.applications')}
              data={options.applications}
              searchable
              clearable
              nothingFoundMessage={t('common.noMatches')}
              {...form.getInputProps('applicationIds')}
            />
            <MultiSelect
              label={t('articles.edit.departments')}
              data={options.departments}
              searchable
              clearable
              nothingFoundMessage={t('common.noMatches')}
              {...form.getInputProps('departmentIds')}
            />
          </SimpleGrid>
        </Section>
        <FormActions problem={problem} saving={saving} form={form} onCancel={() => void navigate(id ? `/articles/${id}` : '/articles')} />
      </Stack>
    </form>
  )
}
