import { eq } from 'drizzle-orm'
import type { Db } from '../../db/open'
import * as t from '../../db/schema'
import { knowledgeKinds, type KnowledgeKind } from '../../../shared/knowledge/forms'
import type { PackApplyResult, PackContentKind, PackPreview } from '../../../shared/knowledge/transfer'
import type { KnowledgePack } from '../../../shared/pack/schema'
import { AppError } from '../../../shared/result'
import { applyCallChanges, callContentFromDb, callContentFromPack, callKinds, noCallChanges, planCallChanges, type CallChanges } from './pack-calls'
import { settingsRow } from './pack-export'
import { applyJargonChanges, jargonFromPack, planJargonChanges, type JargonChanges } from './pack-jargon'
import { organisationSettings, packIds, recordsFromPack } from './pack-records'
import { canonical, fingerprint, recordsFromDb, titleOf, type AnyRecord, type KnowledgeRecords } from './records'
import { deleteRecords, writeOrder, writeRecord, type Tx } from './record-writer'

type Change = 'new' | 'changed' | 'removed'
type Counts = Partial<Record<PackContentKind, Record<Change, number>>>
const changeKinds = ['new', 'changed', 'removed'] as const

/**
 * What applying a pack would do. Items are matched by id: `new` = in the pack, not here; `changed` =
 * here and in the pack with any difference (sub-rows included); `removed` = here and not in the pack,
 * whoever made it: the pack is the team's knowledge base, whole. The agent's private notes are not
 * knowledge-base items and are never touched.
 */
export interface MergePlan {
  pack: KnowledgePack
  fileName: string
  currentVersion: number | null
  /** Why applying needs `force` (an older pack, another organisation's pack); null when it does not. */
  refusal: string | null
  otherOrganisation: boolean
  changes: Record<KnowledgeKind, Record<Change, AnyRecord[]>>
  /** Question flows and standard solutions: the pack's replace the console's, when it has any to say. */
  calls: CallChanges
  /** The IT-jargon lexicon: the pack's replaces the console's; null when the pack says nothing about it. */
  jargon: JargonChanges | null
}

/** `carriesFlows`: the file has a `flows` key; without one the console keeps its flows and solutions. */
export function planMerge(db: Db, fileName: string, pack: KnowledgePack, carriesFlows: boolean): MergePlan {
  const settings = settingsRow(db)
  const current = recordsFromDb(db)
  const desired = keepLocalInternals(recordsFromPack(pack), current)

  const changes = {} as MergePlan['changes']
  for (const kind of knowledgeKinds) {
    changes[kind] = { new: [], changed: [], removed: [] }
    const here = new Map<string, AnyRecord>(current[kind].map((r) => [r.id, r]))
    const there = new Set(desired[kind].map((r) => r.id))
    for (const record of desired[kind]) {
      const local = here.get(record.id)
      if (!local) changes[kind].new.push(record)
      else if (fingerprint(kind, local) !== fingerprint(kind, record)) changes[kind].changed.push(record)
    }
    changes[kind].removed = current[kind].filter((r) => !there.has(r.id))
  }

  const org = pack.organisation
  let refusal: string | null = null
  const otherOrganisation = settings.packId !== null && settings.packId !== org.id
  if (otherOrganisation) {
    refusal = `${fileName} holds the knowledge of “${org.name}” (${org.id}), not of this console's organisation (${settings.packId}). Applying it replaces this knowledge base.`
  } else if (settings.packVersion !== null && pack.pack.version <= settings.packVersion) {
    refusal = `${fileName} is version ${pack.pack.version}; this console already has version ${settings.packVersion}.`
  }
  const calls = carriesFlows ? planCallChanges(callContentFromDb(db), callContentFromPack(pack)) : noCallChanges()
  const jargon = jargonFromPack(pack)
  return { pack, fileName, currentVersion: settings.packVersion, refusal, otherOrganisation, changes, calls, jargon: jargon ? planJargonChanges(db, jargon) : null }
}

export function previewOf(plan: MergePlan): PackPreview {
  const examples: PackPreview['examples'] = []
  for (const kind of knowledgeKinds) {
    for (const change of changeKinds) {
      for (const record of plan.changes[kind][change].slice(0, 5)) examples.push({ kind, change, title: titleOf(kind, record) })
    }
  }
  for (const kind of callKinds) {
    for (const change of changeKinds) {
      for (const record of plan.calls[kind][change].slice(0, 5)) examples.push({ kind, change, title: record.title })
    }
  }
  for (const change of changeKinds) {
    for (const record of plan.jargon?.[change].slice(0, 5) ?? []) examples.push({ kind: 'jargon', change, title: record.term })
  }
  return {
    organisation: plan.pack.organisation.name,
    packVersion: plan.pack.pack.version,
    currentVersion: plan.currentVersion,
    older: plan.refusal !== null,
    otherOrganisation: plan.otherOrganisation,
    counts: countsOf(plan),
    examples,
  }
}

/** Applies the plan in one transaction: removed items first (freeing their names), then changes, then additions. */
export function applyPlan(db: Db, plan: MergePlan, force: boolean): PackApplyResult {
  if (plan.refusal && !force) throw new AppError('conflict', `${plan.refusal} Nothing was changed; apply it with “force” to go ahead anyway.`)
  const { pack, changes } = plan
  db.transaction((tx) => {
    for (const kind of [...writeOrder].reverse()) deleteRecords(tx, kind, changes[kind].removed.map((r) => r.id))
    freeNames(tx, changes)
    for (const kind of writeOrder) {
      for (const record of changes[kind].changed) writeRecord(tx, kind, record, 'update')
      for (const record of changes[kind].new) writeRecord(tx, kind, record, 'insert')
    }
    applyCallChanges(tx, plan.calls)
    if (plan.jargon) applyJargonChanges(tx, plan.jargon)
    writeOrganisation(tx, pack)
  })
  return { packVersion: pack.pack.version, counts: countsOf(plan) }
}

/** Every knowledge kind, flows and solutions; the lexicon only when the pack changes it. */
function countsOf(plan: MergePlan): Counts {
  const count = (c: Record<Change, unknown[]>) => ({ new: c.new.length, changed: c.changed.length, removed: c.removed.length })
  const jargon = plan.jargon ? count(plan.jargon) : null
  const jargonChanges = jargon && jargon.new + jargon.changed + jargon.removed > 0 ? [['jargon', jargon]] : []
  return Object.fromEntries([
    ...knowledgeKinds.map((kind) => [kind, count(plan.changes[kind])]),
    ...callKinds.map((kind) => [kind, count(plan.calls[kind])]),
    ...jargonChanges,
  ]) as Counts
}

/**
 * A pack without an internal field says nothing about it (it was not shareable where the pack was
 * made): the console keeps its own text and flag. A pack that has it brings text and flag along.
 */
function keepLocalInternals(desired: KnowledgeRecords, current: KnowledgeRecords): KnowledgeRecords {
  const departments = new Map(current.department.map((d) => [d.id, d]))
  for (const d of desired.department) {
    if (d.sensitivities === undefined) {
      d.sensitivities = departments.get(d.id)?.sensitivities ?? ''
      d.sensitivitiesShareable = departments.get(d.id)?.sensitivitiesShareable ?? false
    } else d.sensitivitiesShareable ??= false
  }
  const people = new Map(current.person.map((p) => [p.id, p]))
  for (const p of desired.person) {
    if (p.notes === undefined) {
      p.notes = people.get(p.id)?.notes ?? ''
      p.notesShareable = people.get(p.id)?.notesShareable ?? false
    } else p.notesShareable ??= false
  }
  return desired
}

/**
 * Names are unique: give every changed item a temporary name first, so that two items swapping names
 * (or a new item taking a changed item's old name) never meet halfway.
 */
function freeNames(tx: Tx, changes: MergePlan['changes']): void {
  const rename = (kind: 'department' | 'application' | 'glossary', write: (id: string, placeholder: string) => void) => {
    for (const record of changes[kind].changed) write(record.id, `\u0000${record.id}`)
  }
  rename('department', (id, name) => tx.update(t.departments).set({ name }).where(eq(t.departments.id, id)).run())
  rename('application', (id, name) => tx.update(t.applications).set({ name }).where(eq(t.applications.id, id)).run())
  rename('glossary', (id, term) => tx.update(t.glossaryTerms).set({ term }).where(eq(t.glossaryTerms.id, id)).run())
}

/** The organisation's calendar comes with the pack; the agent's profile and own preferences stay. */
function writeOrganisation(tx: Tx, pack: KnowledgePack): void {
  const org = pack.organisation
  const idOf = packIds(org.id)
  tx.update(t.settings)
    .set(organisationSettings(pack))
    .where(eq(t.settings.id, 'organisation'))
    .run()
  const sameList = (a: object[], b: object[]) => canonical(a.map((x) => canonical(x)).sort()) === canonical(b.map((x) => canonical(x)).sort())
  const holidays = tx.select({ date: t.holidays.date, name: t.holidays.name }).from(t.holidays).all()
  if (!sameList(holidays, org.holidays)) {
    tx.delete(t.holidays).run()
    for (const h of org.holidays) tx.insert(t.holidays).values({ id: idOf('holiday', h.date), ...h }).run()
  }
  const targets = tx
    .select({ priority: t.priorityTargets.priority, responseMinutes: t.priorityTargets.responseMinutes, resolutionMinutes: t.priorityTargets.resolutionMinutes })
    .from(t.priorityTargets)
    .all()
  if (!sameList(targets, org.targets)) {
    tx.delete(t.priorityTargets).run()
    for (const target of org.targets) tx.insert(t.priorityTargets).values({ id: idOf('target', target.priority), ...target }).run()
  }
}
