import type { Language } from '../knowledge/entities'
import { addDays, isoWeekday, localDate, type LocalDate } from './local-date'

export interface Holiday {
  date: LocalDate
  name: string
}

/** Easter Sunday of a Gregorian year, by the anonymous Gregorian algorithm (Meeus/Jones/Butcher). */
export function easterSunday(year: number): LocalDate {
  const a = year % 19
  const b = Math.floor(year / 100)
  const c = year % 100
  const d = Math.floor(b / 4)
  const e = b % 4
  const f = Math.floor((b + 8) / 25)
  const g = Math.floor((b - f + 1) / 3)
  const h = (19 * a + b - d - g + 15) % 30
  const i = Math.floor(c / 4)
  const k = c % 4
  const l = (32 + 2 * e + 2 * i - h - k) % 7
  const m = Math.floor((a + 11 * h + 22 * l) / 451)
  const month = Math.floor((h + l - 7 * m + 114) / 31)
  const day = ((h + l - 7 * m + 114) % 31) + 1
  return localDate(year, month, day)
}

type HolidayKey =
  | 'newYear'
  | 'goodFriday'
  | 'easterSunday'
  | 'easterMonday'
  | 'kingsDay'
  | 'liberationDay'
  | 'ascensionDay'
  | 'whitSunday'
  | 'whitMonday'
  | 'christmasDay'
  | 'secondChristmasDay'

const names: Record<Language, Record<HolidayKey, string>> = {
  nl: {
    newYear: 'Nieuwjaarsdag',
    goodFriday: 'Goede Vrijdag',
    easterSunday: 'Eerste Paasdag',
    easterMonday: 'Tweede Paasdag',
    kingsDay: 'Koningsdag',
    liberationDay: 'Bevrijdingsdag',
    ascensionDay: 'Hemelvaartsdag',
    whitSunday: 'Eerste Pinksterdag',
    whitMonday: 'Tweede Pinksterdag',
    christmasDay: 'Eerste Kerstdag',
    secondChristmasDay: 'Tweede Kerstdag',
  },
  // The names the demo organisation's English pack uses.
  en: {
    newYear: "New Year's Day",
    goodFriday: 'Good Friday',
    easterSunday: 'Easter Sunday',
    easterMonday: 'Easter Monday',
    kingsDay: "King's Day",
    liberationDay: 'Liberation Day',
    ascensionDay: 'Ascension Day',
    whitSunday: 'Whit Sunday',
    whitMonday: 'Whit Monday',
    christmasDay: 'Christmas Day',
    secondChristmasDay: 'Boxing Day',
  },
}

/** King's Day is 27 April, or the 26th when the 27th falls on a Sunday. */
function kingsDay(year: number): LocalDate {
  const date = localDate(year, 4, 27)
  return isoWeekday(date) === 7 ? localDate(year, 4, 26) : date
}

/** The Dutch national holidays of a year, in date order, named in the given language. */
export function dutchHolidays(year: number, language: Language): Holiday[] {
  const easter = easterSunday(year)
  const dates: [HolidayKey, LocalDate][] = [
    ['newYear', localDate(year, 1, 1)],
    ['goodFriday', addDays(easter, -2)],
    ['easterSunday', easter],
    ['easterMonday', addDays(easter, 1)],
    ['kingsDay', kingsDay(year)],
    ['liberationDay', localDate(year, 5, 5)],
    ['ascensionDay', addDays(easter, 39)],
    ['whitSunday', addDays(easter, 49)],
    ['whitMonday', addDays(easter, 50)],
    ['christmasDay', localDate(year, 12, 25)],
    ['secondChristmasDay', localDate(year, 12, 26)],
  ]
  return dates.map(([key, date]) => ({ date, name: names[language][key] })).sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0))
}

/**
 * Adds the Dutch holidays of a year to a list, skipping dates the list already has (whatever their name),
 * and returns the list in date order with how many were added.
 */
export function withDutchHolidays(holidays: Holiday[], year: number, language: Language): { holidays: Holiday[]; added: number } {
  const known = new Set(holidays.map((h) => h.date))
  const missing = dutchHolidays(year, language).filter((h) => !known.has(h.date))
  return { holidays: sortHolidays([...holidays, ...missing]), added: missing.length }
}

/** In date order; entries without a date yet stay at the end, in the order they were added. */
export function sortHolidays<T extends Holiday>(holidays: T[]): T[] {
  return holidays
    .map((h, i) => ({ h, i }))
    .sort((a, b) => {
      if (!a.h.date || !b.h.date) return (a.h.date ? 0 : 1) - (b.h.date ? 0 : 1) || a.i - b.i
      return a.h.date < b.h.date ? -1 : a.h.date > b.h.date ? 1 : a.i - b.i
    })
    .map(({ h }) => h)
}
