import { eq, inArray } from 'drizzle-orm'
import type { Db } from '../../db/open'
import * as t from '../../db/schema'
import type { KnowledgePack } from '../../../shared/pack/schema'
import { columnsOf, listJargon, type JargonEntry } from '../jargon'
import { packIds } from './pack-records'
import { canonical } from './records'
import type { Tx } from './record-writer'

/**
 * The IT-jargon lexicon travels in the pack beside the knowledge base, and replaces the console's when
 * the pack has a `jargon` section. A pack term is matched to a term here by id, else by its term
 * (without regard to case), so a hand-made pack meets the shipped lexicon as changes, not as
 * everything removed and added again.
 */
export type JargonRecord = Omit<JargonEntry, 'updatedAt'>
type Change = 'new' | 'changed' | 'removed'
/** `changed` pairs the pack's term with the id it has here. */
export type JargonChanges = Record<Change, JargonRecord[]>

export function noJargonChanges(): JargonChanges {
  return { new: [], changed: [], removed: [] }
}

export function jargonFromPack(pack: KnowledgePack): JargonRecord[] | undefined {
  const idOf = packIds(pack.organisation.id)
  return pack.jargon?.map(({ key, ...term }) => ({ id: idOf('jargon', key), ...term }))
}

const content = ({ id: _id, ...rest }: JargonRecord) => canonical(rest)

export function planJargonChanges(db: Db, desired: JargonRecord[]): JargonChanges {
  const here = listJargon(db).map(({ updatedAt: _u, ...entry }) => entry)
  const byId = new Map(here.map((r) => [r.id, r]))
  const taken = new Set<string>()
  const match = new Map<JargonRecord, JargonRecord>()
  for (const record of desired) {
    const local = byId.get(record.id)
    if (local) {
      match.set(record, local)
      taken.add(local.id)
    }
  }
  const byTerm = new Map(here.filter((r) => !taken.has(r.id)).map((r) => [r.term.toLocaleLowerCase(), r]))
  for (const record of desired) {
    if (match.has(record)) continue
    const local = byTerm.get(record.term.toLocaleLowerCase())
    if (local && !taken.has(local.id)) {
      match.set(record, local)
      taken.add(local.id)
    }
  }
  const changes = noJargonChanges()
  for (const record of desired) {
    const local = match.get(record)
    if (!local) changes.new.push(record)
    else if (content(local) !== content(record)) changes.changed.push({ ...record, id: local.id })
  }
  changes.removed = here.filter((r) => !taken.has(r.id))
  return changes
}

/**
 * Writes the changes inside the caller's transaction: removals first, then every changed term under a
 * temporary name (two terms swapping names never meet halfway), then changes and additions.
 */
export function applyJargonChanges(tx: Tx, changes: JargonChanges): void {
  const removed = changes.removed.map((r) => r.id)
  for (let i = 0; i < removed.length; i += 500) tx.delete(t.jargonTerms).where(inArray(t.jargonTerms.id, removed.slice(i, i + 500))).run()
  for (const record of changes.changed) tx.update(t.jargonTerms).set({ term: `\u0000${record.id}` }).where(eq(t.jargonTerms.id, record.id)).run()
  for (const record of changes.changed) tx.update(t.jargonTerms).set(columnsOf(record)).where(eq(t.jargonTerms.id, record.id)).run()
  writeJargon(tx, changes.new)
}

/** Inserts terms (a fresh database, or additions). */
export function writeJargon(tx: Tx, records: JargonRecord[]): void {
  for (const record of records) tx.insert(t.jargonTerms).values({ id: record.id, ...columnsOf(record) }).run()
}

/** The lexicon as it goes into an exported pack: every term's key is its id. */
export function jargonForPack(db: Db): NonNullable<KnowledgePack['jargon']> {
  return listJargon(db).map(({ id, updatedAt: _u, ...term }) => ({ key: id, ...term }))
}
