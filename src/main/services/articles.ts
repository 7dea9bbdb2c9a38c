import { asc, eq, inArray } from 'drizzle-orm'
import type { Db } from '../db/open'
import * as t from '../db/schema'
import type { ArticleDetail, KnowledgeItem } from '../../shared/knowledge/details'
import type { ArticleForm } from '../../shared/knowledge/forms'
import { AppError } from '../../shared/result'
import { targetId } from './save-helpers'

export function listArticles(db: Db): KnowledgeItem[] {
  return db
    .select({ id: t.articles.id, title: t.articles.title, audience: t.articles.audience, tags: t.articles.tags })
    .from(t.articles)
    .orderBy(asc(t.articles.title))
    .all()
    .map((a) => ({ kind: 'article', id: a.id, title: a.title, subtitle: a.tags.join(', '), audience: a.audience }))
}

export function getArticle(db: Db, id: string): ArticleDetail {
  const a = db.select().from(t.articles).where(eq(t.articles.id, id)).get()
  if (!a) throw new AppError('not-found', `There is no article with id ${id}; it may have been deleted.`)
  const applications = db
    .select({ id: t.applications.id, name: t.applications.name })
    .from(t.articleApplications)
    .innerJoin(t.applications, eq(t.applications.id, t.articleApplications.applicationId))
    .where(eq(t.articleApplications.articleId, id))
    .orderBy(asc(t.applications.name))
    .all()
  const departments = db
    .select({ id: t.departments.id, name: t.departments.name })
    .from(t.articleDepartments)
    .innerJoin(t.departments, eq(t.departments.id, t.articleDepartments.departmentId))
    .where(eq(t.articleDepartments.articleId, id))
    .orderBy(asc(t.departments.name))
    .all()
  const { createdAt: _c, ...rest } = a
  return { ...rest, applications, departments }
}

export function saveArticle(db: Db, id: string | undefined, values: ArticleForm): ArticleDetail {
  const articleId = targetId(db, t.articles, id, 'article')
  const { applicationIds, departmentIds, ...row } = values
  const known = (table: typeof t.applications | typeof t.departments, ids: string[]) =>
    ids.length === 0 ? 0 : db.select({ id: table.id }).from(table).where(inArray(table.id, ids)).all().length
  if (known(t.applications, applicationIds) !== new Set(applicationIds).size) throw new AppError('invalid-input', 'A linked application does not exist (any more).', [{ field: 'applicationIds', message: 'unknown application' }])
  if (known(t.departments, departmentIds) !== new Set(departmentIds).size) throw new AppError('invalid-input', 'A linked department does not exist (any more).', [{ field: 'departmentIds', message: 'unknown department' }])
  db.transaction((tx) => {
    if (id) tx.update(t.articles).set(row).where(eq(t.articles.id, articleId)).run()
    else tx.insert(t.articles).values({ id: articleId, ...row }).run()
    tx.delete(t.articleApplications).where(eq(t.articleApplications.articleId, articleId)).run()
    for (const applicationId of new Set(applicationIds)) tx.insert(t.articleApplications).values({ articleId, applicationId }).run()
    tx.delete(t.articleDepartments).where(eq(t.articleDepartments.articleId, articleId)).run()
    for (const departmentId of new Set(departmentIds)) tx.insert(t.articleDepartments).values({ articleId, departmentId }).run()
  })
  return getArticle(db, articleId)
}
