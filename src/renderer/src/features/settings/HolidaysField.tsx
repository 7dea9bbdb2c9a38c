import { ActionIcon, Button, Group, NumberInput, Stack, Text, TextInput } from '@mantine/core'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { dutchHolidays, sortHolidays, withDutchHolidays } from '../../../../shared/calendar/dutch-holidays'
import type { Holiday } from '../../../../shared/calendar/dutch-holidays'
import { Section } from '../../components/Section'
import { useSettings } from '../../components/settings-context'
import { formatDate, type Form } from './settings-form'

/** This year, or the first year after it whose Dutch holidays are not all in the list yet. */
function suggestedYear(holidays: Holiday[]): number {
  const now = new Date().getFullYear()
  const known = new Set(holidays.map((h) => h.date))
  for (let year = now; year < now + 10; year++) {
    if (dutchHolidays(year, 'nl').some((h) => !known.has(h.date))) return year
  }
  return now
}

export function HolidaysField({ form }: { form: Form }) {
  const { t, i18n } = useTranslation()
  // Holiday names are organisation content, like department names: in the knowledge language.
  const { contentLanguage } = useSettings()
  const holidays = form.values.holidays
  const [year, setYear] = useState<number | string>(() => suggestedYear(holidays))
  const [added, setAdded] = useState<{ year: number; count: number } | null>(null)

  const addDutch = () => {
    if (typeof year !== 'number' || year < 1900 || year > 2200) return
    const result = withDutchHolidays(holidays, year, contentLanguage)
    form.setFieldValue('holidays', result.holidays)
    setAdded({ year, count: result.added })
  }

  return (
    <Section title={t('settings.holidays.title')}>
      <Text size="sm" c="dimmed">
        {t('settings.holidays.intro')}
      </Text>
      {holidays.length === 0 && <Text c="dimmed">{t('settings.holidays.none')}</Text>}
      <Stack gap={6} component="ul" p={0} m={0} style={{ listStyle: 'none' }} aria-label={t('settings.holidays.title')}>
        {holidays.map((holiday, i) => (
          <Group key={i} component="li" align="flex-start" wrap="nowrap" data-testid="holiday">
            <TextInput type="date" aria-label={t('settings.holidays.date')} w={170} {...form.getInputProps(`holidays.${i}.date`)} />
            <Text size="sm" w={170} pt={8} c="dimmed">
              {formatDate(holiday.date, i18n.language)}
            </Text>
            <TextInput aria-label={t('settings.holidays.name')} style={{ flex: 1 }} {...form.getInputProps(`holidays.${i}.name`)} />
            <ActionIcon variant="subtle" color="red" size="lg" aria-label={t('settings.holidays.remove', { name: holiday.name || holiday.date })} onClick={() => form.removeListItem('holidays', i)}>
              ×
            </ActionIcon>
          </Group>
        ))}
      </Stack>
      <NewHoliday form={form} />
      <Group align="flex-end" mt="xs">
        <NumberInput label={t('settings.holidays.year')} value={year} onChange={setYear} min={1900} max={2200} allowDecimal={false} w={110} />
        <Button variant="light" onClick={addDutch} disabled={typeof year !== 'number'}>
          {t('settings.holidays.addDutch', { year: typeof year === 'number' ? year : '' })}
        </Button>
      </Group>
      {added && (
        <Text size="sm" role="status">
          {added.count === 0 ? t('settings.holidays.addedNone', { year: added.year }) : t('settings.holidays.added', { count: added.count, year: added.year })}
        </Text>
      )}
    </Section>
  )
}

/** One more holiday: typed apart from the list, then put in its place by date. */
function NewHoliday({ form }: { form: Form }) {
  const { t } = useTranslation()
  const [date, setDate] = useState('')
  const [name, setName] = useState('')
  const [errors, setErrors] = useState<{ date?: string; name?: string }>({})

  const add = () => {
    const found: typeof errors = {}
    if (!date) found.date = t('validation.required')
    else if (form.values.holidays.some((h) => h.date === date)) found.date = t('settings.holidays.alreadyListed')
    if (!name.trim()) found.name = t('validation.required')
    setErrors(found)
    if (found.date || found.name) return
    form.setFieldValue('holidays', sortHolidays([...form.values.holidays, { date, name: name.trim() }]))
    setDate('')
    setName('')
  }

  return (
    <Group align="flex-start" wrap="nowrap" mt="xs">
      <TextInput
        type="date"
        label={t('settings.holidays.newDate')}
        w={170}
        value={date}
        error={errors.date}
        onChange={(e) => setDate(e.currentTarget.value)}
        onKeyDown={(e) => {
          if (e.key === 'Enter') {
            e.preventDefault()
            add()
          }
        }}
      />
      <TextInput
        label={t('settings.holidays.newName')}
        style={{ flex: 1 }}
        value={name}
        error={errors.name}
        onChange={(e) => setName(e.currentTarget.value)}
        onKeyDown={(e) => {
          // Enter adds the holiday here rather than saving the whole page.
          if (e.key === 'Enter') {
            e.preventDefault()
            add()
          }
        }}
      />
      <Button variant="light" mt={25} onClick={add}>
        {t('settings.holidays.add')}
      </Button>
    </Group>
  )
}
