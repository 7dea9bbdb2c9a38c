import { asc, eq } from 'drizzle-orm'
import type { Db } from '../db/open'
import * as t from '../db/schema'
import { flowCategories, type FlowCategory, type QuestionFlow } from '../../shared/call/flow-schema'
import type { Language } from '../../shared/knowledge/entities'
import type { KnowledgePack } from '../../shared/pack/schema'
import { demoPackOfDatabase, loadCallContent } from './knowledge-pack'

export interface StandardSolution {
  key: string
  category: FlowCategory
  title: string
  notes: string
}

const order = (category: FlowCategory): number => flowCategories.indexOf(category)

/** The question flows, in the order of the categories (password first, "other" last). */
export function listFlows(db: Db): QuestionFlow[] {
  return db
    .select({ key: t.callFlows.key, category: t.callFlows.category, title: t.callFlows.title, questions: t.callFlows.questions })
    .from(t.callFlows)
    .all()
    .sort((a, b) => order(a.category) - order(b.category))
}

export function getFlow(db: Db, category: FlowCategory): QuestionFlow | undefined {
  return db
    .select({ key: t.callFlows.key, category: t.callFlows.category, title: t.callFlows.title, questions: t.callFlows.questions })
    .from(t.callFlows)
    .where(eq(t.callFlows.category, category))
    .get()
}

export function listSolutions(db: Db): StandardSolution[] {
  return db
    .select({ key: t.callSolutions.key, category: t.callSolutions.category, title: t.callSolutions.title, notes: t.callSolutions.notes })
    .from(t.callSolutions)
    .orderBy(asc(t.callSolutions.position), asc(t.callSolutions.title))
    .all()
    .sort((a, b) => order(a.category) - order(b.category))
}

/**
 * A database filled from the demo pack before flows existed has none: give it the demo pack's flows and
 * standard solutions, in the language of its content, and nothing else. A console that took in another
 * organisation's knowledge is left alone. `demoPack` reads the bundled demo pack in a language.
 * Returns whether anything was added.
 */
export function addMissingDemoFlows(db: Db, demoPack: (language: Language) => KnowledgePack): boolean {
  if (db.select({ id: t.callFlows.id }).from(t.callFlows).limit(1).all().length > 0) return false
  const pack = demoPackOfDatabase(db, demoPack)
  if (!pack) return false
  // Solutions without flows were put there on purpose (a pack or an agent): leave them be.
  if (db.select({ id: t.callSolutions.id }).from(t.callSolutions).limit(1).all().length > 0) return false
  const added = loadCallContent(db, pack)
  return added.flows + added.solutions > 0
}
