import { sql } from 'drizzle-orm'
import type { Db } from '../../db/open'
import * as t from '../../db/schema'
import type { BusyPeriod } from '../../../shared/knowledge/busy-period'
import type { Criticality, Language } from '../../../shared/knowledge/entities'
import type { KnowledgeKind } from '../../../shared/knowledge/forms'

/**
 * The knowledge base as plain records, one list per kind, with links as ids. Packs are read into this
 * shape and the database is read into it, so comparing, exporting and writing share one vocabulary.
 * Sub-rows (own words, criticality, phones) belong to their item; their `id` is only used when writing.
 */
export interface OwnWordRecord {
  id?: string
  term: string
  meaning: string
  applicationId: string | null
  glossaryTermId: string | null
}
export interface CriticalityRecord {
  id?: string
  applicationId: string
  criticality: Criticality
  reason: string
}
export interface DepartmentRecord {
  id: string
  name: string
  mission: string
  whatMatters: string
  busyPeriods: BusyPeriod[]
  /** Internal. Undefined (only ever in a pack) = the pack says nothing: keep the console's own. */
  sensitivities: string | undefined
  sensitivitiesShareable: boolean | undefined
  preferredContact: string
  ownWords: OwnWordRecord[]
  applications: CriticalityRecord[]
}
export interface ApplicationRecord {
  id: string
  name: string
  description: string
  owner: string
  resolverGroup: string
  resolverContact: string
  supportHours: string
  knownIssues: string
}
export interface PersonRecord {
  id: string
  name: string
  email: string
  departmentId: string | null
  role: string
  vip: boolean
  keyContact: boolean
  preferredLanguage: Language
  /** Internal, as department sensitivities. */
  notes: string | undefined
  notesShareable: boolean | undefined
  phones: { id?: string; label: string; number: string }[]
}
export interface RuleRecord {
  id: string
  statement: string
  reason: string
  ownerRole: string
  exceptionPath: string
  alternatives: string[]
}
export interface ArticleRecord {
  id: string
  title: string
  body: string
  audience: 'agent' | 'end-user'
  tags: string[]
  links: string[]
  applicationIds: string[]
  departmentIds: string[]
}
export interface GlossaryRecord {
  id: string
  term: string
  aliases: string[]
  meaning: string
}

export interface KnowledgeRecords {
  department: DepartmentRecord[]
  person: PersonRecord[]
  application: ApplicationRecord[]
  rule: RuleRecord[]
  article: ArticleRecord[]
  glossary: GlossaryRecord[]
}
export type AnyRecord = KnowledgeRecords[KnowledgeKind][number]

/** What a person reads as the item's name, in previews. */
export function titleOf(kind: KnowledgeKind, record: AnyRecord): string {
  const r = record as unknown as Record<string, string>
  const field = kind === 'rule' ? 'statement' : kind === 'article' ? 'title' : kind === 'glossary' ? 'term' : 'name'
  return r[field] ?? ''
}

const byRowid = sql`rowid`

function groupBy<T, K extends keyof T>(rows: T[], field: K): Map<T[K], T[]> {
  const map = new Map<T[K], T[]>()
  for (const row of rows) {
    const list = map.get(row[field])
    if (list) list.push(row)
    else map.set(row[field], [row])
  }
  return map
}

/** The whole knowledge base as records, items in the order they were added. Private notes are not part of it. */
export function recordsFromDb(db: Db): KnowledgeRecords {
  const terms = groupBy(db.select().from(t.departmentTerms).orderBy(byRowid).all(), 'departmentId')
  const criticality = groupBy(db.select().from(t.departmentApplications).orderBy(byRowid).all(), 'departmentId')
  const phones = groupBy(db.select().from(t.personPhones).orderBy(t.personPhones.position, byRowid).all(), 'personId')
  const articleApps = groupBy(db.select().from(t.articleApplications).orderBy(byRowid).all(), 'articleId')
  const articleDeps = groupBy(db.select().from(t.articleDepartments).orderBy(byRowid).all(), 'articleId')

  return {
    department: db
      .select()
      .from(t.departments)
      .orderBy(byRowid)
      .all()
      .map((d) => ({
        id: d.id,
        name: d.name,
        mission: d.mission,
        whatMatters: d.whatMatters,
        // Rows written before `note`/`applicationIds` existed lack them.
        busyPeriods: d.busyPeriods.map((p) => ({ label: p.label, rule: p.rule, note: p.note ?? '', applicationIds: p.applicationIds ?? [] })),
        sensitivities: d.sensitivities,
        sensitivitiesShareable: d.sensitivitiesShareable,
        preferredContact: d.preferredContact,
        ownWords: (terms.get(d.id) ?? []).map((w) => ({ id: w.id, term: w.term, meaning: w.meaning, applicationId: w.applicationId, glossaryTermId: w.glossaryTermId })),
        applications: (criticality.get(d.id) ?? []).map((c) => ({ id: c.id, applicationId: c.applicationId, criticality: c.criticality, reason: c.reason })),
      })),
    application: db
      .select()
      .from(t.applications)
      .orderBy(byRowid)
      .all()
      .map(({ createdAt: _c, updatedAt: _u, ...a }) => a),
    person: db
      .select()
      .from(t.people)
      .orderBy(byRowid)
      .all()
      .map(({ createdAt: _c, updatedAt: _u, ...p }) => ({
        ...p,
        phones: (phones.get(p.id) ?? []).map((ph) => ({ id: ph.id, label: ph.label, number: ph.number })),
      })),
    rule: db
      .select()
      .from(t.rules)
      .orderBy(byRowid)
      .all()
      .map(({ createdAt: _c, updatedAt: _u, ...r }) => r),
    article: db
      .select()
      .from(t.articles)
      .orderBy(byRowid)
      .all()
      .map(({ createdAt: _c, updatedAt: _u, ...a }) => ({
        ...a,
        applicationIds: (articleApps.get(a.id) ?? []).map((l) => l.applicationId),
        departmentIds: (articleDeps.get(a.id) ?? []).map((l) => l.departmentId),
      })),
    glossary: db
      .select()
      .from(t.glossaryTerms)
      .orderBy(byRowid)
      .all()
      .map(({ createdAt: _c, updatedAt: _u, ...g }) => g),
  }
}

/**
 * A record in a form where equal content gives an equal string: object keys sorted, sub-row ids left
 * out, and lists whose order means nothing (own words, criticality, article links) sorted.
 */
export function fingerprint(kind: KnowledgeKind, record: AnyRecord): string {
  const unordered = kind === 'department' ? ['ownWords', 'applications'] : kind === 'article' ? ['applicationIds', 'departmentIds'] : []
  const copy: Record<string, unknown> = { ...record }
  for (const field of unordered) {
    copy[field] = (copy[field] as unknown[]).map((v) => canonical(withoutId(v))).sort()
  }
  if (kind === 'person') copy.phones = (copy.phones as object[]).map(withoutId)
  return canonical(copy)
}

function withoutId(value: unknown): unknown {
  if (value && typeof value === 'object' && !Array.isArray(value)) {
    const { id: _id, ...rest } = value as Record<string, unknown>
    return rest
  }
  return value
}

export function canonical(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
      : v,
  )
}
