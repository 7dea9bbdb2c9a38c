import { and, asc, eq, inArray } from 'drizzle-orm'
import type { Db } from '../../db/open'
import * as t from '../../db/schema'
import type { LearningItem } from '../../../shared/onboarding/records'
import { AppError } from '../../../shared/result'
import type { Tx } from '../transfer/record-writer'
import { getLearner } from './learners'
import { generatedItems, generatedKinds, itemKey, type GeneratedItem } from './path-source'

/**
 * The learning path: generated from the knowledge base the first time it is read and kept, so a team
 * lead's order, required marks and own items stay. Every read brings it up to date with the knowledge:
 * new items are appended within their group, items whose knowledge item is gone are dropped (with the
 * learners' progress on them), and generated titles and summaries follow renames.
 */

type ItemRow = typeof t.learningItems.$inferSelect

export interface PathCompletion {
  done: number
  total: number
  requiredDone: number
  requiredTotal: number
}

export interface LearningPath extends PathCompletion {
  items: LearningItem[]
}

const groupIndex = (kind: string): number => (generatedKinds as readonly string[]).indexOf(kind)

/** Where a new generated item goes: after the last item of its group, else after the last of an earlier group. */
function insertionIndex(order: readonly { kind: string }[], kind: string): number {
  for (let i = order.length - 1; i >= 0; i--) if (order[i]!.kind === kind) return i + 1
  const group = groupIndex(kind)
  for (let i = order.length - 1; i >= 0; i--) {
    const other = groupIndex(order[i]!.kind)
    if (other >= 0 && other < group) return i + 1
  }
  return 0
}

const storedItems = (db: Db | Tx): ItemRow[] => db.select().from(t.learningItems).orderBy(asc(t.learningItems.position), asc(t.learningItems.createdAt)).all()

/** Brings the stored path up to date with the knowledge base and returns it in order. */
export function syncPath(db: Db): ItemRow[] {
  return db.transaction((tx) => {
    const wanted = generatedItems(tx)
    const rows = storedItems(tx)
    const wantedByKey = new Map(wanted.map((w) => [itemKey(w.kind, w.refId), w]))

    const gone = rows.filter((r) => r.kind !== 'own' && !wantedByKey.has(itemKey(r.kind, r.refId)))
    if (gone.length > 0) tx.delete(t.learningItems).where(inArray(t.learningItems.id, gone.map((r) => r.id))).run()

    const order: (ItemRow | GeneratedItem)[] = rows.filter((r) => !gone.includes(r))
    for (const row of order as ItemRow[]) {
      const source = row.kind === 'own' ? undefined : wantedByKey.get(itemKey(row.kind, row.refId))
      if (source && (source.title !== row.title || source.body !== row.body)) {
        tx.update(t.learningItems).set({ title: source.title, body: source.body }).where(eq(t.learningItems.id, row.id)).run()
      }
    }
    const present = new Set(order.map((r) => itemKey(r.kind, r.refId)))
    for (const item of wanted) {
      if (present.has(itemKey(item.kind, item.refId))) continue
      order.splice(insertionIndex(order, item.kind), 0, item)
    }

    order.forEach((item, position) => {
      if (!('id' in item)) tx.insert(t.learningItems).values({ ...item, position }).run()
      else if (item.position !== position) tx.update(t.learningItems).set({ position }).where(eq(t.learningItems.id, item.id)).run()
    })
    return storedItems(tx)
  })
}

export function pathCompletion(rows: readonly ItemRow[], done: ReadonlyMap<string, string>): PathCompletion {
  const required = rows.filter((r) => r.required)
  return {
    done: rows.filter((r) => done.has(r.id)).length,
    total: rows.length,
    requiredDone: required.filter((r) => done.has(r.id)).length,
    requiredTotal: required.length,
  }
}

/** When this learner did which item. */
export function doneItems(db: Db, learnerId: string): Map<string, string> {
  const rows = db
    .select({ itemId: t.learningProgress.itemId, doneAt: t.learningProgress.doneAt })
    .from(t.learningProgress)
    .where(eq(t.learningProgress.learnerId, learnerId))
    .all()
  return new Map(rows.map((r) => [r.itemId, r.doneAt]))
}

/** The path in order with what this learner has done. */
export function learningPath(db: Db, learnerId: string): LearningPath {
  getLearner(db, learnerId)
  const rows = syncPath(db)
  const done = doneItems(db, learnerId)
  const items = rows.map((r) => ({
    id: r.id,
    kind: r.kind,
    refId: r.refId,
    title: r.title,
    body: r.body,
    required: r.required,
    doneAt: done.get(r.id) ?? null,
  }))
  return { ...pathCompletion(rows, done), items }
}

function item(db: Db, id: string): ItemRow {
  const row = db.select().from(t.learningItems).where(eq(t.learningItems.id, id)).get()
  if (!row) throw new AppError('not-found', 'This item is no longer in the learning path; it may have been removed in the meantime.')
  return row
}

/** Marks an item done (or not done again) for one learner; other learners keep their own progress. */
export function markItem(db: Db, input: { learnerId: string; itemId: string; done: boolean }, now = new Date()): LearningPath {
  getLearner(db, input.learnerId)
  item(db, input.itemId)
  const where = and(eq(t.learningProgress.learnerId, input.learnerId), eq(t.learningProgress.itemId, input.itemId))
  if (!input.done) db.delete(t.learningProgress).where(where).run()
  else db.insert(t.learningProgress).values({ learnerId: input.learnerId, itemId: input.itemId, doneAt: now.toISOString() }).onConflictDoNothing().run()
  return learningPath(db, input.learnerId)
}

/** Generated items follow the knowledge base; a team lead changes the knowledge item, or makes the item not required. */
const fromKnowledge = (action: string) =>
  new AppError(
    'invalid-input',
    `This item comes from the knowledge base, so it cannot be ${action} here: it follows the knowledge item and stays in the path. It can be made not required.`,
    [{ field: 'id', message: 'comes from the knowledge base' }],
  )

/** A team lead's own item: added at the end of the path, or changed. Generated items are refused. */
export function saveOwnItem(db: Db, input: { id?: string | undefined; values: { title: string; body: string; required: boolean } }): { id: string } {
  const { title, body, required } = input.values
  if (input.id) {
    const row = item(db, input.id)
    if (row.kind !== 'own') throw fromKnowledge('changed')
    db.update(t.learningItems).set({ title, body, required }).where(eq(t.learningItems.id, row.id)).run()
    return { id: row.id }
  }
  // The path is made first, so an item added before anyone opened it still ends up last.
  syncPath(db)
  return db.transaction((tx) => {
    const last = storedItems(tx).at(-1)
    const row = tx
      .insert(t.learningItems)
      .values({ kind: 'own', refId: null, title, body, required, position: last ? last.position + 1 : 0 })
      .returning({ id: t.learningItems.id })
      .get()
    return row
  })
}

/** Any item, generated or own, can be made required (or not). */
export function requireItem(db: Db, id: string, required: boolean): { id: string } {
  item(db, id)
  db.update(t.learningItems).set({ required }).where(eq(t.learningItems.id, id)).run()
  return { id }
}

/** Removes an own item (with the learners' progress on it). Generated items stay in the path. */
export function deleteOwnItem(db: Db, id: string): void {
  if (item(db, id).kind !== 'own') throw fromKnowledge('deleted')
  db.delete(t.learningItems).where(eq(t.learningItems.id, id)).run()
}

const count = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`

/**
 * The whole path in a new order. `ids` must hold every item of the path exactly once: an order made
 * from a stale list (an item added or removed since) is refused rather than guessed at.
 */
export function reorderPath(db: Db, ids: readonly string[]): { count: number } {
  const rows = syncPath(db)
  const known = new Set(rows.map((r) => r.id))
  const seen = new Set<string>()
  const twice = new Set(ids.filter((id) => seen.size === seen.add(id).size))
  const unknown = [...seen].filter((id) => !known.has(id))
  const missing = rows.filter((r) => !seen.has(r.id))
  if (twice.size > 0 || unknown.length > 0 || missing.length > 0) {
    const problems = [
      missing.length > 0 ? `${count(missing.length, 'item is', 'items are')} missing` : '',
      unknown.length > 0 ? `${count(unknown.length, 'id is', 'ids are')} not in the path` : '',
      twice.size > 0 ? `${count(twice.size, 'id appears', 'ids appear')} more than once` : '',
    ].filter(Boolean)
    throw new AppError('invalid-input', `The new order must hold each of the path's ${rows.length} items exactly once: ${problems.join(', ')}. Reload the path and try again.`, [
      { field: 'ids', message: problems.join(', ') },
    ])
  }
  db.transaction((tx) => {
    ids.forEach((id, position) => tx.update(t.learningItems).set({ position }).where(eq(t.learningItems.id, id)).run())
  })
  return { count: ids.length }
}
