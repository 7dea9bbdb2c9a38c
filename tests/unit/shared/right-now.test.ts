import { describe, expect, it } from 'vitest'
import type { OrgCalendar } from '../../../src/shared/calendar/working-days'
import { busyPeriodSchema, type BusyPeriod, type BusyPeriodRule } from '../../../src/shared/knowledge/busy-period'
import { occurrencesAround, rightNow, type BusyPeriodLike } from '../../../src/shared/knowledge/right-now'

const cal: OrgCalendar = {
  timeZone: 'Europe/Amsterdam',
  workingDays: [1, 2, 3, 4, 5],
  workStart: '08:00',
  workEnd: '17:00',
  holidays: [
    '2026-01-01', '2026-04-03', '2026-04-05', '2026-04-06', '2026-04-27', '2026-05-05', '2026-05-14',
    '2026-05-24', '2026-05-25', '2026-12-25', '2026-12-26', '2027-01-01', '2027-03-26', '2027-03-28', '2027-03-29',
  ],
}

const period = (label: string, rule: BusyPeriodRule, applicationIds: string[] = []): BusyPeriod => ({ label, rule, note: `note ${label}`, applicationIds })
const winter = period('Winterdienst', { kind: 'date-range', from: '11-01', to: '03-15' })
const closing = period('Maandafsluiting', { kind: 'last-working-days', count: 3 })
const payday = (day: number): BusyPeriod => period(`Dag ${day}`, { kind: 'day-of-month', day })
/** Noon in Amsterdam (winter time) on a date, so the UTC date is the same. */
const noon = (date: string): Date => new Date(`${date}T11:00:00Z`)
const only = (busyPeriods: BusyPeriodLike[]) => ({ busyPeriods, applications: [] })

describe('occurrencesAround', () => {
  it('puts day 31 on the last day of shorter months, February in leap years too', () => {
    const rule: BusyPeriodRule = { kind: 'day-of-month', day: 31 }
    expect(occurrencesAround(rule, '2026-02-10', cal)).toEqual([
      { start: '2026-01-31', end: '2026-01-31' },
      { start: '2026-02-28', end: '2026-02-28' },
      { start: '2026-03-31', end: '2026-03-31' },
    ])
    expect(occurrencesAround(rule, '2028-02-10', cal).map((o) => o.start)).toEqual(['2028-01-31', '2028-02-29', '2028-03-31'])
    expect(occurrencesAround(rule, '2026-04-10', cal).map((o) => o.start)).toEqual(['2026-03-31', '2026-04-30', '2026-05-31'])
  })

  it('keeps a day of the month on its date when that is a weekend or holiday, and crosses the year end', () => {
    expect(occurrencesAround({ kind: 'day-of-month', day: 25 }, '2026-04-10', cal).map((o) => o.start)).toEqual(['2026-03-25', '2026-04-25', '2026-05-25'])
    expect(occurrencesAround({ kind: 'day-of-month', day: 5 }, '2026-01-10', cal).map((o) => o.start)).toEqual(['2025-12-05', '2026-01-05', '2026-02-05'])
  })

  it('spans the last working days of the months around the date', () => {
    expect(occurrencesAround({ kind: 'last-working-days', count: 3 }, '2026-01-15', cal)).toEqual([
      { start: '2025-12-29', end: '2025-12-31' },
      { start: '2026-01-28', end: '2026-01-30' },
      { start: '2026-02-25', end: '2026-02-27' },
    ])
  })

  it('wraps a date range over the year end when from is after to', () => {
    expect(occurrencesAround(winter.rule, '2026-01-10', cal)).toEqual([
      { start: '2025-11-01', end: '2026-03-15' },
      { start: '2026-11-01', end: '2027-03-15' },
      { start: '2027-11-01', end: '2028-03-15' },
    ])
    expect(occurrencesAround({ kind: 'date-range', from: '05-01', to: '08-31' }, '2026-01-10', cal)).toEqual([
      { start: '2025-05-01', end: '2025-08-31' },
      { start: '2026-05-01', end: '2026-08-31' },
      { start: '2027-05-01', end: '2027-08-31' },
    ])
  })

  it('ends a range on 02-29 on the 28th in a common year', () => {
    expect(occurrencesAround({ kind: 'date-range', from: '02-01', to: '02-29' }, '2026-02-10', cal)[1]).toEqual({ start: '2026-02-01', end: '2026-02-28' })
    expect(occurrencesAround({ kind: 'date-range', from: '02-01', to: '02-29' }, '2028-02-10', cal)[1]).toEqual({ start: '2028-02-01', end: '2028-02-29' })
  })
})

describe('rightNow: active and upcoming periods', () => {
  it('has the year-wrapping range active on 10 January and 20 November, with the working days left', () => {
    expect(rightNow(only([winter]), noon('2026-01-10'), cal)).toEqual({
      date: '2026-01-10',
      periods: [{ label: 'Winterdienst', note: 'note Winterdienst', start: '2025-11-01', end: '2026-03-15', active: true, workingDaysLeft: 45, startsInWorkingDays: null }],
      extraCritical: [],
    })
    expect(rightNow(only([winter]), noon('2026-11-20'), cal).periods).toEqual([
      { label: 'Winterdienst', note: 'note Winterdienst', start: '2026-11-01', end: '2027-03-15', active: true, workingDaysLeft: 80, startsInWorkingDays: null },
    ])
  })

  it('has the year-wrapping range neither active nor upcoming on 1 April', () => {
    expect(rightNow(only([winter]), noon('2026-04-01'), cal)).toEqual({ date: '2026-04-01', periods: [], extraCritical: [] })
  })

  it('sees the range coming when it starts on a Sunday: Thursday counts Friday only', () => {
    expect(rightNow(only([winter]), noon('2026-10-29'), cal).periods).toEqual([
      { label: 'Winterdienst', note: 'note Winterdienst', start: '2026-11-01', end: '2027-03-15', active: false, workingDaysLeft: null, startsInWorkingDays: 1 },
    ])
  })

  it('sees month-end closing coming within 5 working days across a weekend, and not 6 ahead', () => {
    // Wednesday 21 January: Thu 22, Fri 23, Mon 26, Tue 27, Wed 28 = closing starts on the 5th working day.
    expect(rightNow(only([closing]), noon('2026-01-21'), cal).periods).toEqual([
      { label: 'Maandafsluiting', note: 'note Maandafsluiting', start: '2026-01-28', end: '2026-01-30', active: false, workingDaysLeft: null, startsInWorkingDays: 5 },
    ])
    expect(rightNow(only([closing]), noon('2026-01-20'), cal).periods).toEqual([])
  })

  it('takes the lookahead as a parameter', () => {
    const sixAhead = rightNow(only([closing]), noon('2026-01-20'), cal, 6).periods
    expect(sixAhead.map((p) => [p.start, p.startsInWorkingDays])).toEqual([['2026-01-28', 6]])
    expect(rightNow(only([closing]), noon('2026-01-21'), cal, 4).periods).toEqual([])
    expect(rightNow(only([closing]), noon('2026-01-27'), cal, 1).periods.map((p) => p.startsInWorkingDays)).toEqual([1])
    expect(() => rightNow(only([closing]), noon('2026-01-27'), cal, -1)).toThrow(RangeError)
  })

  it('counts a start on the weekend straight after today as 0 working days away, even with lookahead 0', () => {
    // 25 April 2026 is a Saturday; the day stays the 25th.
    const day25 = payday(25)
    expect(rightNow(only([day25]), noon('2026-04-24'), cal, 0).periods).toEqual([
      { label: 'Dag 25', note: 'note Dag 25', start: '2026-04-25', end: '2026-04-25', active: false, workingDaysLeft: null, startsInWorkingDays: 0 },
    ])
    expect(rightNow(only([day25]), noon('2026-04-23'), cal).periods.map((p) => p.startsInWorkingDays)).toEqual([1])
    expect(rightNow(only([day25]), noon('2026-04-23'), cal, 0).periods).toEqual([])
    expect(rightNow(only([day25]), noon('2026-04-25'), cal).periods.map((p) => [p.active, p.workingDaysLeft])).toEqual([[true, 0]])
  })

  it('puts day 31 on 28 February and on 30 April', () => {
    const day31 = payday(31)
    expect(rightNow(only([day31]), noon('2026-02-27'), cal).periods.map((p) => [p.start, p.active, p.startsInWorkingDays])).toEqual([['2026-02-28', false, 0]])
    expect(rightNow(only([day31]), noon('2026-02-28'), cal).periods.map((p) => [p.start, p.end, p.active])).toEqual([['2026-02-28', '2026-02-28', true]])
    expect(rightNow(only([day31]), noon('2026-04-30'), cal).periods).toEqual([
      { label: 'Dag 31', note: 'note Dag 31', start: '2026-04-30', end: '2026-04-30', active: true, workingDaysLeft: 1, startsInWorkingDays: null },
    ])
  })

  it('keeps a payment day on Christmas Day, a holiday', () => {
    expect(rightNow(only([payday(25)]), noon('2026-12-24'), cal).periods.map((p) => [p.start, p.startsInWorkingDays])).toEqual([['2026-12-25', 0]])
    expect(rightNow(only([payday(25)]), noon('2026-12-25'), cal).periods.map((p) => [p.active, p.workingDaysLeft])).toEqual([[true, 0]])
  })

  it('runs month-end closing over Easter: Good Friday and Easter Monday 2027 are inside it but not counted', () => {
    expect(rightNow(only([closing]), noon('2027-03-24'), cal).periods.map((p) => [p.start, p.end, p.startsInWorkingDays])).toEqual([['2027-03-25', '2027-03-31', 1]])
    const goodFriday = rightNow(only([closing]), noon('2027-03-26'), cal).periods
    expect(goodFriday.map((p) => [p.active, p.workingDaysLeft])).toEqual([[true, 2]])
    expect(rightNow(only([closing]), noon('2027-03-29'), cal).periods.map((p) => [p.active, p.workingDaysLeft])).toEqual([[true, 2]])
  })

  it('uses the Amsterdam date for an instant just after local midnight (23:30 UTC the day before)', () => {
    const day15 = payday(15)
    const after = rightNow(only([day15]), new Date('2026-01-14T23:30:00Z'), cal)
    expect(after.date).toBe('2026-01-15')
    expect(after.periods.map((p) => [p.start, p.active, p.workingDaysLeft])).toEqual([['2026-01-15', true, 1]])
    const before = rightNow(only([day15]), new Date('2026-01-14T22:59:00Z'), cal)
    expect(before.date).toBe('2026-01-14')
    expect(before.periods.map((p) => [p.start, p.active, p.startsInWorkingDays])).toEqual([['2026-01-15', false, 1]])
  })

  it('uses the Amsterdam date across the DST change of 29 March 2026', () => {
    const day29 = payday(29)
    expect(rightNow(only([day29]), new Date('2026-03-28T23:30:00Z'), cal).periods.map((p) => [p.start, p.active])).toEqual([['2026-03-29', true]])
    expect(rightNow(only([day29]), new Date('2026-03-29T21:30:00Z'), cal).periods.map((p) => [p.start, p.active])).toEqual([['2026-03-29', true]])
    const monday = rightNow(only([day29]), new Date('2026-03-29T22:30:00Z'), cal)
    expect(monday).toEqual({ date: '2026-03-30', periods: [], extraCritical: [] })
  })

  it('uses the Amsterdam date across the DST change of 25 October 2026', () => {
    const day25 = payday(25)
    expect(rightNow(only([day25]), new Date('2026-10-24T21:30:00Z'), cal).periods.map((p) => [p.start, p.active, p.startsInWorkingDays])).toEqual([['2026-10-25', false, 0]])
    expect(rightNow(only([day25]), new Date('2026-10-24T22:30:00Z'), cal).periods.map((p) => [p.start, p.active])).toEqual([['2026-10-25', true]])
    expect(rightNow(only([day25]), new Date('2026-10-25T22:30:00Z'), cal).periods.map((p) => [p.start, p.active])).toEqual([['2026-10-25', true]])
    expect(rightNow(only([day25]), new Date('2026-10-25T23:00:00Z'), cal).date).toBe('2026-10-26')
  })

  it('lists active periods first, then upcoming ones, each by start', () => {
    const annual = period('Jaarrekening', { kind: 'date-range', from: '01-15', to: '04-15' })
    const summer = period('Zomer', { kind: 'date-range', from: '05-01', to: '08-31' })
    const result = rightNow(only([payday(30), summer, closing, annual, payday(27), winter]), noon('2026-01-26'), cal)
    expect(result.periods.map((p) => [p.label, p.start, p.end, p.active, p.workingDaysLeft, p.startsInWorkingDays])).toEqual([
      ['Winterdienst', '2025-11-01', '2026-03-15', true, 35, null],
      ['Jaarrekening', '2026-01-15', '2026-04-15', true, 56, null],
      ['Dag 27', '2026-01-27', '2026-01-27', false, null, 1],
      ['Maandafsluiting', '2026-01-28', '2026-01-30', false, null, 2],
      ['Dag 30', '2026-01-30', '2026-01-30', false, null, 4],
    ])
  })

  it('still reports active periods for a calendar without working days, and nothing upcoming', () => {
    const none = { ...cal, workingDays: [] }
    expect(rightNow(only([winter, payday(27), closing]), noon('2026-01-26'), none).periods).toEqual([
      { label: 'Winterdienst', note: 'note Winterdienst', start: '2025-11-01', end: '2026-03-15', active: true, workingDaysLeft: 0, startsInWorkingDays: null },
    ])
  })
})

describe('rightNow: extra critical applications', () => {
  const finix = { id: 'finix', name: 'Finix', criticality: 'critical' as const }
  const portal = { id: 'portal', name: 'Portaal', criticality: 'important' as const }
  const heffix = { id: 'heffix', name: 'Heffix', criticality: 'critical' as const }
  const wiki = { id: 'wiki', name: 'Wiki', criticality: 'normal' as const }
  const applications = [finix, portal, heffix, wiki]
  const january = noon('2026-01-26')

  it('is empty while nothing is active, even when an upcoming period names applications', () => {
    expect(rightNow({ busyPeriods: [period('Afsluiting', closing.rule, ['portal'])], applications }, january, cal).extraCritical).toEqual([])
  })

  it('is every critical application while a period without applicationIds is active', () => {
    expect(rightNow({ busyPeriods: [winter], applications }, january, cal).extraCritical).toEqual([finix, heffix])
  })

  it('is only the named applications, whatever their criticality, in the order of the applications', () => {
    const named = period('Winterdienst', winter.rule, ['wiki', 'portal', 'unknown'])
    expect(rightNow({ busyPeriods: [named], applications }, january, cal).extraCritical).toEqual([portal, wiki])
  })

  it('unites what each active period contributes, each application once', () => {
    const named = period('Jaarrekening', { kind: 'date-range', from: '01-15', to: '04-15' }, ['portal', 'finix'])
    expect(rightNow({ busyPeriods: [named, winter], applications }, january, cal).extraCritical).toEqual([finix, portal, heffix])
    const alsoNamed = period('Winterdienst', winter.rule, ['wiki'])
    expect(rightNow({ busyPeriods: [named, alsoNamed], applications }, january, cal).extraCritical).toEqual([finix, portal, wiki])
  })

  it('treats a stored period without the applicationIds field as naming none', () => {
    const stored: BusyPeriodLike = { label: 'Winterdienst', rule: winter.rule }
    const result = rightNow({ busyPeriods: [stored], applications }, january, cal)
    expect(result.extraCritical).toEqual([finix, heffix])
    expect(result.periods.map((p) => p.note)).toEqual([''])
  })

  it('defaults applicationIds to an empty list when a busy period is parsed', () => {
    expect(busyPeriodSchema.parse({ label: 'Winterdienst', rule: winter.rule })).toEqual({ label: 'Winterdienst', rule: winter.rule, note: '', applicationIds: [] })
    expect(busyPeriodSchema.parse({ label: 'X', rule: winter.rule, applicationIds: ['finix'] }).applicationIds).toEqual(['finix'])
  })
})
