import { Checkbox, Group, NumberInput, TextInput } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import { Section } from '../../components/Section'
import { intlLocale, type Form } from './settings-form'

const isoWeekdays = [1, 2, 3, 4, 5, 6, 7]

/** "maandag" … "zondag" / "Monday" … "Sunday"; 1 January 2024 was a Monday. */
function weekdayName(isoDay: number, language: string): string {
  return new Intl.DateTimeFormat(intlLocale(language), { weekday: 'long', timeZone: 'UTC' }).format(new Date(Date.UTC(2024, 0, isoDay)))
}

export function CalendarFields({ form }: { form: Form }) {
  const { t, i18n } = useTranslation()
  return (
    <Section title={t('settings.calendar.title')}>
      <Checkbox.Group
        label={t('settings.calendar.workingDays')}
        value={form.values.workingDays.map(String)}
        onChange={(days) =>
          form.setFieldValue(
            'workingDays',
            days.map(Number).sort((a, b) => a - b),
          )
        }
        error={form.errors.workingDays}
      >
        <Group mt={6} gap="md">
          {isoWeekdays.map((day) => (
            <Checkbox key={day} value={String(day)} label={weekdayName(day, i18n.language)} />
          ))}
        </Group>
      </Checkbox.Group>
      <Group align="flex-start">
        <TextInput label={t('settings.calendar.workStart')} placeholder="08:00" maxLength={5} w={200} autoComplete="off" {...form.getInputProps('workStart')} />
        <TextInput label={t('settings.calendar.workEnd')} placeholder="17:00" maxLength={5} w={200} autoComplete="off" {...form.getInputProps('workEnd')} />
      </Group>
      <NumberInput
        label={t('settings.calendar.lookahead')}
        description={t('settings.calendar.lookaheadHint')}
        min={1}
        max={30}
        allowDecimal={false}
        allowNegative={false}
        w={420}
        {...form.getInputProps('lookaheadWorkingDays')}
      />
      <NumberInput
        label={t('settings.calendar.promiseReminder')}
        description={t('settings.calendar.promiseReminderHint')}
        min={0}
        max={1440}
        allowDecimal={false}
        allowNegative={false}
        // A number out of range is explained, not silently changed into another one.
        clampBehavior="none"
        w={420}
        {...form.getInputProps('promiseReminderMinutes')}
      />
    </Section>
  )
}
