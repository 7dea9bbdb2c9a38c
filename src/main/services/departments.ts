import { asc, eq, sql } from 'drizzle-orm'
import type { Db } from '../db/open'
import * as t from '../db/schema'
import type { DepartmentDetail, DepartmentSummary, PersonSummary } from '../../shared/knowledge/entities'
import { AppError } from '../../shared/result'

const criticalityOrder = sql`CASE ${t.departmentApplications.criticality} WHEN 'critical' THEN 0 WHEN 'important' THEN 1 ELSE 2 END`

export function listDepartments(db: Db): DepartmentSummary[] {
  return db
    .select({
      id: t.departments.id,
      name: t.departments.name,
      mission: t.departments.mission,
      // Correlated subqueries, written out: the outer column must keep its table name.
      criticalCount: sql<number>`(SELECT COUNT(*) FROM department_applications da WHERE da.department_id = departments.id AND da.criticality = 'critical')`,
      peopleCount: sql<number>`(SELECT COUNT(*) FROM people p WHERE p.department_id = departments.id)`,
    })
    .from(t.departments)
    .orderBy(asc(t.departments.name))
    .all()
}

export function getDepartment(db: Db, id: string): DepartmentDetail {
  const department = db.select().from(t.departments).where(eq(t.departments.id, id)).get()
  if (!department) throw new AppError('not-found', `There is no department with id ${id}; it may have been deleted.`)

  const applications = db
    .select({
      id: t.applications.id,
      name: t.applications.name,
      description: t.applications.description,
      resolverGroup: t.applications.resolverGroup,
      criticality: t.departmentApplications.criticality,
      reason: t.departmentApplications.reason,
    })
    .from(t.departmentApplications)
    .innerJoin(t.applications, eq(t.applications.id, t.departmentApplications.applicationId))
    .where(eq(t.departmentApplications.departmentId, id))
    .orderBy(criticalityOrder, asc(t.applications.name))
    .all()

  const ownWords = db
    .select({ id: t.departmentTerms.id, term: t.departmentTerms.term, meaning: t.departmentTerms.meaning, applicationName: t.applications.name })
    .from(t.departmentTerms)
    .leftJoin(t.applications, eq(t.applications.id, t.departmentTerms.applicationId))
    .where(eq(t.departmentTerms.departmentId, id))
    .orderBy(asc(t.departmentTerms.term))
    .all()

  return {
    id: department.id,
    name: department.name,
    mission: department.mission,
    whatMatters: department.whatMatters,
    busyPeriods: department.busyPeriods,
    sensitivities: department.sensitivities,
    preferredContact: department.preferredContact,
    applications,
    keyPeople: keyPeopleOf(db, id),
    ownWords,
  }
}

/** Key contacts first, then VIPs; everyone else in the department is reachable through search later. */
function keyPeopleOf(db: Db, departmentId: string): PersonSummary[] {
  const rows = db
    .select()
    .from(t.people)
    .where(sql`${t.people.departmentId} = ${departmentId} AND (${t.people.keyContact} = 1 OR ${t.people.vip} = 1)`)
    .orderBy(sql`${t.people.keyContact} DESC`, asc(t.people.name))
    .all()
  const phones = db
    .select({ personId: t.personPhones.personId, label: t.personPhones.label, number: t.personPhones.number })
    .from(t.personPhones)
    .innerJoin(t.people, eq(t.people.id, t.personPhones.personId))
    .where(eq(t.people.departmentId, departmentId))
    .orderBy(asc(t.personPhones.position))
    .all()
  return rows.map((p) => ({
    id: p.id,
    name: p.name,
    role: p.role,
    email: p.email,
    vip: p.vip,
    keyContact: p.keyContact,
    preferredLanguage: p.preferredLanguage,
    phones: phones.filter((ph) => ph.personId === p.id).map(({ label, number }) => ({ label, number })),
  }))
}
