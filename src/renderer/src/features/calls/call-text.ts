import type { TFunction } from 'i18next'
import type { CallSummary } from '../../../../shared/call/record'

/** The locale for Intl formatting in the UI language: British English, as elsewhere in the console. */
export function intlLocale(language: string): string {
  return language === 'en' ? 'en-GB' : 'nl-NL'
}

/** Who is on the line, as the agent recognises it: the name, else the number, else "Unknown caller". */
export function callerLabel(call: Pick<CallSummary, 'callerName' | 'phoneNumber'>, t: TFunction): string {
  return call.callerName.trim() || call.phoneNumber.trim() || t('calls.unknownCaller')
}

/** The first line of what happened, cut at a word near `max` characters. */
export function firstWords(text: string, max = 80): string {
  const line = text.trim().split(/\r?\n/)[0]?.trim() ?? ''
  if (line.length <= max) return line
  const cut = line.slice(0, max)
  const space = cut.lastIndexOf(' ')
  return `${(space > max / 2 ? cut.slice(0, space) : cut).trimEnd()}…`
}

/** A length of time as a call timer shows it: 4:07, or 1:02:09 past the hour. */
export function formatDuration(ms: number): string {
  const total = Math.max(0, Math.floor(ms / 1000))
  const hours = Math.floor(total / 3600)
  const minutes = Math.floor((total % 3600) / 60)
  const seconds = String(total % 60).padStart(2, '0')
  return hours > 0 ? `${hours}:${String(minutes).padStart(2, '0')}:${seconds}` : `${minutes}:${seconds}`
}

/** How long the conversation has lasted: until it ended, else until now. */
export function callDuration(call: Pick<CallSummary, 'startedAt' | 'endedAt'>, now: number): number {
  const end = call.endedAt ? Date.parse(call.endedAt) : now
  return end - Date.parse(call.startedAt)
}

/** The calendar day of an instant in the organisation's time zone, as YYYY-MM-DD (for grouping). */
export function dayOf(instant: string | number, timeZone: string): string {
  // en-CA formats a date as YYYY-MM-DD.
  return new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(new Date(instant))
}

/** "14:05" in the organisation's time zone. */
export function timeOf(instant: string, timeZone: string, language: string): string {
  return new Intl.DateTimeFormat(intlLocale(language), { timeZone, hour: '2-digit', minute: '2-digit' }).format(new Date(instant))
}

/** "do 26 nov. 14:05" / "Thu 26 Nov 14:05" in the organisation's time zone. */
export function dayTimeOf(instant: string, timeZone: string, language: string): string {
  return new Intl.DateTimeFormat(intlLocale(language), { timeZone, weekday: 'short', day: 'numeric', month: 'short', hour: '2-digit', minute: '2-digit' }).format(
    new Date(instant),
  )
}

/** A day heading: "Vandaag", "Gisteren", else "dinsdag 24 november 2026". */
export function dayHeading(day: string, today: string, yesterday: string, language: string, t: TFunction): string {
  if (day === today) return t('calls.history.today')
  if (day === yesterday) return t('calls.history.yesterday')
  const [y, m, d] = day.split('-').map(Number)
  const noon = new Date(Date.UTC(y!, m! - 1, d!, 12))
  return new Intl.DateTimeFormat(intlLocale(language), { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(noon)
}

/** Calls grouped by their day (newest day first), keeping the order they came in. */
export function groupByDay<T extends { startedAt: string }>(calls: readonly T[], timeZone: string): { day: string; calls: T[] }[] {
  const groups: { day: string; calls: T[] }[] = []
  for (const call of calls) {
    const day = dayOf(call.startedAt, timeZone)
    const last = groups[groups.length - 1]
    if (last && last.day === day) last.calls.push(call)
    else groups.push({ day, calls: [call] })
  }
  return groups
}
