import type { Language } from '../knowledge/entities'

const locales: Record<Language, string> = { nl: 'nl-NL', en: 'en-GB' }

/** The year of a moment on the organisation's clock. */
function yearIn(now: Date, timeZone: string): number {
  return Number(new Intl.DateTimeFormat('en', { timeZone, year: 'numeric' }).format(now))
}

/**
 * A calendar date (YYYY-MM-DD, already on the organisation's clock) as people say it: "dinsdag 3 december",
 * "Tuesday 3 December"; the year only when it is not this year. A time (HH:MM) follows as "om 14.00 uur" /
 * "at 14:00".
 */
export function spokenDate(date: string, time: string, language: Language, now: Date, timeZone: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date)
  if (!match) return date
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])]
  const moment = new Date(Date.UTC(year, month - 1, day, 12))
  const part = (options: Intl.DateTimeFormatOptions) => new Intl.DateTimeFormat(locales[language], { ...options, timeZone: 'UTC' }).format(moment)
  const weekday = part({ weekday: 'long' })
  const monthName = part({ month: 'long' })
  const withYear = year !== yearIn(now, timeZone) ? ` ${year}` : ''
  const said = `${weekday} ${day} ${monthName}${withYear}`
  if (!/^\d{2}:\d{2}$/.test(time)) return said
  return language === 'nl' ? `${said} om ${time.replace(':', '.')} uur` : `${said} at ${time}`
}
