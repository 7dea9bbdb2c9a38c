import type { Settings } from '../settings'
import { addDays, compareDates, daysInMonth, isoWeekday, localDate, type LocalDate } from './local-date'

/** The organisation's business calendar: when the servicedesk and the departments work. */
export interface OrgCalendar {
  /** IANA time zone in which the organisation's dates are read, e.g. Europe/Amsterdam. */
  timeZone: string
  /** ISO weekdays, 1 = Monday … 7 = Sunday. */
  workingDays: number[]
  /** 'HH:MM' */
  workStart: string
  /** 'HH:MM' */
  workEnd: string
  /** Holidays as 'YYYY-MM-DD'; a holiday on a working weekday is not a working day. */
  holidays: LocalDate[]
}

/** The calendar part of the settings, with the holidays reduced to their dates. */
export function calendarFromSettings(
  settings: Pick<Settings, 'timeZone' | 'workingDays' | 'workStart' | 'workEnd' | 'holidays'>,
): OrgCalendar {
  return {
    timeZone: settings.timeZone,
    workingDays: [...settings.workingDays],
    workStart: settings.workStart,
    workEnd: settings.workEnd,
    holidays: settings.holidays.map((h) => h.date),
  }
}

export function isWorkingDay(date: LocalDate, cal: OrgCalendar): boolean {
  return cal.workingDays.includes(isoWeekday(date)) && !cal.holidays.includes(date)
}

/**
 * A working weekday comes round at least once a week and each holiday can cancel one, so the next working
 * day is at most a week per holiday (plus one) away; a search that goes further means the calendar has no
 * working days at all (an empty workingDays list), a configuration error that must not hang the console.
 */
function searchLimit(cal: OrgCalendar): number {
  return 7 * (cal.holidays.length + 1)
}

function noWorkingDays(): RangeError {
  return new RangeError('The calendar has no working days')
}

/** The first working day strictly after `date`. Throws a RangeError when the calendar has no working days. */
export function nextWorkingDay(date: LocalDate, cal: OrgCalendar): LocalDate {
  return stepWorkingDay(date, 1, cal)
}

/** The last working day strictly before `date`. Throws a RangeError when the calendar has no working days. */
export function previousWorkingDay(date: LocalDate, cal: OrgCalendar): LocalDate {
  return stepWorkingDay(date, -1, cal)
}

function stepWorkingDay(date: LocalDate, direction: 1 | -1, cal: OrgCalendar): LocalDate {
  let day = date
  for (let i = 0; i < searchLimit(cal); i++) {
    day = addDays(day, direction)
    if (isWorkingDay(day, cal)) return day
  }
  throw noWorkingDays()
}

/**
 * The date n working days after `date` (n < 0: before). n = 0 returns `date` itself, even when that is not
 * a working day, so that "0 working days from now" never moves the date.
 */
export function addWorkingDays(date: LocalDate, n: number, cal: OrgCalendar): LocalDate {
  if (!Number.isInteger(n)) throw new RangeError(`Not a whole number of working days: ${n}`)
  let day = date
  for (let i = 0; i < Math.abs(n); i++) day = stepWorkingDay(day, n > 0 ? 1 : -1, cal)
  return day
}

/** How many working days lie in [from, to], both inclusive; 0 when `to` is before `from`. */
export function workingDaysFrom(from: LocalDate, to: LocalDate, cal: OrgCalendar): number {
  let count = 0
  for (let day = from; compareDates(day, to) <= 0; day = addDays(day, 1)) {
    if (isWorkingDay(day, cal)) count++
  }
  return count
}

/**
 * The last `count` working days of a month (1..12), earliest first: weekends and holidays are skipped, so
 * when the 31st is a Saturday the last working day is Friday the 30th. A month with fewer working days
 * than `count` yields all of them; a calendar without working days yields none.
 */
export function lastWorkingDaysOfMonth(year: number, month: number, count: number, cal: OrgCalendar): LocalDate[] {
  const days: LocalDate[] = []
  for (let day = daysInMonth(year, month); day >= 1 && days.length < count; day--) {
    const date = localDate(year, month, day)
    if (isWorkingDay(date, cal)) days.unshift(date)
  }
  return days
}
