import { asc, eq } from 'drizzle-orm'
import type { Db } from '../db/open'
import * as t from '../db/schema'
import type { ApplicationDetail, KnowledgeItem } from '../../shared/knowledge/details'
import type { ApplicationForm } from '../../shared/knowledge/forms'
import { AppError } from '../../shared/result'
import { assertUnique, targetId } from './save-helpers'

export function listApplications(db: Db): KnowledgeItem[] {
  return db
    .select({ id: t.applications.id, name: t.applications.name, group: t.applications.resolverGroup })
    .from(t.applications)
    .orderBy(asc(t.applications.name))
    .all()
    .map((a) => ({ kind: 'application', id: a.id, title: a.name, subtitle: a.group }))
}

export function getApplication(db: Db, id: string): ApplicationDetail {
  const a = db.select().from(t.applications).where(eq(t.applications.id, id)).get()
  if (!a) throw new AppError('not-found', `There is no application with id ${id}; it may have been deleted.`)
  const departments = db
    .select({ id: t.departments.id, name: t.departments.name, criticality: t.departmentApplications.criticality, reason: t.departmentApplications.reason })
    .from(t.departmentApplications)
    .innerJoin(t.departments, eq(t.departments.id, t.departmentApplications.departmentId))
    .where(eq(t.departmentApplications.applicationId, id))
    .orderBy(asc(t.departments.name))
    .all()
  const { createdAt: _c, ...rest } = a
  return { ...rest, departments }
}

export function saveApplication(db: Db, id: string | undefined, values: ApplicationForm): ApplicationDetail {
  const applicationId = targetId(db, t.applications, id, 'application')
  assertUnique(db, t.applications, t.applications.name, values.name, 'name', id)
  if (id) db.update(t.applications).set(values).where(eq(t.applications.id, applicationId)).run()
  else db.insert(t.applications).values({ id: applicationId, ...values }).run()
  return getApplication(db, applicationId)
}
