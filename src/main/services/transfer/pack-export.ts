import { eq } from 'drizzle-orm'
import type { Db } from '../../db/open'
import * as t from '../../db/schema'
import { AppError } from '../../../shared/result'
import { PACK_FORMAT, PACK_FORMAT_VERSION, knowledgePackSchema, type KnowledgePackInput } from '../../../shared/pack/schema'
import { describeIssues, issuesFromZod } from '../../../shared/zod-issues'
import { getSettings } from '../settings'
import { callContentForPack } from './pack-calls'
import { jargonForPack } from './pack-jargon'
import { recordsFromDb } from './records'

export interface PackFile {
  fileName: string
  content: string
}

/** The settings row as it is, including which pack filled the database. */
export function settingsRow(db: Db) {
  const row = db.select().from(t.settings).where(eq(t.settings.id, 'organisation')).get()
  if (!row) throw new AppError('unavailable', 'The organisation has not been set up yet: no knowledge pack was loaded.')
  return row
}

/**
 * The whole knowledge base as a knowledge pack, one version newer than the pack this console last took
 * in (the team lead exports, edits and sends it round; nothing is recorded here). Every item's key is
 * its id, so applying the file elsewhere gives the same ids. Internal fields go in only when marked
 * shareable; the agent's private notes never do. Question flows and standard solutions go in by their
 * own keys, so a console that applies the pack gets exactly these. So does the IT-jargon lexicon, whole
 * (an empty lexicon goes out as an empty list, and empties the lexicon where the pack is applied).
 */
export function exportPack(db: Db): PackFile {
  const settings = settingsRow(db)
  const records = recordsFromDb(db)
  const organisationId = settings.packId ?? (slug(settings.organisationName) || 'organisation')
  const version = (settings.packVersion ?? 0) + 1
  const calendar = getSettings(db)
  const agent = calendar.agent
  const applicationIds = new Set(records.application.map((a) => a.id))

  const pack: KnowledgePackInput = {
    format: PACK_FORMAT,
    formatVersion: PACK_FORMAT_VERSION,
    pack: { version, language: settings.contentLanguage, title: settings.organisationName },
    organisation: {
      id: organisationId,
      name: settings.organisationName,
      formOfAddress: settings.formOfAddress,
      timeZone: settings.timeZone,
      workingDays: settings.workingDays,
      workStart: settings.workStart,
      workEnd: settings.workEnd,
      holidays: calendar.holidays,
      targets: calendar.targets,
    },
    // Only used when the pack fills a fresh console; applying a pack never renames the agent.
    agent: agent?.name && agent.shortName ? { name: agent.name, shortName: agent.shortName } : { name: 'Servicedesk', shortName: 'Servicedesk' },
    departments: records.department.map((d) => ({
      key: d.id,
      name: d.name,
      mission: d.mission,
      whatMatters: d.whatMatters,
      // A busy period keeps application ids in JSON, without a foreign key: leave out any that is gone.
      busyPeriods: d.busyPeriods.map((p) => ({ ...p, applicationIds: p.applicationIds.filter((id) => applicationIds.has(id)) })),
      ...(d.sensitivitiesShareable ? { sensitivities: d.sensitivities, sensitivitiesShareable: true } : {}),
      preferredContact: d.preferredContact,
      ownWords: d.ownWords.map((w) => ({
        term: w.term,
        meaning: w.meaning,
        ...(w.applicationId ? { application: w.applicationId } : {}),
        ...(w.glossaryTermId ? { glossary: w.glossaryTermId } : {}),
      })),
    })),
    applications: records.application.map(({ id, ...a }) => ({ key: id, ...a })),
    criticality: records.department.flatMap((d) =>
      d.applications.map((c) => ({ department: d.id, application: c.applicationId, level: c.criticality, reason: c.reason })),
    ),
    people: records.person.map((p) => ({
      key: p.id,
      name: p.name,
      email: p.email,
      ...(p.departmentId ? { department: p.departmentId } : {}),
      role: p.role,
      vip: p.vip,
      keyContact: p.keyContact,
      preferredLanguage: p.preferredLanguage,
      phones: p.phones.map(({ label, number }) => ({ label, number })),
      ...(p.notesShareable ? { notes: p.notes, notesShareable: true } : {}),
    })),
    rules: records.rule.map(({ id, ...r }) => ({ key: id, ...r })),
    articles: records.article.map(({ id, applicationIds: apps, departmentIds, ...a }) => ({ key: id, ...a, applications: apps, departments: departmentIds })),
    glossary: records.glossary.map(({ id, ...g }) => ({ key: id, ...g })),
    ...callContentForPack(db),
    jargon: jargonForPack(db),
  }

  // What goes out must come back in: check it against the same schema the import uses.
  const checked = knowledgePackSchema.safeParse(pack)
  if (!checked.success) {
    const issues = issuesFromZod(checked.error)
    throw new AppError('internal', `The knowledge base could not be exported as a pack: ${describeIssues(issues)}`, issues)
  }
  return { fileName: `${organisationId}-knowledge-v${version}.json`, content: `${JSON.stringify(pack, null, 2)}\n` }
}

function slug(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
}
