import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import type { OrgCalendar } from '../../../src/shared/calendar/working-days'
import { calendarFromSettings } from '../../../src/shared/calendar/working-days'
import { wallClockOf } from '../../../src/shared/calendar/local-date'
import { clockTime } from '../../../src/shared/promise/business-time'
import type { Settings } from '../../../src/shared/settings'
import { packsFolder } from '../support/paths'

/** The demo organisation's calendar and targets, as the knowledge pack ships them. */
const demo = JSON.parse(readFileSync(join(packsFolder, 'demo.nl.json'), 'utf8')) as {
  organisation: Pick<Settings, 'timeZone' | 'workingDays' | 'workStart' | 'workEnd' | 'holidays' | 'targets'>
}
export const calendar: OrgCalendar = calendarFromSettings(demo.organisation)
export const targets: Settings['targets'] = demo.organisation.targets

/** An instant given as Amsterdam wall-clock time: '2026-12-01 16:30'. */
export function amsterdam(wall: string): Date {
  const [date, time] = wall.split(' ') as [string, string]
  for (const offset of ['+01:00', '+02:00']) {
    const instant = new Date(`${date}T${time}:00${offset}`)
    if (wall === show(instant)) return instant
  }
  throw new Error(`not an Amsterdam time: ${wall}`)
}

/** An instant as Amsterdam wall-clock time: '2026-12-01 16:30'. */
export function show(instant: Date): string {
  const wall = wallClockOf(instant, 'Europe/Amsterdam')
  return `${wall.date} ${clockTime(wall.minutes)}`
}
