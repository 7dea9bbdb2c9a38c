/**
 * A calendar date without a time or a time zone, as an ISO string 'YYYY-MM-DD'.
 *
 * Strings rather than Date objects: a Date is an instant, and turning it into "which day is it" depends on
 * the time zone of the machine doing the arithmetic. All arithmetic here runs in UTC on the date alone,
 * so a daylight-saving change can never move a date by one. Strings also compare in date order and cross
 * the contract as plain JSON.
 */
export type LocalDate = string

const pattern = /^(\d{4})-(\d{2})-(\d{2})$/

/** Splits a date into numbers (month 1..12); throws on anything that is not a real 'YYYY-MM-DD' date. */
export function parseLocalDate(date: LocalDate): { year: number; month: number; day: number } {
  const match = pattern.exec(date)
  const year = Number(match?.[1])
  const month = Number(match?.[2])
  const day = Number(match?.[3])
  if (!match || month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) {
    throw new RangeError(`Not a calendar date (YYYY-MM-DD): ${date}`)
  }
  return { year, month, day }
}

/** The date for a year, month (1..12) and day; the day must exist in that month. */
export function localDate(year: number, month: number, day: number): LocalDate {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`
}

/** Days in a month (1..12) of the Gregorian calendar. */
export function daysInMonth(year: number, month: number): number {
  // Day 0 of the next month is the last day of this one.
  return new Date(new Date(0).setUTCFullYear(year, month, 0)).getUTCDate()
}

function toUtcMs(date: LocalDate): number {
  const { year, month, day } = parseLocalDate(date)
  // setUTCFullYear, because Date.UTC maps the years 0..99 to 1900..1999.
  return new Date(0).setUTCFullYear(year, month - 1, day)
}

function fromUtcMs(ms: number): LocalDate {
  const d = new Date(ms)
  return localDate(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate())
}

/** The date n days later (n < 0: earlier). */
export function addDays(date: LocalDate, n: number): LocalDate {
  const { year, month, day } = parseLocalDate(date)
  return fromUtcMs(new Date(0).setUTCFullYear(year, month - 1, day + n))
}

/** ISO weekday: 1 = Monday … 7 = Sunday. */
export function isoWeekday(date: LocalDate): number {
  const weekday = new Date(toUtcMs(date)).getUTCDay()
  return weekday === 0 ? 7 : weekday
}

/** Negative when a is before b, 0 when equal, positive when after; usable as a sort comparator. */
export function compareDates(a: LocalDate, b: LocalDate): number {
  // Valid 'YYYY-MM-DD' strings sort like the dates they name.
  parseLocalDate(a)
  parseLocalDate(b)
  return a < b ? -1 : a > b ? 1 : 0
}

/** A moment on the organisation's wall clock: the date and the minutes since midnight (may have a fraction for seconds). */
export interface WallClock {
  date: LocalDate
  minutes: number
}

// Building a DateTimeFormat is far slower than using one, and the console asks for "today" often.
const formatters = new Map<string, Intl.DateTimeFormat>()

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(timeZone)
  if (!formatter) {
    // Throws a RangeError for an unknown time zone: better than silently using the machine's own.
    // Read with formatToParts rather than format(): patterns have changed between ICU versions before.
    formatter = new Intl.DateTimeFormat('en-GB', {
      timeZone,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
      hourCycle: 'h23',
      calendar: 'gregory',
      numberingSystem: 'latn',
    })
    formatters.set(timeZone, formatter)
  }
  return formatter
}

/** The wall clock in `timeZone` at `instant`. */
export function wallClockOf(instant: Date, timeZone: string): WallClock {
  const parts = formatterFor(timeZone).formatToParts(instant)
  const part = (type: Intl.DateTimeFormatPartTypes): number => Number(parts.find((p) => p.type === type)?.value)
  const seconds = part('second') + (instant.getTime() % 1000 + 1000) % 1000 / 1000
  return {
    date: localDate(part('year'), part('month'), part('day')),
    minutes: (part('hour') % 24) * 60 + part('minute') + seconds / 60,
  }
}

/** The calendar date it is at `instant` on a wall clock in `timeZone` (an IANA name, e.g. Europe/Amsterdam). */
export function localDateOf(instant: Date, timeZone: string): LocalDate {
  return wallClockOf(instant, timeZone).date
}
