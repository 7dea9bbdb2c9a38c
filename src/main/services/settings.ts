import { asc, eq } from 'drizzle-orm'
import type { Db } from '../db/open'
import * as t from '../db/schema'
import type { Language } from '../../shared/knowledge/entities'
import { AppError } from '../../shared/result'
import type { Settings, SettingsForm } from '../../shared/settings'
import { defaultPriorityMatrix } from '../../shared/call/priority'

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
    defaultCountry: row.defaultCountry,
    lookaheadWorkingDays: row.lookaheadWorkingDays,
    screenSharing: row.screenSharing,
    priorityMatrix: row.priorityMatrix ?? defaultPriorityMatrix,
    ctiPort: row.ctiPort,
    promiseReminderMinutes: row.promiseReminderMinutes,
  }
}

export function setUiLanguage(db: Db, language: Language): Settings {
  db.update(t.settings).set({ uiLanguage: language }).where(eq(t.settings.id, ORGANISATION)).run()
  return getSettings(db)
}

export function setScreenSharing(db: Db, on: boolean): Settings {
  db.update(t.settings).set({ screenSharing: on }).where(eq(t.settings.id, ORGANISATION)).run()
  return getSettings(db)
}

/** Saves the organisation calendar, targets and profile in one transaction. */
export function saveSettings(db: Db, values: SettingsForm): Settings {
  const dates = new Set<string>()
  values.holidays.forEach((h, i) => {
    if (dates.has(h.date)) throw new AppError('invalid-input', `${h.date} is listed twice as a holiday.`, [{ field: `holidays.${i}.date`, message: 'listed twice' }])
    dates.add(h.date)
  })
  db.transaction((tx) => {
    tx.update(t.settings)
      .set({
        organisationName: values.organisationName,
        formOfAddress: values.formOfAddress,
        timeZone: values.timeZone,
        workingDays: [...new Set(values.workingDays)].sort(),
        workStart: values.workStart,
        workEnd: values.workEnd,
        defaultCountry: values.defaultCountry,
        lookaheadWorkingDays: values.lookaheadWorkingDays,
        priorityMatrix: values.priorityMatrix,
        ctiPort: values.ctiPort,
        promiseReminderMinutes: values.promiseReminderMinutes,
      })
      .where(eq(t.settings.id, ORGANISATION))
      .run()
    tx.delete(t.holidays).run()
    for (const h of values.holidays) tx.insert(t.holidays).values(h).run()
    tx.delete(t.priorityTargets).run()
    for (const target of values.targets) tx.insert(t.priorityTargets).values(target).run()
    const agent = tx.select({ id: t.agentProfile.id }).from(t.agentProfile).limit(1).get()
    if (agent) tx.update(t.agentProfile).set(values.agent).where(eq(t.agentProfile.id, agent.id)).run()
    else tx.insert(t.agentProfile).values(values.agent).run()
  })
  return getSettings(db)
}
