import { asc, eq, inArray, sql } from 'drizzle-orm'
import type { Db } from '../../db/open'
import * as t from '../../db/schema'
import type { FlowCategory, QuestionFlow } from '../../../shared/call/flow-schema'
import type { KnowledgePack } from '../../../shared/pack/schema'
import { packIds } from './pack-records'
import { canonical } from './records'
import type { Tx } from './record-writer'

/**
 * Question flows and standard solutions travel in the pack beside the knowledge base. They are matched
 * by key (unique in the database); a new one gets the stable id of organisation, kind and key.
 * Solutions keep the pack's order as `position`.
 */
export interface FlowRecord extends QuestionFlow {
  id: string
}
export interface SolutionRecord {
  id: string
  key: string
  category: FlowCategory
  title: string
  notes: string
  position: number
}
export interface CallContent {
  flow: FlowRecord[]
  solution: SolutionRecord[]
}
export type CallKind = keyof CallContent
export const callKinds: readonly CallKind[] = ['flow', 'solution']

type Change = 'new' | 'changed' | 'removed'
export type CallChanges = { [K in CallKind]: Record<Change, CallContent[K]> }

export function callContentFromPack(pack: KnowledgePack): CallContent {
  const idOf = packIds(pack.organisation.id)
  return {
    flow: pack.flows.map((f) => ({ id: idOf('flow', f.key), key: f.key, category: f.category, title: f.title, questions: f.questions })),
    solution: pack.solutions.map((s, position) => ({ id: idOf('solution', s.key), key: s.key, category: s.category, title: s.title, notes: s.notes, position })),
  }
}

/** The flows and solutions in this console, in the order they were added (solutions by position). */
export function callContentFromDb(db: Db | Tx): CallContent {
  return {
    flow: db
      .select({ id: t.callFlows.id, key: t.callFlows.key, category: t.callFlows.category, title: t.callFlows.title, questions: t.callFlows.questions })
      .from(t.callFlows)
      .orderBy(sql`rowid`)
      .all(),
    solution: db
      .select({ id: t.callSolutions.id, key: t.callSolutions.key, category: t.callSolutions.category, title: t.callSolutions.title, notes: t.callSolutions.notes, position: t.callSolutions.position })
      .from(t.callSolutions)
      .orderBy(asc(t.callSolutions.position), sql`rowid`)
      .all(),
  }
}

/** What the pack's flows and solutions change here: matched by key; the id plays no part. */
export function planCallChanges(current: CallContent, desired: CallContent): CallChanges {
  const diff = <R extends { id: string; key: string }>(here: R[], there: R[]): Record<Change, R[]> => {
    const byKey = new Map(here.map((r) => [r.key, r]))
    const keys = new Set(there.map((r) => r.key))
    const content = ({ id: _id, ...rest }: R) => canonical(rest)
    const changes: Record<Change, R[]> = { new: [], changed: [], removed: here.filter((r) => !keys.has(r.key)) }
    for (const record of there) {
      const local = byKey.get(record.key)
      if (!local) changes.new.push(record)
      else if (content(local) !== content(record)) changes.changed.push(record)
    }
    return changes
  }
  return { flow: diff(current.flow, desired.flow), solution: diff(current.solution, desired.solution) }
}

export function noCallChanges(): CallChanges {
  return { flow: { new: [], changed: [], removed: [] }, solution: { new: [], changed: [], removed: [] } }
}

/** Writes the changes inside the caller's transaction: removals first, then changes, then additions. */
export function applyCallChanges(tx: Tx, changes: CallChanges): void {
  const removedFlows = changes.flow.removed.map((f) => f.key)
  const removedSolutions = changes.solution.removed.map((s) => s.key)
  for (let i = 0; i < removedFlows.length; i += 500) tx.delete(t.callFlows).where(inArray(t.callFlows.key, removedFlows.slice(i, i + 500))).run()
  for (let i = 0; i < removedSolutions.length; i += 500) tx.delete(t.callSolutions).where(inArray(t.callSolutions.key, removedSolutions.slice(i, i + 500))).run()
  // One flow per category: two flows swapping categories must never meet halfway.
  for (const flow of changes.flow.changed) {
    tx.update(t.callFlows)
      .set({ category: `\u0000${flow.key}` as FlowCategory })
      .where(eq(t.callFlows.key, flow.key))
      .run()
  }
  for (const { id: _id, key, ...row } of changes.flow.changed) tx.update(t.callFlows).set(row).where(eq(t.callFlows.key, key)).run()
  for (const { id: _id, key, ...row } of changes.solution.changed) tx.update(t.callSolutions).set(row).where(eq(t.callSolutions.key, key)).run()
  writeCallContent(tx, { flow: changes.flow.new, solution: changes.solution.new })
}

/** Inserts flows and solutions (a fresh database, or additions). */
export function writeCallContent(tx: Tx, content: CallContent): void {
  for (const flow of content.flow) tx.insert(t.callFlows).values(flow).run()
  for (const solution of content.solution) tx.insert(t.callSolutions).values(solution).run()
}

/** Flows and solutions as they go into an exported pack, solutions in their order. */
export function callContentForPack(db: Db): Pick<KnowledgePack, 'flows' | 'solutions'> {
  const content = callContentFromDb(db)
  return {
    flows: content.flow.map(({ id: _id, ...flow }) => flow),
    solutions: content.solution.map(({ key, category, title, notes }) => ({ key, category, title, notes })),
  }
}
