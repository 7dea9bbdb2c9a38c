/** How promises are shown to the agent: the due moment on the organisation's clock, in the UI language. */

const locale = (language: string): string => (language === 'en' ? 'en-GB' : 'nl-NL')

/** "vrijdag 4 december, 12:00" / "Friday 4 December, 12:00"; the year only when it is not this year. */
export function dueMoment(iso: string, timeZone: string, language: string, now: number = Date.now()): string {
  const at = new Date(iso)
  if (Number.isNaN(at.getTime())) return ''
  const year = (d: Date) => new Intl.DateTimeFormat('en', { timeZone, year: 'numeric' }).format(d)
  const date = new Intl.DateTimeFormat(locale(language), {
    timeZone,
    weekday: 'long',
    day: 'numeric',
    month: 'long',
    ...(year(at) !== year(new Date(now)) ? { year: 'numeric' as const } : {}),
  }).format(at)
  const time = new Intl.DateTimeFormat(locale(language), { timeZone, hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).format(at)
  return `${date}, ${time}`
}

export type DueState = 'overdue' | 'due-soon' | 'later'

/** Past due, due within the reminder window, or later. */
export function dueState(dueAt: string, now: number, reminderMinutes: number): DueState {
  const due = Date.parse(dueAt)
  if (due <= now) return 'overdue'
  return due - now <= reminderMinutes * 60_000 ? 'due-soon' : 'later'
}

/** Whole minutes until the moment, at least 1 while it is still ahead. */
export function minutesUntil(dueAt: string, now: number): number {
  return Math.max(1, Math.round((Date.parse(dueAt) - now) / 60_000))
}
