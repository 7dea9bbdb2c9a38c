import type { KnowledgePack } from '../../../shared/pack/schema'
import { stableId } from '../stable-id'
import type { KnowledgeRecords } from './records'

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/

/**
 * The id an item of a pack gets: a key that is a UUID is the id itself (an exported knowledge base uses
 * its ids as keys, so export → import keeps them); any other key gives the name-based UUID of
 * organisation, kind and key, the same in every language.
 */
export function packIds(organisationId: string) {
  return (kind: string, key: string): string => (UUID.test(key) ? key : stableId(organisationId, kind, key))
}

/** A valid pack as records, every key and reference turned into an id. */
export function recordsFromPack(pack: KnowledgePack): KnowledgeRecords {
  const idOf = packIds(pack.organisation.id)
  const app = (key: string) => idOf('application', key)
  return {
    application: pack.applications.map(({ key, ...a }) => ({ id: app(key), ...a })),
    glossary: pack.glossary.map(({ key, ...g }) => ({ id: idOf('glossary', key), ...g })),
    department: pack.departments.map((d) => ({
      id: idOf('department', d.key),
      name: d.name,
      mission: d.mission,
      whatMatters: d.whatMatters,
      busyPeriods: d.busyPeriods.map((p) => ({ ...p, applicationIds: p.applicationIds.map(app) })),
      sensitivities: d.sensitivities,
      sensitivitiesShareable: d.sensitivitiesShareable,
      preferredContact: d.preferredContact,
      ownWords: d.ownWords.map((w, i) => ({
        id: idOf('department-term', `${d.key}-${i}`),
        term: w.term,
        meaning: w.meaning,
        applicationId: w.application ? app(w.application) : null,
        glossaryTermId: w.glossary ? idOf('glossary', w.glossary) : null,
      })),
      applications: pack.criticality
        .filter((c) => c.department === d.key)
        .map((c) => ({
          // Two parts, not `${department}-${application}`: keys contain dashes, so that could clash.
          id: stableId(pack.organisation.id, 'criticality', c.department, c.application),
          applicationId: app(c.application),
          criticality: c.level,
          reason: c.reason,
        })),
    })),
    person: pack.people.map((p) => ({
      id: idOf('person', p.key),
      name: p.name,
      email: p.email,
      departmentId: p.department ? idOf('department', p.department) : null,
      role: p.role,
      vip: p.vip,
      keyContact: p.keyContact,
      preferredLanguage: p.preferredLanguage,
      notes: p.notes,
      notesShareable: p.notesShareable,
      phones: p.phones.map((phone, i) => ({ id: idOf('phone', `${p.key}-${i}`), ...phone })),
    })),
    rule: pack.rules.map(({ key, ...r }) => ({ id: idOf('rule', key), ...r })),
    article: pack.articles.map(({ key, applications, departments, ...a }) => ({
      id: idOf('article', key),
      ...a,
      applicationIds: [...new Set(applications)].map(app),
      departmentIds: [...new Set(departments)].map((k) => idOf('department', k)),
    })),
  }
}

/** The settings a pack brings: the organisation and its calendar, and which pack this is. */
export function organisationSettings(pack: KnowledgePack) {
  const org = pack.organisation
  return {
    organisationName: org.name,
    contentLanguage: pack.pack.language,
    formOfAddress: org.formOfAddress,
    timeZone: org.timeZone,
    workingDays: org.workingDays,
    workStart: org.workStart,
    workEnd: org.workEnd,
    packId: org.id,
    packVersion: pack.pack.version,
  }
}
