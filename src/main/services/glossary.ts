import { asc, eq } from 'drizzle-orm'
import type { Db } from '../db/open'
import * as t from '../db/schema'
import type { GlossaryDetail, KnowledgeItem } from '../../shared/knowledge/details'
import type { GlossaryForm } from '../../shared/knowledge/forms'
import { AppError } from '../../shared/result'
import { assertUnique, targetId } from './save-helpers'

export function listGlossary(db: Db): KnowledgeItem[] {
  return db
    .select({ id: t.glossaryTerms.id, term: t.glossaryTerms.term, meaning: t.glossaryTerms.meaning })
    .from(t.glossaryTerms)
    .orderBy(asc(t.glossaryTerms.term))
    .all()
    .map((g) => ({ kind: 'glossary', id: g.id, title: g.term, subtitle: g.meaning.length > 90 ? `${g.meaning.slice(0, 89)}…` : g.meaning }))
}

export function getGlossaryTerm(db: Db, id: string): GlossaryDetail {
  const g = db.select().from(t.glossaryTerms).where(eq(t.glossaryTerms.id, id)).get()
  if (!g) throw new AppError('not-found', `There is no glossary term with id ${id}; it may have been deleted.`)
  const { createdAt: _c, ...rest } = g
  return rest
}

export function saveGlossaryTerm(db: Db, id: string | undefined, values: GlossaryForm): GlossaryDetail {
  const termId = targetId(db, t.glossaryTerms, id, 'glossary term')
  assertUnique(db, t.glossaryTerms, t.glossaryTerms.term, values.term, 'term', id)
  if (id) db.update(t.glossaryTerms).set(values).where(eq(t.glossaryTerms.id, termId)).run()
  else db.insert(t.glossaryTerms).values({ id: termId, ...values }).run()
  return getGlossaryTerm(db, termId)
}
