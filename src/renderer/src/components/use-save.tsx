import { Button, Group, Modal, Stack, Text } from '@mantine/core'
import type { FormErrors } from '@mantine/form'
import { useState, type FormEvent, type ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import { useBeforeUnload, useBlocker } from 'react-router'
import type { ApiError } from '../api'
import { ErrorNotice } from './ErrorNotice'
import { applySaveError } from './form-errors'

/** The part of a Mantine form that saving uses (any values, any transformValues). */
interface SavableForm<T> {
  onSubmit(handler: (values: T) => void | Promise<void>, onValidationFailure?: (errors: FormErrors) => void): (event?: FormEvent<HTMLFormElement>) => void
  setFieldError(path: never, error: string): void
  getInputNode(path: never): HTMLElement | null
  resetDirty(): void
}

/**
 * Saving a knowledge form: validates, saves, puts the service's field issues on their fields, moves the
 * focus to the first field with a problem (keyboard users land where they must act), and keeps what was
 * typed when anything fails. `problem` is what to show above the buttons.
 */
export function useSave<T, R>(form: SavableForm<T>, save: (values: T) => Promise<R>, afterSave: (saved: R) => void) {
  const { t } = useTranslation()
  const [error, setError] = useState<ApiError | null>(null)
  const [saving, setSaving] = useState(false)
  const focusFirst = (fields: string[]) => {
    const first = fields[0]
    if (first) (form.getInputNode as (path: string) => HTMLElement | null)(first)?.focus()
  }
  const setFieldError = form.setFieldError as (path: string, error: string) => void

  const submit = form.onSubmit(
    async (values) => {
      setSaving(true)
      setError(null)
      try {
        const saved = await save(values)
        form.resetDirty()
        afterSave(saved)
      } catch (e) {
        const apiError = applySaveError(e, setFieldError, t)
        setError(apiError)
        focusFirst((apiError.data.issues ?? []).map((i) => i.field.replace(/^values\./, '')))
      } finally {
        setSaving(false)
      }
    },
    (errors) => focusFirst(Object.keys(errors)),
  )
  return { submit, saving, problem: error ? <SaveProblem error={error} /> : null }
}

/** Field problems are shown at the fields; anything else gets the full explanation. */
function SaveProblem({ error }: { error: ApiError }) {
  const { t } = useTranslation()
  const onFields = (error.data.issues?.length ?? 0) > 0
  return (
    <>
      {!onFields && <ErrorNotice error={error} />}
      <Text c="red" role="alert">
        {onFields ? t('form.checkFields') : t('form.saveFailed')}
      </Text>
    </>
  )
}

/** Below every knowledge form: what went wrong, Save, Cancel, whether there are unsaved changes — and a question before they are left. */
export function FormActions({ problem, saving, form, onCancel }: { problem: ReactNode; saving: boolean; form: { isDirty(): boolean }; onCancel: () => void }) {
  const { t } = useTranslation()
  return (
    <>
      {problem}
      <Group>
        <Button type="submit" loading={saving}>
          {t('common.save')}
        </Button>
        <Button variant="default" onClick={onCancel}>
          {t('common.cancel')}
        </Button>
        {form.isDirty() && (
          <Text size="sm" c="dimmed">
            {t('form.unsaved')}
          </Text>
        )}
      </Group>
      <UnsavedGuard isDirty={() => form.isDirty()} />
    </>
  )
}

/**
 * Asks before a form with unsaved changes is left (a link, Ctrl+K, Cancel, the browser's back), and lets the
 * browser ask before the window is closed. The check runs at the moment of leaving: right after a save the
 * form is clean again, so the way to the saved page is never blocked.
 */
function UnsavedGuard({ isDirty }: { isDirty: () => boolean }) {
  const { t } = useTranslation()
  const blocker = useBlocker(({ currentLocation, nextLocation }) => currentLocation.pathname !== nextLocation.pathname && isDirty())
  useBeforeUnload((event) => {
    if (isDirty()) event.preventDefault()
  })
  return (
    <Modal opened={blocker.state === 'blocked'} onClose={() => blocker.reset?.()} title={t('form.leaveTitle')}>
      <Stack>
        <Text>{t('form.leaveBody')}</Text>
        <Group justify="flex-end">
          <Button variant="default" onClick={() => blocker.reset?.()} data-autofocus>
            {t('form.stay')}
          </Button>
          <Button color="red" onClick={() => blocker.proceed?.()}>
            {t('form.leave')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  )
}
