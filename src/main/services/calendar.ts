import type { Db } from '../db/open'
import { calendarFromSettings, type OrgCalendar } from '../../shared/calendar/working-days'
import { getSettings } from './settings'

export function organisationCalendar(db: Db): { calendar: OrgCalendar; lookahead: number } {
  const settings = getSettings(db)
  return { calendar: calendarFromSettings(settings), lookahead: settings.lookaheadWorkingDays }
}
