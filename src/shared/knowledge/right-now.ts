import { addDays, compareDates, daysInMonth, localDate, localDateOf, parseLocalDate, type LocalDate } from '../calendar/local-date'
import { addWorkingDays, lastWorkingDaysOfMonth, workingDaysFrom, type OrgCalendar } from '../calendar/working-days'
import type { BusyPeriod, BusyPeriodRule } from './busy-period'

/** One occurrence of a busy period; start and end are inclusive local dates. */
export interface BusyPeriodOccurrence {
  label: string
  note: string
  start: LocalDate
  end: LocalDate
}

export interface RightNowPeriod extends BusyPeriodOccurrence {
  active: boolean
  /** Active only: working days from today to the end, both inclusive (0 when only non-working days remain). */
  workingDaysLeft: number | null
  /**
   * Upcoming only: working days after today up to and including the start, so 1 = it starts on the next
   * working day (or on the weekend or holidays right after it) and 0 = it starts before the next working day.
   */
  startsInWorkingDays: number | null
}

export interface RightNow<A> {
  /** Today in the organisation's time zone. */
  date: LocalDate
  /** Active periods first, then upcoming ones, each group by start. */
  periods: RightNowPeriod[]
  /** The applications an active period makes extra critical; empty when nothing is active. */
  extraCritical: A[]
}

/**
 * A busy period as the caller may hold it: rows stored before `applicationIds` existed lack that field,
 * and a pack entry that was never parsed may lack the note. Every BusyPeriod fits.
 */
export type BusyPeriodLike = Pick<BusyPeriod, 'label' | 'rule'> & Partial<Pick<BusyPeriod, 'note' | 'applicationIds'>>

type Span = { start: LocalDate; end: LocalDate }

/** 'MM-DD' in a given year; a day the month lacks (02-29 in 2026) becomes the month's last day. */
function monthDayIn(year: number, monthDay: string): LocalDate {
  const [month = 1, day = 1] = monthDay.split('-').map(Number)
  return localDate(year, month, Math.min(day, daysInMonth(year, month)))
}

function monthsAround(year: number, month: number): { year: number; month: number }[] {
  return [-1, 0, 1].map((offset) => {
    const index = year * 12 + (month - 1) + offset
    return { year: Math.floor(index / 12), month: (index % 12) + 1 }
  })
}

/**
 * The occurrences of a rule in the month before, of and after `date` (yearly ranges: the year before, of
 * and after), sorted by start. That always includes the occurrence that contains `date`, if any, and the
 * first one after it, which is all "right now" needs.
 */
export function occurrencesAround(rule: BusyPeriodRule, date: LocalDate, cal: OrgCalendar): Span[] {
  const { year, month } = parseLocalDate(date)
  const spans: Span[] = []
  switch (rule.kind) {
    case 'day-of-month':
      for (const m of monthsAround(year, month)) {
        // The 31st in a 30-day month is the 30th: "the last day of the month" is what the rule means there.
        // A day that falls on a weekend or holiday is NOT moved to a working day: payments and runs are
        // scheduled by date (the bank pays on the 25th), and the period is the date itself. How the
        // department prepares for it is in the note, not in the rule.
        const day = localDate(m.year, m.month, Math.min(rule.day, daysInMonth(m.year, m.month)))
        spans.push({ start: day, end: day })
      }
      break
    case 'last-working-days':
      for (const m of monthsAround(year, month)) {
        const days = lastWorkingDaysOfMonth(m.year, m.month, rule.count, cal)
        // A holiday between those days lies inside the span: closing does not stop for one day off.
        const first = days[0]
        const last = days[days.length - 1]
        if (first && last) spans.push({ start: first, end: last })
      }
      break
    case 'date-range': {
      // from > to runs over the year end: 11-01..03-15 starts in one year and ends in the next.
      const wraps = rule.from > rule.to
      for (const y of [year - 1, year, year + 1]) {
        spans.push({ start: monthDayIn(y, rule.from), end: monthDayIn(wraps ? y + 1 : y, rule.to) })
      }
      break
    }
  }
  return spans.sort((a, b) => compareDates(a.start, b.start))
}

/**
 * What is going on for a department right now: its busy periods active at `at` (in the calendar's time
 * zone) and those starting within the next `lookaheadWorkingDays` working days, plus the applications the
 * active ones make extra critical.
 *
 * "Within the next N working days" means before the (N+1)-th working day after today, so a period that
 * starts on a weekend counts by the working days before it: on a Thursday, a Saturday start is 1 working
 * day away (Friday), and on a Friday it is 0 away, still upcoming. A calendar without working days has no
 * lookahead, so nothing is upcoming.
 */
export function rightNow<A extends { id: string; criticality: 'critical' | 'important' | 'normal' }>(
  input: { busyPeriods: BusyPeriodLike[]; applications: A[] },
  at: Date,
  cal: OrgCalendar,
  lookaheadWorkingDays = 5,
): RightNow<A> {
  if (!Number.isInteger(lookaheadWorkingDays) || lookaheadWorkingDays < 0) {
    throw new RangeError(`lookaheadWorkingDays must be a whole number of at least 0, not ${lookaheadWorkingDays}`)
  }
  const today = localDateOf(at, cal.timeZone)
  const hasWorkingDays = cal.workingDays.length > 0
  // Exclusive: the first working day that is no longer "within the next N".
  const lookaheadEnd = hasWorkingDays ? addWorkingDays(today, lookaheadWorkingDays + 1, cal) : today

  const active: { period: BusyPeriodLike; row: RightNowPeriod }[] = []
  const upcoming: RightNowPeriod[] = []
  for (const period of input.busyPeriods) {
    const occurrences = occurrencesAround(period.rule, today, cal)
    const base = { label: period.label, note: period.note ?? '' }
    const current = occurrences.find((o) => compareDates(o.start, today) <= 0 && compareDates(today, o.end) <= 0)
    if (current) {
      active.push({
        period,
        row: { ...base, ...current, active: true, workingDaysLeft: workingDaysFrom(today, current.end, cal), startsInWorkingDays: null },
      })
      continue
    }
    const next = occurrences.find((o) => compareDates(o.start, today) > 0)
    if (next && compareDates(next.start, lookaheadEnd) < 0) {
      const startsIn = workingDaysFrom(addDays(today, 1), next.start, cal)
      upcoming.push({ ...base, ...next, active: false, workingDaysLeft: null, startsInWorkingDays: startsIn })
    }
  }

  // Array sort is stable: periods with the same start keep the department's order.
  const byStart = (a: RightNowPeriod, b: RightNowPeriod): number => compareDates(a.start, b.start)
  return {
    date: today,
    periods: [...active.map((a) => a.row).sort(byStart), ...upcoming.sort(byStart)],
    extraCritical: extraCritical(
      active.map((a) => a.period),
      input.applications,
    ),
  }
}

/**
 * Each active period contributes the applications it names (whatever their criticality: naming one is the
 * department saying it matters in this period) or, when it names none, every 'critical' application.
 * The result keeps the order of `applications`, each at most once; ids not among them are ignored.
 */
function extraCritical<A extends { id: string; criticality: string }>(activePeriods: BusyPeriodLike[], applications: A[]): A[] {
  const named = new Set<string>()
  let allCritical = false
  for (const period of activePeriods) {
    const ids = period.applicationIds ?? []
    if (ids.length === 0) allCritical = true
    for (const id of ids) named.add(id)
  }
  return applications.filter((app) => named.has(app.id) || (allCritical && app.criticality === 'critical'))
}
