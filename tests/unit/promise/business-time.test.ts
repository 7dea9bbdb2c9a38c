import { describe, expect, it } from 'vitest'
import { addWorkingMinutes, instantAt, nextWorkingMoment, workingMinutesBetween } from '../../../src/shared/promise/business-time'
import { amsterdam, calendar, show } from './support'

// The demo organisation works Monday to Friday, 08:00–17:00 in Europe/Amsterdam.
const add = (wall: string, minutes: number): string => show(addWorkingMinutes(amsterdam(wall), minutes, calendar))

describe('working minutes on the organisation clock', () => {
  it('counts within the working day, up to and including its end', () => {
    expect(add('2026-12-01 10:07', 30)).toBe('2026-12-01 10:37')
    expect(add('2026-12-01 08:00', 9 * 60)).toBe('2026-12-01 17:00')
  })

  it('carries what is left at the end of the day over to the next morning', () => {
    // Tuesday 16:30 + 1 hour: half an hour today, half an hour on Wednesday.
    expect(add('2026-12-01 16:30', 60)).toBe('2026-12-02 08:30')
    // Started in the evening or at night: the clock starts at 08:00.
    expect(add('2026-12-01 19:45', 30)).toBe('2026-12-02 08:30')
    expect(add('2026-12-02 06:10', 30)).toBe('2026-12-02 08:30')
  })

  it('skips the weekend', () => {
    expect(add('2026-12-04 16:00', 120)).toBe('2026-12-07 09:00')
    expect(add('2026-12-05 12:00', 30)).toBe('2026-12-07 08:30')
  })

  it('skips holidays from the calendar', () => {
    // Thursday 24 December 16:00: Christmas (Friday 25th) and the weekend do not count.
    expect(add('2026-12-24 16:00', 120)).toBe('2026-12-28 09:00')
    // Easter Monday (6 April) is a holiday; Good Friday (3 April) too in the demo calendar.
    expect(add('2026-04-02 16:00', 120)).toBe('2026-04-07 09:00')
  })

  it('ends at the right wall-clock time across the change to summer time (last Sunday of March)', () => {
    const due = addWorkingMinutes(amsterdam('2026-03-27 16:00'), 120, calendar)
    expect(show(due)).toBe('2026-03-30 09:00')
    expect(due.toISOString()).toBe('2026-03-30T07:00:00.000Z')
  })

  it('ends at the right wall-clock time across the change to winter time (last Sunday of October)', () => {
    const due = addWorkingMinutes(amsterdam('2026-10-23 16:00'), 120, calendar)
    expect(show(due)).toBe('2026-10-26 09:00')
    expect(due.toISOString()).toBe('2026-10-26T08:00:00.000Z')
  })

  it('counts the working minutes between two moments, the inverse of adding them', () => {
    const cases: Array<[string, number]> = [
      ['2026-12-01 10:07', 30],
      ['2026-12-01 16:30', 60],
      ['2026-12-04 16:00', 120],
      ['2026-12-24 16:00', 600],
      ['2026-03-27 16:00', 120],
      ['2026-10-23 16:00', 2400],
    ]
    for (const [start, minutes] of cases) {
      const from = amsterdam(start)
      expect(workingMinutesBetween(from, addWorkingMinutes(from, minutes, calendar), calendar)).toBe(minutes)
    }
    expect(workingMinutesBetween(amsterdam('2026-12-02 09:00'), amsterdam('2026-12-01 09:00'), calendar)).toBe(0)
    expect(workingMinutesBetween(amsterdam('2026-12-05 09:00'), amsterdam('2026-12-06 15:00'), calendar)).toBe(0)
  })

  it('finds the next moment work can happen', () => {
    expect(show(nextWorkingMoment(amsterdam('2026-12-01 10:07'), calendar))).toBe('2026-12-01 10:07')
    expect(show(nextWorkingMoment(amsterdam('2026-12-01 17:00'), calendar))).toBe('2026-12-02 08:00')
    expect(show(nextWorkingMoment(amsterdam('2026-12-05 11:00'), calendar))).toBe('2026-12-07 08:00')
    expect(show(nextWorkingMoment(amsterdam('2026-12-24 18:00'), calendar))).toBe('2026-12-28 08:00')
    expect(show(nextWorkingMoment(amsterdam('2026-03-28 23:00'), calendar))).toBe('2026-03-30 08:00')
  })

  it('turns a wall-clock time skipped by summer time into the hour after', () => {
    expect(show(instantAt('2026-03-29', 2 * 60 + 30, 'Europe/Amsterdam'))).toBe('2026-03-29 03:30')
  })

  it('refuses a calendar without working days or with a working day that ends before it starts', () => {
    expect(() => addWorkingMinutes(amsterdam('2026-12-01 10:00'), 60, { ...calendar, workingDays: [] })).toThrow(RangeError)
    expect(() => addWorkingMinutes(amsterdam('2026-12-01 10:00'), 60, { ...calendar, workStart: '17:00', workEnd: '08:00' })).toThrow(RangeError)
  })
})
