import type { TFunction } from 'i18next'
import type { BusyPeriodRule } from '../../../../shared/knowledge/busy-period'

/** "the last 3 working days of every month", "from 1 February to 28 February", in the UI language. */
export function describeBusyPeriod(rule: BusyPeriodRule, t: TFunction, language: string): string {
  switch (rule.kind) {
    case 'last-working-days':
      return t('departments.busy.lastWorkingDays', { count: rule.count })
    case 'day-of-month':
      return t('departments.busy.dayOfMonth', { count: rule.day, ordinal: true })
    case 'date-range':
      return t('departments.busy.dateRange', { from: monthDay(rule.from, language), to: monthDay(rule.to, language) })
  }
}

function monthDay(mmdd: string, language: string): string {
  const [month, day] = mmdd.split('-').map(Number)
  // A leap year, so 02-29 is a real date; only day and month are shown.
  // British order for English ("15 December"), as the organisation writes its dates.
  return new Intl.DateTimeFormat(language === 'en' ? 'en-GB' : language, { day: 'numeric', month: 'long', timeZone: 'UTC' }).format(new Date(Date.UTC(2024, month! - 1, day!)))
}
