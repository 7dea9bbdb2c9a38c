import { readFileSync } from 'node:fs'
import { basename } from 'node:path'
import type { Db } from '../db/open'
import * as t from '../db/schema'
import { knowledgePackSchema, type KnowledgePack } from '../../shared/pack/schema'
import type { Language } from '../../shared/knowledge/entities'
import { AppError } from '../../shared/result'
import { describeIssues, issuesFromZod } from '../../shared/zod-issues'
import { stableId } from './stable-id'

/** Reads and validates a pack file; a broken pack names the file and every wrong field. */
export function readKnowledgePack(file: string): KnowledgePack {
  let raw: unknown
  try {
    raw = JSON.parse(readFileSync(file, 'utf8'))
  } catch (error) {
    throw new AppError('invalid-input', `${basename(file)} is not readable JSON: ${error instanceof Error ? error.message : String(error)}`)
  }
  const parsed = knowledgePackSchema.safeParse(raw)
  if (!parsed.success) {
    const issues = issuesFromZod(parsed.error)
    throw new AppError('invalid-input', `${basename(file)} is not a valid knowledge pack: ${describeIssues(issues)}`, issues)
  }
  return parsed.data
}

export function isEmptyDatabase(db: Db): boolean {
  return db.select({ id: t.settings.id }).from(t.settings).limit(1).all().length === 0
}

/**
 * Fills a fresh database from a pack in one transaction: either everything is there or nothing is.
 * `uiLanguage` is the language the console starts in (the pack's, unless told otherwise).
 */
export function loadKnowledgePack(db: Db, pack: KnowledgePack, uiLanguage: Language = pack.pack.language): void {
  const org = pack.organisation
  const idOf = (kind: string, key: string) => stableId(org.id, kind, key)
  db.transaction((tx) => {
    tx.insert(t.settings)
      .values({
        id: 'organisation',
        organisationName: org.name,
        uiLanguage,
        contentLanguage: pack.pack.language,
        formOfAddress: org.formOfAddress,
        timeZone: org.timeZone,
        workingDays: org.workingDays,
        workStart: org.workStart,
        workEnd: org.workEnd,
        packId: org.id,
        packVersion: pack.pack.version,
      })
      .run()
    for (const h of org.holidays) tx.insert(t.holidays).values({ id: idOf('holiday', h.date), ...h }).run()
    for (const target of org.targets) tx.insert(t.priorityTargets).values({ id: idOf('target', target.priority), ...target }).run()
    tx.insert(t.agentProfile).values({ id: idOf('agent', 'me'), ...pack.agent }).run()
    for (const a of pack.applications) {
      tx.insert(t.applications)
        .values({ id: idOf('application', a.key), name: a.name, description: a.description, owner: a.owner, resolverGroup: a.resolverGroup })
        .run()
    }
    for (const d of pack.departments) {
      const departmentId = idOf('department', d.key)
      tx.insert(t.departments)
        .values({
          id: departmentId,
          name: d.name,
          mission: d.mission,
          whatMatters: d.whatMatters,
          busyPeriods: d.busyPeriods,
          sensitivities: d.sensitivities,
          preferredContact: d.preferredContact,
        })
        .run()
      d.ownWords.forEach((w, i) => {
        tx.insert(t.departmentTerms)
          .values({
            id: idOf('department-term', `${d.key}-${i}`),
            departmentId,
            term: w.term,
            meaning: w.meaning,
            applicationId: w.application ? idOf('application', w.application) : null,
          })
          .run()
      })
    }
    for (const c of pack.criticality) {
      tx.insert(t.departmentApplications)
        .values({
          id: idOf('criticality', `${c.department}-${c.application}`),
          departmentId: idOf('department', c.department),
          applicationId: idOf('application', c.application),
          criticality: c.level,
          reason: c.reason,
        })
        .run()
    }
    for (const p of pack.people) {
      const personId = idOf('person', p.key)
      tx.insert(t.people)
        .values({
          id: personId,
          name: p.name,
          email: p.email,
          departmentId: p.department ? idOf('department', p.department) : null,
          role: p.role,
          vip: p.vip,
          keyContact: p.keyContact,
          preferredLanguage: p.preferredLanguage,
        })
        .run()
      p.phones.forEach((phone, i) => {
        tx.insert(t.personPhones).values({ id: idOf('phone', `${p.key}-${i}`), personId, position: i, ...phone }).run()
      })
    }
    for (const r of pack.rules) tx.insert(t.rules).values({ id: idOf('rule', r.key), ...withoutKey(r) }).run()
    for (const a of pack.articles) tx.insert(t.articles).values({ id: idOf('article', a.key), ...withoutKey(a) }).run()
  })
}

function withoutKey<T extends { key: string }>(item: T): Omit<T, 'key'> {
  const { key: _key, ...rest } = item
  return rest
}
