import { Button, Checkbox, Group, Modal, Stack, Textarea, TextInput } from '@mantine/core'
import { useState, type FormEvent } from 'react'
import { useTranslation } from 'react-i18next'
import type { LearningItem } from '../../../../shared/onboarding/records'
import { ApiError, call } from '../../api'
import { ErrorNotice } from '../../components/ErrorNotice'
import { translateIssue } from '../../components/form-errors'
import { asApiError } from './use-path'

/** The team lead's own item of the path: a new one (`item` null) or a change to one. */
export function OwnItemModal({ item, opened, onClose, onSaved }: { item: LearningItem | null; opened: boolean; onClose: () => void; onSaved: () => void }) {
  const { t } = useTranslation()
  return (
    <Modal opened={opened} onClose={onClose} title={item ? t('onboarding.own.editTitle') : t('onboarding.own.newTitle')} size="lg">
      {/* Mounted per opening, so every opening starts from the item as stored. */}
      {opened && <OwnItemForm item={item} onClose={onClose} onSaved={onSaved} />}
    </Modal>
  )
}

function OwnItemForm({ item, onClose, onSaved }: { item: LearningItem | null; onClose: () => void; onSaved: () => void }) {
  const { t } = useTranslation()
  const [title, setTitle] = useState(item?.title ?? '')
  const [body, setBody] = useState(item?.body ?? '')
  const [required, setRequired] = useState(item?.required ?? false)
  const [problems, setProblems] = useState<{ title?: string; body?: string }>({})
  const [error, setError] = useState<ApiError | null>(null)
  const [busy, setBusy] = useState(false)

  const submit = async (event: FormEvent) => {
    event.preventDefault()
    if (!title.trim()) {
      setProblems({ title: t('onboarding.own.titleRequired') })
      document.getElementById('own-item-title')?.focus()
      return
    }
    setBusy(true)
    setError(null)
    try {
      await call('learning:item-save', { ...(item ? { id: item.id } : {}), values: { title, body, required } })
      onSaved()
      onClose()
    } catch (e) {
      const apiError = asApiError(e)
      const fields: { title?: string; body?: string } = {}
      for (const issue of apiError.data.issues ?? []) {
        const field = issue.field.replace(/^values\./, '')
        if (field === 'title' || field === 'body') fields[field] = translateIssue(issue.message, t)
      }
      setProblems(fields)
      if (!fields.title && !fields.body) setError(apiError)
    } finally {
      setBusy(false)
    }
  }

  return (
    <form onSubmit={(e) => void submit(e)} noValidate>
      <Stack>
        <TextInput
          id="own-item-title"
          label={t('onboarding.own.title')}
          description={t('onboarding.own.titleHint')}
          value={title}
          onChange={(e) => setTitle(e.currentTarget.value)}
          error={problems.title}
          maxLength={200}
          required
          data-autofocus
        />
        <Textarea
          label={t('onboarding.own.body')}
          description={t('onboarding.own.bodyHint')}
          value={body}
          onChange={(e) => setBody(e.currentTarget.value)}
          error={problems.body}
          maxLength={5000}
          autosize
          minRows={3}
        />
        <Checkbox label={t('onboarding.own.required')} checked={required} onChange={(e) => setRequired(e.currentTarget.checked)} />
        {error && <ErrorNotice error={error} />}
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" loading={busy}>
            {t('common.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  )
}
