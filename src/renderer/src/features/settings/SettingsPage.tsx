import { Alert, Button, Group, Stack, Text, Title } from '@mantine/core'
import { useForm } from '@mantine/form'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { SettingsForm } from '../../../../shared/settings'
import { call, type ApiError } from '../../api'
import { ErrorNotice } from '../../components/ErrorNotice'
import { applySaveError } from '../../components/form-errors'
import { useSettings } from '../../components/settings-context'
import { CalendarFields } from './CalendarFields'
import { HolidaysField } from './HolidaysField'
import { OrganisationFields, ProfileFields } from './OrganisationFields'
import { formOf, settingsValidator } from './settings-form'
import { TargetsField } from './TargetsField'

/** The organisation, the agent's profile, the working calendar and the targets per priority: one form. */
export function SettingsPage() {
  const { t } = useTranslation()
  // Read once: a change pushed while the form is open (the screen-sharing switch, say) must not reset what is being typed.
  const settings = useSettings()
  const [initial] = useState(() => formOf(settings))
  const [error, setError] = useState<ApiError | null>(null)
  const [saving, setSaving] = useState(false)
  const [saved, setSaved] = useState(false)
  const form = useForm<SettingsForm>({ initialValues: initial, validate: settingsValidator(t) })

  const submit = form.onSubmit(
    async (values) => {
      setSaving(true)
      setSaved(false)
      setError(null)
      try {
        const stored = formOf(await call('settings:save', { values }))
        form.setInitialValues(stored)
        form.setValues(stored)
        form.resetDirty(stored)
        setSaved(true)
      } catch (e) {
        setError(applySaveError(e, form.setFieldError, t))
      } finally {
        setSaving(false)
      }
    },
    (_errors, _values, event) => {
      setSaved(false)
      // Take the agent to the first field to correct: it may be far up the page.
      const formElement = event?.currentTarget
      if (formElement instanceof HTMLFormElement) requestAnimationFrame(() => formElement.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus())
    },
  )

  const hasErrors = Object.keys(form.errors).length > 0
  return (
    <form onSubmit={submit} noValidate>
      <Stack maw={960}>
        <Title order={2}>{t('settings.title')}</Title>
        <Text c="dimmed">{t('settings.intro')}</Text>
        <OrganisationFields form={form} />
        <ProfileFields form={form} />
        <CalendarFields form={form} />
        <HolidaysField form={form} />
        <TargetsField form={form} />
        {error && <ErrorNotice error={error} />}
        {hasErrors && !error && (
          <Text c="red" size="sm" role="alert">
            {t('settings.fixErrors')}
          </Text>
        )}
        {saved && !form.isDirty() && (
          <Alert color="teal" role="status" data-testid="settings-saved">
            {t('settings.saved')}
          </Alert>
        )}
        <Group>
          <Button type="submit" loading={saving}>
            {t('common.save')}
          </Button>
          <Button variant="default" disabled={!form.isDirty()} onClick={() => form.reset()}>
            {t('settings.undo')}
          </Button>
          {form.isDirty() && (
            <Text size="sm" c="dimmed">
              {t('settings.unsaved')}
            </Text>
          )}
        </Group>
      </Stack>
    </form>
  )
}
