import { describe, expect, it } from 'vitest'
import { dutchHolidays, easterSunday, sortHolidays, withDutchHolidays } from '../../../src/shared/calendar/dutch-holidays'

describe('Easter Sunday', () => {
  it.each([
    [2024, '2024-03-31'],
    [2025, '2025-04-20'],
    [2026, '2026-04-05'],
    [2027, '2027-03-28'],
    [2028, '2028-04-16'],
    // The earliest and latest possible dates.
    [2285, '2285-03-22'],
    [2038, '2038-04-25'],
  ])('falls in %i on %s', (year, date) => {
    expect(easterSunday(year)).toBe(date)
  })
})

describe('Dutch national holidays', () => {
  it('for 2026, in date order, in Dutch', () => {
    expect(dutchHolidays(2026, 'nl')).toEqual([
      { date: '2026-01-01', name: 'Nieuwjaarsdag' },
      { date: '2026-04-03', name: 'Goede Vrijdag' },
      { date: '2026-04-05', name: 'Eerste Paasdag' },
      { date: '2026-04-06', name: 'Tweede Paasdag' },
      { date: '2026-04-27', name: 'Koningsdag' },
      { date: '2026-05-05', name: 'Bevrijdingsdag' },
      { date: '2026-05-14', name: 'Hemelvaartsdag' },
      { date: '2026-05-24', name: 'Eerste Pinksterdag' },
      { date: '2026-05-25', name: 'Tweede Pinksterdag' },
      { date: '2026-12-25', name: 'Eerste Kerstdag' },
      { date: '2026-12-26', name: 'Tweede Kerstdag' },
    ])
  })

  it('for 2027, in English', () => {
    expect(dutchHolidays(2027, 'en')).toEqual([
      { date: '2027-01-01', name: "New Year's Day" },
      { date: '2027-03-26', name: 'Good Friday' },
      { date: '2027-03-28', name: 'Easter Sunday' },
      { date: '2027-03-29', name: 'Easter Monday' },
      { date: '2027-04-27', name: "King's Day" },
      { date: '2027-05-05', name: 'Liberation Day' },
      { date: '2027-05-06', name: 'Ascension Day' },
      { date: '2027-05-16', name: 'Whit Sunday' },
      { date: '2027-05-17', name: 'Whit Monday' },
      { date: '2027-12-25', name: 'Christmas Day' },
      { date: '2027-12-26', name: 'Boxing Day' },
    ])
  })

  it('moves King’s Day to the 26th when 27 April is a Sunday', () => {
    const kingsDay = (year: number) => dutchHolidays(year, 'nl').find((h) => h.name === 'Koningsdag')?.date
    expect(kingsDay(2025)).toBe('2025-04-26')
    expect(kingsDay(2031)).toBe('2031-04-26')
    expect(kingsDay(2028)).toBe('2028-04-27')
    // Not moved to the 28th when the 27th is a Saturday.
    expect(kingsDay(2030)).toBe('2030-04-27')
  })

  it('keeps the order when Easter is early enough for Good Friday to fall in March', () => {
    const dates = dutchHolidays(2027, 'nl').map((h) => h.date)
    expect(dates).toEqual([...dates].sort())
  })
})

describe('adding the holidays of a year to a list', () => {
  it('adds only the missing dates, keeps what is there, and sorts', () => {
    const own = [
      { date: '2026-12-31', name: 'Oudejaarsdag (middag)' },
      { date: '2026-04-27', name: 'Koningsdag (eigen naam)' },
      { date: '2025-12-25', name: 'Eerste Kerstdag' },
    ]
    const { holidays, added } = withDutchHolidays(own, 2026, 'nl')
    expect(added).toBe(10)
    expect(holidays).toHaveLength(13)
    expect(holidays[0]).toEqual({ date: '2025-12-25', name: 'Eerste Kerstdag' })
    expect(holidays.filter((h) => h.date === '2026-04-27')).toEqual([{ date: '2026-04-27', name: 'Koningsdag (eigen naam)' }])
    expect(holidays.at(-1)).toEqual({ date: '2026-12-31', name: 'Oudejaarsdag (middag)' })
    expect(holidays.map((h) => h.date)).toEqual(holidays.map((h) => h.date).sort())
  })

  it('adds nothing the second time', () => {
    const once = withDutchHolidays([], 2027, 'en').holidays
    expect(withDutchHolidays(once, 2027, 'en')).toEqual({ holidays: once, added: 0 })
  })

  it('keeps entries without a date at the end', () => {
    const sorted = sortHolidays([
      { date: '', name: 'new' },
      { date: '2026-05-05', name: 'b' },
      { date: '2026-01-01', name: 'a' },
    ])
    expect(sorted.map((h) => h.name)).toEqual(['a', 'b', 'new'])
  })
})
