import { eq, inArray } from 'drizzle-orm'
import type { Db } from '../../db/open'
import * as t from '../../db/schema'
import type { KnowledgeKind } from '../../../shared/knowledge/forms'
import type { AnyRecord, ApplicationRecord, ArticleRecord, DepartmentRecord, GlossaryRecord, PersonRecord, RuleRecord } from './records'
import { knowledgeTables } from '../../db/schema/knowledge-tables'

/** A drizzle transaction (or the database itself): everything here runs inside the caller's transaction. */
export type Tx = Parameters<Parameters<Db['transaction']>[0]>[0]
export type WriteMode = 'insert' | 'update'

/** Kinds in an order where everything an item links to is written before it. */
export const writeOrder: KnowledgeKind[] = ['glossary', 'application', 'department', 'person', 'rule', 'article']


/** Writes one item with its sub-rows. Internal fields still undefined here are written as empty. */
export function writeRecord(tx: Tx, kind: KnowledgeKind, record: AnyRecord, mode: WriteMode): void {
  switch (kind) {
    case 'department':
      return writeDepartment(tx, record as DepartmentRecord, mode)
    case 'person':
      return writePerson(tx, record as PersonRecord, mode)
    case 'article':
      return writeArticle(tx, record as ArticleRecord, mode)
    case 'application': {
      const { id, ...row } = record as ApplicationRecord
      return upsertRow(tx, t.applications, id, row, mode)
    }
    case 'rule': {
      const { id, ...row } = record as RuleRecord
      return upsertRow(tx, t.rules, id, row, mode)
    }
    case 'glossary': {
      const { id, ...row } = record as GlossaryRecord
      return upsertRow(tx, t.glossaryTerms, id, row, mode)
    }
  }
}

/** Deletes items; their sub-rows and links go with them through the foreign keys. Private notes stay. */
export function deleteRecords(tx: Tx, kind: KnowledgeKind, ids: string[]): void {
  const table = knowledgeTables[kind]
  // Chunks keep each statement well under SQLite's limit on bound parameters.
  for (let i = 0; i < ids.length; i += 500) tx.delete(table).where(inArray(table.id, ids.slice(i, i + 500))).run()
}

type Table = (typeof knowledgeTables)[KnowledgeKind]

// Callers pass rows typed against their own table; drizzle's generic `set` type cannot see that.
function upsertRow<T extends Table>(tx: Tx, table: T, id: string, row: Omit<T['$inferInsert'], 'id'>, mode: WriteMode): void {
  if (mode === 'update') tx.update(table).set(row as never).where(eq(table.id, id)).run()
  else tx.insert(table).values({ id, ...row } as T['$inferInsert']).run()
}

function writeDepartment(tx: Tx, d: DepartmentRecord, mode: WriteMode): void {
  const row = {
    name: d.name,
    mission: d.mission,
    whatMatters: d.whatMatters,
    busyPeriods: d.busyPeriods,
    sensitivities: d.sensitivities ?? '',
    sensitivitiesShareable: d.sensitivitiesShareable ?? false,
    preferredContact: d.preferredContact,
  }
  upsertRow(tx, t.departments, d.id, row, mode)
  if (mode === 'update') {
    tx.delete(t.departmentTerms).where(eq(t.departmentTerms.departmentId, d.id)).run()
    tx.delete(t.departmentApplications).where(eq(t.departmentApplications.departmentId, d.id)).run()
  }
  for (const w of d.ownWords) tx.insert(t.departmentTerms).values({ ...w, departmentId: d.id }).run()
  for (const c of d.applications) tx.insert(t.departmentApplications).values({ ...c, departmentId: d.id }).run()
}

function writePerson(tx: Tx, p: PersonRecord, mode: WriteMode): void {
  const { id, phones, ...rest } = p
  upsertRow(tx, t.people, id, { ...rest, notes: rest.notes ?? '', notesShareable: rest.notesShareable ?? false }, mode)
  if (mode === 'update') tx.delete(t.personPhones).where(eq(t.personPhones.personId, id)).run()
  phones.forEach((phone, position) => tx.insert(t.personPhones).values({ ...phone, personId: id, position }).run())
}

function writeArticle(tx: Tx, a: ArticleRecord, mode: WriteMode): void {
  const { id, applicationIds, departmentIds, ...row } = a
  upsertRow(tx, t.articles, id, row, mode)
  if (mode === 'update') {
    tx.delete(t.articleApplications).where(eq(t.articleApplications.articleId, id)).run()
    tx.delete(t.articleDepartments).where(eq(t.articleDepartments.articleId, id)).run()
  }
  for (const applicationId of applicationIds) tx.insert(t.articleApplications).values({ articleId: id, applicationId }).run()
  for (const departmentId of departmentIds) tx.insert(t.articleDepartments).values({ articleId: id, departmentId }).run()
}
