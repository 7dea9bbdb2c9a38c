import { asc, eq } from 'drizzle-orm'
import type { Db } from '../db/open'
import * as t from '../db/schema'
import type { Language } from '../../shared/knowledge/entities'
import { AppError } from '../../shared/result'
import type { Settings } from '../../shared/settings'

const ORGANISATION = 'organisation'

export function getSettings(db: Db): Settings {
  const row = db.select().from(t.settings).where(eq(t.settings.id, ORGANISATION)).get()
  if (!row) throw new AppError('unavailable', 'The organisation has not been set up yet: no knowledge pack was loaded.')
  const agent = db.select().from(t.agentProfile).limit(1).get()
  return {
    organisationName: row.organisationName,
    uiLanguage: row.uiLanguage,
    contentLanguage: row.contentLanguage,
    formOfAddress: row.formOfAddress,
    timeZone: row.timeZone,
    workingDays: row.workingDays,
    workStart: row.workStart,
    workEnd: row.workEnd,
    holidays: db.select({ date: t.holidays.date, name: t.holidays.name }).from(t.holidays).orderBy(asc(t.holidays.date)).all(),
    targets: db
      .select({ priority: t.priorityTargets.priority, responseMinutes: t.priorityTargets.responseMinutes, resolutionMinutes: t.priorityTargets.resolutionMinutes })
      .from(t.priorityTargets)
      .orderBy(asc(t.priorityTargets.priority))
      .all(),
    agent: agent ? { name: agent.name, shortName: agent.shortName } : { name: '', shortName: '' },
  }
}

export function setUiLanguage(db: Db, language: Language): Settings {
  db.update(t.settings).set({ uiLanguage: language }).where(eq(t.settings.id, ORGANISATION)).run()
  return getSettings(db)
}
