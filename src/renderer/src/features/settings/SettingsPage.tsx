import { Alert, Stack, Text, Title } from '@mantine/core'
import { useForm } from '@mantine/form'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { SettingsForm } from '../../../../shared/settings'
import { call } from '../../api'
import { useSettings } from '../../components/settings-context'
import { FormActions, useSave } from '../../components/use-save'
import { CalendarFields } from './CalendarFields'
import { HolidaysField } from './HolidaysField'
import { OrganisationFields, ProfileFields } from './OrganisationFields'
import { formOf, settingsValidator } from './settings-form'
import { PhoneFields } from './PhoneFields'
import { PriorityMatrixField } from './PriorityMatrixField'
import { TargetsField } from './TargetsField'
import { ExportTargets } from '../export/ExportTargets'

/** The organisation, the agent's profile, the working calendar, the targets, the priority matrix and the phone: one form. */
export function SettingsPage() {
  const { t } = useTranslation()
  // Read once: a change pushed while the form is open (the screen-sharing switch, say) must not reset what is being typed.
  const settings = useSettings()
  const [initial] = useState(() => formOf(settings))
  const [saved, setSaved] = useState(false)
  const form = useForm<SettingsForm>({ initialValues: initial, validate: settingsValidator(t), onValuesChange: () => setSaved(false) })
  const { submit, saving, problem } = useSave(
    form,
    async (values) => formOf(await call('settings:save', { values })),
    (stored) => {
      form.setInitialValues(stored)
      form.setValues(stored)
      form.resetDirty(stored)
      setSaved(true)
    },
  )

  // Export targets save on their own (each with its secret and a connection test), so they sit outside this form.
  return (
    <Stack maw={960}>
      <form onSubmit={submit} noValidate>
        <Stack maw={960}>
          <Title order={2}>{t('settings.title')}</Title>
          <Text c="dimmed">{t('settings.intro')}</Text>
          <OrganisationFields form={form} />
          <ProfileFields form={form} />
          <CalendarFields form={form} />
          <HolidaysField form={form} />
          <TargetsField form={form} />
          <PriorityMatrixField form={form} />
          <PhoneFields form={form} />
          {saved && !form.isDirty() && (
            <Alert color="teal" role="status" data-testid="settings-saved">
              {t('settings.saved')}
            </Alert>
          )}
          <FormActions problem={problem} saving={saving} form={form} onCancel={() => form.reset()} />
        </Stack>
      </form>
      <ExportTargets />
    </Stack>
  )
}
