import { and, eq } from 'drizzle-orm'
import type { Db } from '../db/open'
import * as t from '../db/schema'
import { knowledgeTables } from '../db/schema/knowledge-tables'
import type { Dependent } from '../../shared/knowledge/details'
import type { KnowledgeKind } from '../../shared/knowledge/forms'
import { AppError } from '../../shared/result'

/** What points at an item, and what deleting the item does to it; asked before a delete. */
export function dependentsOf(db: Db, kind: KnowledgeKind, id: string): Dependent[] {
  const rows: Dependent[] = []
  const add = (items: { id: string; title: string }[], kindOf: Dependent['kind'], effect: Dependent['effect']) =>
    items.forEach((i) => rows.push({ kind: kindOf, id: i.id, title: i.title, effect }))

  if (kind === 'department') {
    add(db.select({ id: t.people.id, title: t.people.name }).from(t.people).where(eq(t.people.departmentId, id)).all(), 'person', 'unlinked')
    add(
      db
        .select({ id: t.departmentApplications.id, title: t.applications.name })
        .from(t.departmentApplications)
        .innerJoin(t.applications, eq(t.applications.id, t.departmentApplications.applicationId))
        .where(eq(t.departmentApplications.departmentId, id))
        .all(),
      'criticality',
      'removed',
    )
    add(db.select({ id: t.departmentTerms.id, title: t.departmentTerms.term }).from(t.departmentTerms).where(eq(t.departmentTerms.departmentId, id)).all(), 'own-word', 'removed')
    add(
      db
        .select({ id: t.articles.id, title: t.articles.title })
        .from(t.articleDepartments)
        .innerJoin(t.articles, eq(t.articles.id, t.articleDepartments.articleId))
        .where(eq(t.articleDepartments.departmentId, id))
        .all(),
      'article',
      'unlinked',
    )
  }
  if (kind === 'application') {
    add(
      db
        .select({ id: t.departmentApplications.id, title: t.departments.name })
        .from(t.departmentApplications)
        .innerJoin(t.departments, eq(t.departments.id, t.departmentApplications.departmentId))
        .where(eq(t.departmentApplications.applicationId, id))
        .all(),
      'criticality',
      'removed',
    )
    add(db.select({ id: t.departmentTerms.id, title: t.departmentTerms.term }).from(t.departmentTerms).where(eq(t.departmentTerms.applicationId, id)).all(), 'own-word', 'unlinked')
    add(
      db
        .select({ id: t.articles.id, title: t.articles.title })
        .from(t.articleApplications)
        .innerJoin(t.articles, eq(t.articles.id, t.articleApplications.articleId))
        .where(eq(t.articleApplications.applicationId, id))
        .all(),
      'article',
      'unlinked',
    )
  }
  if (kind === 'glossary') {
    add(db.select({ id: t.departmentTerms.id, title: t.departmentTerms.term }).from(t.departmentTerms).where(eq(t.departmentTerms.glossaryTermId, id)).all(), 'own-word', 'unlinked')
  }
  if (kind === 'person') {
    add(db.select({ id: t.calls.id, title: t.calls.startedAt }).from(t.calls).where(eq(t.calls.callerPersonId, id)).all(), 'call', 'unlinked')
  }
  return rows
}


/** Deletes an item; links to it are removed or cleared by the foreign keys, and the agent's note goes too. */
export function deleteKnowledge(db: Db, kind: KnowledgeKind, id: string): void {
  const table = knowledgeTables[kind]
  db.transaction((tx) => {
    const deleted = tx.delete(table).where(eq(table.id, id)).returning({ id: table.id }).all()
    if (deleted.length === 0) throw new AppError('not-found', `This ${kind} no longer exists; it may have been deleted already.`)
    tx.delete(t.privateNotes).where(and(eq(t.privateNotes.targetType, kind), eq(t.privateNotes.targetId, id))).run()
  })
}

export function getNote(db: Db, kind: KnowledgeKind, id: string): { body: string } {
  const row = db.select({ body: t.privateNotes.body }).from(t.privateNotes).where(and(eq(t.privateNotes.targetType, kind), eq(t.privateNotes.targetId, id))).get()
  return { body: row?.body ?? '' }
}

export function saveNote(db: Db, kind: KnowledgeKind, id: string, body: string): { body: string } {
  const trimmed = body.trim()
  if (!trimmed) {
    db.delete(t.privateNotes).where(and(eq(t.privateNotes.targetType, kind), eq(t.privateNotes.targetId, id))).run()
    return { body: '' }
  }
  db.insert(t.privateNotes)
    .values({ targetType: kind, targetId: id, body: trimmed })
    .onConflictDoUpdate({ target: [t.privateNotes.targetType, t.privateNotes.targetId], set: { body: trimmed, updatedAt: new Date().toISOString() } })
    .run()
  return { body: trimmed }
}
