import { afterEach, describe, expect, it } from 'vitest'
import { addDays, compareDates, daysInMonth, isoWeekday, localDateOf, parseLocalDate } from '../../../src/shared/calendar/local-date'
import {
  addWorkingDays,
  calendarFromSettings,
  isWorkingDay,
  lastWorkingDaysOfMonth,
  nextWorkingDay,
  previousWorkingDay,
  workingDaysFrom,
  type OrgCalendar,
} from '../../../src/shared/calendar/working-days'

// Dutch public holidays as the demo organisation lists them (Easter 2026: 5 April; Easter 2027: 28 March).
const holidays = [
  '2026-01-01', '2026-04-03', '2026-04-05', '2026-04-06', '2026-04-27', '2026-05-05', '2026-05-14',
  '2026-05-24', '2026-05-25', '2026-12-25', '2026-12-26', '2027-01-01', '2027-03-26', '2027-03-28', '2027-03-29',
]
const cal: OrgCalendar = {
  timeZone: 'Europe/Amsterdam',
  workingDays: [1, 2, 3, 4, 5],
  workStart: '08:00',
  workEnd: '17:00',
  holidays,
}

describe('local dates', () => {
  const machineZone = process.env.TZ
  afterEach(() => {
    if (machineZone === undefined) delete process.env.TZ
    else process.env.TZ = machineZone
  })

  it('adds days across month, year and leap-day boundaries', () => {
    expect(addDays('2026-01-31', 1)).toBe('2026-02-01')
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01')
    expect(addDays('2027-01-01', -1)).toBe('2026-12-31')
    expect(addDays('2028-02-28', 1)).toBe('2028-02-29')
    expect(addDays('2026-02-28', 1)).toBe('2026-03-01')
    expect(addDays('2026-01-15', 365)).toBe('2027-01-15')
    expect(addDays('2026-03-10', 0)).toBe('2026-03-10')
  })

  it('never shifts a date over the DST changes, even with the machine itself in Amsterdam', () => {
    process.env.TZ = 'Europe/Amsterdam'
    expect(addDays('2026-03-28', 1)).toBe('2026-03-29')
    expect(addDays('2026-03-29', 1)).toBe('2026-03-30')
    expect(addDays('2026-10-25', 1)).toBe('2026-10-26')
    expect(addDays('2026-10-26', -1)).toBe('2026-10-25')
    expect(isoWeekday('2026-03-29')).toBe(7)
    expect(isoWeekday('2026-10-25')).toBe(7)
    let day = '2026-01-01'
    for (let i = 0; i < 365; i++) day = addDays(day, 1)
    expect(day).toBe('2027-01-01')
  })

  it('gives ISO weekdays, Monday 1 to Sunday 7', () => {
    expect(isoWeekday('2026-01-26')).toBe(1)
    expect(isoWeekday('2026-01-01')).toBe(4)
    expect(isoWeekday('2026-01-30')).toBe(5)
    expect(isoWeekday('2026-01-31')).toBe(6)
    expect(isoWeekday('2026-02-01')).toBe(7)
  })

  it('compares dates and sorts with that comparator', () => {
    expect(compareDates('2026-01-09', '2026-01-10')).toBe(-1)
    expect(compareDates('2026-01-10', '2026-01-10')).toBe(0)
    expect(compareDates('2027-01-01', '2026-12-31')).toBe(1)
    expect(['2026-12-31', '2026-01-10', '2026-02-01'].sort(compareDates)).toEqual(['2026-01-10', '2026-02-01', '2026-12-31'])
  })

  it('knows the length of every month, leap years included', () => {
    expect(daysInMonth(2026, 1)).toBe(31)
    expect(daysInMonth(2026, 2)).toBe(28)
    expect(daysInMonth(2028, 2)).toBe(29)
    expect(daysInMonth(2000, 2)).toBe(29)
    expect(daysInMonth(2100, 2)).toBe(28)
    expect(daysInMonth(2026, 4)).toBe(30)
    expect(daysInMonth(2026, 12)).toBe(31)
  })

  it('rejects strings that are not calendar dates', () => {
    expect(parseLocalDate('2026-02-28')).toEqual({ year: 2026, month: 2, day: 28 })
    expect(() => parseLocalDate('2026-02-29')).toThrow(RangeError)
    expect(() => parseLocalDate('2026-13-01')).toThrow(RangeError)
    expect(() => parseLocalDate('2026-1-5')).toThrow(RangeError)
    expect(() => addDays('26-01-05', 1)).toThrow(RangeError)
  })

  it('reads the local date in Amsterdam just after midnight, when UTC is still on the day before', () => {
    // Winter time, UTC+1: 23:30 UTC is 00:30 the next day.
    expect(localDateOf(new Date('2026-01-14T23:30:00Z'), 'Europe/Amsterdam')).toBe('2026-01-15')
    expect(localDateOf(new Date('2026-01-14T22:59:59Z'), 'Europe/Amsterdam')).toBe('2026-01-14')
    expect(localDateOf(new Date('2026-01-14T23:30:00Z'), 'UTC')).toBe('2026-01-14')
    expect(localDateOf(new Date('2026-01-15T04:30:00Z'), 'America/New_York')).toBe('2026-01-14')
  })

  it('reads the local date across the spring DST change of 29 March 2026', () => {
    expect(localDateOf(new Date('2026-03-28T22:59:00Z'), 'Europe/Amsterdam')).toBe('2026-03-28')
    expect(localDateOf(new Date('2026-03-28T23:30:00Z'), 'Europe/Amsterdam')).toBe('2026-03-29')
    // From 01:00 UTC on the 29th it is summer time, UTC+2: the day ends at 22:00 UTC.
    expect(localDateOf(new Date('2026-03-29T21:59:00Z'), 'Europe/Amsterdam')).toBe('2026-03-29')
    expect(localDateOf(new Date('2026-03-29T22:30:00Z'), 'Europe/Amsterdam')).toBe('2026-03-30')
  })

  it('reads the local date across the autumn DST change of 25 October 2026', () => {
    expect(localDateOf(new Date('2026-10-24T21:30:00Z'), 'Europe/Amsterdam')).toBe('2026-10-24')
    expect(localDateOf(new Date('2026-10-24T22:30:00Z'), 'Europe/Amsterdam')).toBe('2026-10-25')
    // Back to UTC+1 at 01:00 UTC: 22:30 UTC is still 23:30 on the 25th, 23:00 UTC is midnight.
    expect(localDateOf(new Date('2026-10-25T22:30:00Z'), 'Europe/Amsterdam')).toBe('2026-10-25')
    expect(localDateOf(new Date('2026-10-25T23:00:00Z'), 'Europe/Amsterdam')).toBe('2026-10-26')
  })

  it('refuses an unknown time zone instead of using the machine one', () => {
    expect(() => localDateOf(new Date('2026-01-14T12:00:00Z'), 'Europe/Zuiderhaven')).toThrow(RangeError)
  })
})

describe('working days', () => {
  it('excludes weekends and holidays, Easter and Christmas included', () => {
    expect(isWorkingDay('2026-01-30', cal)).toBe(true)
    expect(isWorkingDay('2026-01-31', cal)).toBe(false)
    expect(isWorkingDay('2026-02-01', cal)).toBe(false)
    expect(isWorkingDay('2026-01-01', cal)).toBe(false)
    expect(isWorkingDay('2026-04-03', cal)).toBe(false)
    expect(isWorkingDay('2026-04-06', cal)).toBe(false)
    expect(isWorkingDay('2026-04-07', cal)).toBe(true)
    expect(isWorkingDay('2026-12-24', cal)).toBe(true)
    expect(isWorkingDay('2026-12-25', cal)).toBe(false)
  })

  it('follows the configured working weekdays', () => {
    const sixDays = { ...cal, workingDays: [1, 2, 3, 4, 5, 6] }
    expect(isWorkingDay('2026-01-31', sixDays)).toBe(true)
    expect(nextWorkingDay('2026-01-30', sixDays)).toBe('2026-01-31')
  })

  it('finds the next working day strictly after a date, over weekends and holidays', () => {
    expect(nextWorkingDay('2026-01-29', cal)).toBe('2026-01-30')
    expect(nextWorkingDay('2026-01-30', cal)).toBe('2026-02-02')
    expect(nextWorkingDay('2026-01-31', cal)).toBe('2026-02-02')
    expect(nextWorkingDay('2026-04-02', cal)).toBe('2026-04-07')
    expect(nextWorkingDay('2026-12-24', cal)).toBe('2026-12-28')
    expect(nextWorkingDay('2026-12-31', cal)).toBe('2027-01-04')
  })

  it('finds the previous working day strictly before a date', () => {
    expect(previousWorkingDay('2026-04-07', cal)).toBe('2026-04-02')
    expect(previousWorkingDay('2026-02-02', cal)).toBe('2026-01-30')
  })

  it('adds working days forwards and backwards; zero keeps the date', () => {
    expect(addWorkingDays('2026-04-02', 1, cal)).toBe('2026-04-07')
    expect(addWorkingDays('2026-04-02', 3, cal)).toBe('2026-04-09')
    expect(addWorkingDays('2026-01-30', 5, cal)).toBe('2026-02-06')
    expect(addWorkingDays('2026-01-31', 0, cal)).toBe('2026-01-31')
    expect(addWorkingDays('2026-04-07', -1, cal)).toBe('2026-04-02')
    expect(addWorkingDays('2026-01-05', -3, cal)).toBe('2025-12-30')
    expect(() => addWorkingDays('2026-01-05', 1.5, cal)).toThrow(RangeError)
  })

  it('throws instead of looping for ever when the calendar has no working days', () => {
    const none = { ...cal, workingDays: [] }
    expect(() => nextWorkingDay('2026-01-05', none)).toThrow(RangeError)
    expect(() => addWorkingDays('2026-01-05', 2, none)).toThrow(RangeError)
    expect(workingDaysFrom('2026-01-01', '2026-01-31', none)).toBe(0)
    expect(lastWorkingDaysOfMonth(2026, 1, 3, none)).toEqual([])
  })

  it('counts working days in an inclusive range', () => {
    expect(workingDaysFrom('2026-01-01', '2026-01-31', cal)).toBe(21)
    expect(workingDaysFrom('2026-04-01', '2026-04-30', cal)).toBe(19)
    expect(workingDaysFrom('2026-01-01', '2026-12-31', cal)).toBe(253)
    expect(workingDaysFrom('2026-01-30', '2026-01-30', cal)).toBe(1)
    expect(workingDaysFrom('2026-01-31', '2026-02-01', cal)).toBe(0)
    expect(workingDaysFrom('2026-02-02', '2026-01-30', cal)).toBe(0)
  })
})

describe('last working days of a month', () => {
  it('skips a month end on a Saturday: January 2026 ends on the 31st, a Saturday', () => {
    expect(lastWorkingDaysOfMonth(2026, 1, 3, cal)).toEqual(['2026-01-28', '2026-01-29', '2026-01-30'])
    expect(lastWorkingDaysOfMonth(2026, 2, 3, cal)).toEqual(['2026-02-25', '2026-02-26', '2026-02-27'])
    expect(lastWorkingDaysOfMonth(2026, 5, 1, cal)).toEqual(['2026-05-29'])
  })

  it('skips a holiday on the last Friday of the month', () => {
    const withHoliday = { ...cal, holidays: [...holidays, '2026-07-31'] }
    expect(lastWorkingDaysOfMonth(2026, 7, 3, cal)).toEqual(['2026-07-29', '2026-07-30', '2026-07-31'])
    expect(lastWorkingDaysOfMonth(2026, 7, 3, withHoliday)).toEqual(['2026-07-28', '2026-07-29', '2026-07-30'])
  })

  it('skips Easter and Christmas from the calendar', () => {
    // Good Friday 26 March and Easter Monday 29 March 2027 fall in the last week of March.
    expect(lastWorkingDaysOfMonth(2027, 3, 3, cal)).toEqual(['2027-03-25', '2027-03-30', '2027-03-31'])
    // Christmas Day 2026 is a Friday.
    expect(lastWorkingDaysOfMonth(2026, 12, 5, cal)).toEqual(['2026-12-24', '2026-12-28', '2026-12-29', '2026-12-30', '2026-12-31'])
    // Whit Monday 25 May 2026.
    expect(lastWorkingDaysOfMonth(2026, 5, 5, cal)).toEqual(['2026-05-22', '2026-05-26', '2026-05-27', '2026-05-28', '2026-05-29'])
  })

  it('returns all working days of a month that has fewer than asked for', () => {
    const saturdaysOnly = { ...cal, workingDays: [6] }
    expect(lastWorkingDaysOfMonth(2026, 1, 10, saturdaysOnly)).toEqual(['2026-01-03', '2026-01-10', '2026-01-17', '2026-01-24', '2026-01-31'])
  })
})

describe('calendarFromSettings', () => {
  it('takes the calendar fields and reduces holidays to their dates', () => {
    const calendar = calendarFromSettings({
      timeZone: 'Europe/Amsterdam',
      workingDays: [1, 2, 3, 4, 5],
      workStart: '08:00',
      workEnd: '17:00',
      holidays: [
        { date: '2026-04-03', name: 'Goede Vrijdag' },
        { date: '2026-12-25', name: 'Eerste Kerstdag' },
      ],
    })
    expect(calendar).toEqual({
      timeZone: 'Europe/Amsterdam',
      workingDays: [1, 2, 3, 4, 5],
      workStart: '08:00',
      workEnd: '17:00',
      holidays: ['2026-04-03', '2026-12-25'],
    })
  })
})
