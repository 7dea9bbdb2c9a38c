import { Input, Paper, SegmentedControl, Stack, Tabs, Text, Textarea } from '@mantine/core'
import type { UseFormReturnType } from '@mantine/form'
import { useId } from 'react'
import { useTranslation } from 'react-i18next'
import type { ArticleForm } from '../../../../shared/knowledge/forms'
import { Markdown } from '../../components/markdown/Markdown'

type Form = UseFormReturnType<ArticleForm>

export function AudienceField({ form }: { form: Form }) {
  const { t } = useTranslation()
  const label = useId()
  return (
    <Stack gap={4}>
      <Input.Label id={label}>{t('articles.edit.audience')}</Input.Label>
      <SegmentedControl
        aria-labelledby={label}
        w="fit-content"
        value={form.values.audience}
        onChange={(value) => form.setFieldValue('audience', value as ArticleForm['audience'])}
        data={(['agent', 'end-user'] as const).map((value) => ({ value, label: t(`articles.for.${value}`) }))}
      />
    </Stack>
  )
}

/** The Markdown body, written in plain text with a preview rendered exactly as the page will show it. */
export function BodyField({ form }: { form: Form }) {
  const { t } = useTranslation()
  return (
    <Tabs defaultValue="write" keepMounted={false}>
      <Tabs.List>
        <Tabs.Tab value="write">{t('articles.edit.write')}</Tabs.Tab>
        <Tabs.Tab value="preview">{t('articles.edit.preview')}</Tabs.Tab>
      </Tabs.List>
      <Tabs.Panel value="write" pt="sm">
        <Textarea
          label={t('articles.edit.body')}
          description={t('articles.edit.bodyHint')}
          autosize
          minRows={10}
          styles={{ input: { fontFamily: 'var(--mantine-font-family-monospace)', fontSize: 'var(--mantine-font-size-sm)' } }}
          {...form.getInputProps('body')}
        />
      </Tabs.Panel>
      <Tabs.Panel value="preview" pt="sm">
        <Paper withBorder p="lg" mih={160} data-testid="article-preview">
          {form.values.body.trim() ? <Markdown source={form.values.body} /> : <Text c="dimmed">{t('articles.edit.nothingToPreview')}</Text>}
        </Paper>
      </Tabs.Panel>
    </Tabs>
  )
}
