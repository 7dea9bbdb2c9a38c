import { NumberInput, Table, Text } from '@mantine/core'
import type { TFunction } from 'i18next'
import { useTranslation } from 'react-i18next'
import { Section } from '../../components/Section'
import { intlLocale, type Form } from './settings-form'

/** Length of a working day in minutes, when the times are valid; otherwise null. */
function dayMinutes(start: string, end: string): number | null {
  const minutes = (time: string) => {
    const match = /^(\d{2}):(\d{2})$/.exec(time)
    return match ? Number(match[1]) * 60 + Number(match[2]) : null
  }
  const [from, to] = [minutes(start), minutes(end)]
  return from !== null && to !== null && to > from ? to - from : null
}

/** "240 min = 4 uur", and with a day's length known "960 min = 16 uur ≈ 1,8 werkdagen". */
function inHours(value: unknown, perDay: number | null, t: TFunction, language: string): string {
  if (typeof value !== 'number' || !Number.isFinite(value) || value <= 0) return ' '
  // No thousands separator: the input beside it shows "2400 min", the text says the same.
  const number = new Intl.NumberFormat(intlLocale(language), { maximumFractionDigits: 1, useGrouping: false })
  const hours = Math.round((value / 60) * 10) / 10
  const text = t('settings.targets.inHours', { minutes: number.format(value), hours: number.format(hours), count: hours })
  if (!perDay || value < perDay) return text
  const days = Math.round((value / perDay) * 10) / 10
  return `${text} ${t('settings.targets.inDays', { days: number.format(days), count: days })}`
}

export function TargetsField({ form }: { form: Form }) {
  const { t, i18n } = useTranslation()
  const perDay = dayMinutes(form.values.workStart, form.values.workEnd)
  return (
    <Section title={t('settings.targets.title')}>
      <Text size="sm" c="dimmed">
        {t('settings.targets.intro')}
      </Text>
      <Table withRowBorders={false} verticalSpacing={4} maw={720} data-testid="targets">
        <Table.Thead>
          <Table.Tr>
            <Table.Th w={90}>{t('settings.targets.priority')}</Table.Th>
            <Table.Th>{t('settings.targets.response')}</Table.Th>
            <Table.Th>{t('settings.targets.resolution')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {form.values.targets.map((target, i) => (
            <Table.Tr key={target.priority}>
              <Table.Td valign="top" pt={10}>
                <Text fw={600}>{target.priority}</Text>
              </Table.Td>
              {(['responseMinutes', 'resolutionMinutes'] as const).map((field) => (
                <Table.Td key={field} valign="top">
                  <NumberInput
                    aria-label={t(`settings.targets.${field}`, { priority: target.priority })}
                    description={inHours(target[field], perDay, t, i18n.language)}
                    inputWrapperOrder={['label', 'input', 'description', 'error']}
                    min={1}
                    step={15}
                    allowDecimal={false}
                    allowNegative={false}
                    suffix=" min"
                    {...form.getInputProps(`targets.${i}.${field}`)}
                  />
                </Table.Td>
              ))}
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Section>
  )
}
