import { isWorkingDay, nextWorkingDay, type OrgCalendar } from '../calendar/working-days'
import { addDays, parseLocalDate, wallClockOf, type LocalDate, type WallClock } from '../calendar/local-date'

/**
 * Business time: working minutes on the organisation's wall clock. A working day runs from workStart to
 * workEnd in calendar.timeZone on every working weekday that is not a holiday; evenings, nights, weekends
 * and holidays do not count. All arithmetic is done on the wall clock (date + minute of the day) and only
 * turned into an instant at the end, so a target that spans a daylight-saving change still ends at the
 * wall-clock time people expect ("three working hours after 16:00 Friday" is 11:00 Monday, summer or winter).
 */

/** The wall clock as 'HH:MM' (seconds dropped). */
export function clockTime(minutes: number): string {
  const whole = Math.floor(minutes)
  return `${String(Math.floor(whole / 60)).padStart(2, '0')}:${String(whole % 60).padStart(2, '0')}`
}

/** Minutes between the wall clock and UTC at `instant` (+60 in Amsterdam in winter, +120 in summer). */
function offsetMinutes(instant: number, timeZone: string): number {
  const wall = wallClockOf(new Date(instant), timeZone)
  const { year, month, day } = parseLocalDate(wall.date)
  const asUtc = new Date(0).setUTCFullYear(year, month - 1, day) + Math.round(wall.minutes * 60_000)
  return Math.round((asUtc - instant) / 60_000)
}

/**
 * The instant at which the wall clock in `timeZone` shows `minutes` past midnight on `date`. A time that
 * does not exist (skipped by a spring-forward change) comes out one hour later; an ambiguous time (the
 * autumn hour that happens twice) comes out as one of its two occurrences.
 */
export function instantAt(date: LocalDate, minutes: number, timeZone: string): Date {
  const { year, month, day } = parseLocalDate(date)
  const local = new Date(0).setUTCFullYear(year, month - 1, day) + Math.round(minutes * 60_000)
  const first = offsetMinutes(local, timeZone)
  let instant = local - first * 60_000
  const second = offsetMinutes(instant, timeZone)
  if (second !== first) {
    const other = local - second * 60_000
    // Keep the candidate whose wall clock shows the time asked for; in a gap neither does, take the later.
    instant = offsetMinutes(other, timeZone) === second ? Math.min(instant, other) : Math.max(instant, other)
  }
  return new Date(instant)
}

function hhmm(time: string): number {
  const [h, m] = time.split(':').map(Number)
  return (h ?? 0) * 60 + (m ?? 0)
}

function workingHours(calendar: OrgCalendar): { start: number; end: number } {
  const start = hhmm(calendar.workStart)
  const end = hhmm(calendar.workEnd)
  if (!(end > start)) throw new RangeError(`The working day must end after it starts (${calendar.workStart}–${calendar.workEnd})`)
  return { start, end }
}

/** The wall clock moved to the next moment that is inside working hours (itself when it already is). */
function nextWorkingWall(wall: WallClock, calendar: OrgCalendar): WallClock {
  const { start, end } = workingHours(calendar)
  if (isWorkingDay(wall.date, calendar) && wall.minutes < end) return { date: wall.date, minutes: Math.max(wall.minutes, start) }
  return { date: nextWorkingDay(wall.date, calendar), minutes: start }
}

/**
 * The moment work can happen: `at` itself during working hours, otherwise the start of the next working
 * day (the evening, a weekend or a holiday moves to the next working morning). The end of the working day
 * (workEnd exactly) counts as after hours.
 */
export function nextWorkingMoment(at: Date, calendar: OrgCalendar): Date {
  const wall = wallClockOf(at, calendar.timeZone)
  const next = nextWorkingWall(wall, calendar)
  if (next.date === wall.date && next.minutes === wall.minutes) return new Date(at.getTime())
  return instantAt(next.date, next.minutes, calendar.timeZone)
}

/**
 * The moment `minutes` working minutes after `start`. Time outside working hours does not count; a
 * target that uses up a working day exactly ends at workEnd of that day rather than the next morning.
 * Throws a RangeError for a calendar without working days or with a working day that ends before it starts.
 */
export function addWorkingMinutes(start: Date, minutes: number, calendar: OrgCalendar): Date {
  if (!Number.isFinite(minutes) || minutes < 0) throw new RangeError(`Not a number of working minutes: ${minutes}`)
  const { start: dayStart, end: dayEnd } = workingHours(calendar)
  let wall = nextWorkingWall(wallClockOf(start, calendar.timeZone), calendar)
  let left = minutes
  for (;;) {
    const available = dayEnd - wall.minutes
    if (left <= available) return instantAt(wall.date, wall.minutes + left, calendar.timeZone)
    left -= available
    wall = { date: nextWorkingDay(wall.date, calendar), minutes: dayStart }
  }
}

/** Working minutes from `a` to `b`; 0 when `b` is not after `a`. */
export function workingMinutesBetween(a: Date, b: Date, calendar: OrgCalendar): number {
  if (b.getTime() <= a.getTime()) return 0
  const { start, end } = workingHours(calendar)
  const from = wallClockOf(a, calendar.timeZone)
  const to = wallClockOf(b, calendar.timeZone)
  let total = 0
  for (let date = from.date; date <= to.date; date = addDays(date, 1)) {
    if (!isWorkingDay(date, calendar)) continue
    const lower = Math.max(start, date === from.date ? from.minutes : 0)
    const upper = Math.min(end, date === to.date ? to.minutes : 24 * 60)
    total += Math.max(0, upper - lower)
  }
  return total
}

