import { asc, eq } from 'drizzle-orm'
import type { Db } from '../db/open'
import * as t from '../db/schema'
import { flowCategories, type FlowCategory, type QuestionFlow } from '../../shared/call/flow-schema'

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
