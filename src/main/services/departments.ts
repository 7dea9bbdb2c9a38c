import { asc, eq, sql } from 'drizzle-orm'
import type { Db } from '../db/open'
import * as t from '../db/schema'
import type { DepartmentDetail, DepartmentSummary, PersonSummary } from '../../shared/knowledge/entities'
import type { DepartmentForm } from '../../shared/knowledge/forms'
import { rightNow } from '../../shared/knowledge/right-now'
import { AppError } from '../../shared/result'
import { organisationCalendar } from './calendar'
import { assertUnique, targetId } from './save-helpers'

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

export function getDepartment(db: Db, id: string, now: Date = new Date()): DepartmentDetail {
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
    .select({
      id: t.departmentTerms.id,
      term: t.departmentTerms.term,
      meaning: t.departmentTerms.meaning,
      applicationId: t.departmentTerms.applicationId,
      applicationName: t.applications.name,
      glossaryTermId: t.departmentTerms.glossaryTermId,
      glossaryTerm: t.glossaryTerms.term,
    })
    .from(t.departmentTerms)
    .leftJoin(t.applications, eq(t.applications.id, t.departmentTerms.applicationId))
    .leftJoin(t.glossaryTerms, eq(t.glossaryTerms.id, t.departmentTerms.glossaryTermId))
    .where(eq(t.departmentTerms.departmentId, id))
    .orderBy(asc(t.departmentTerms.term))
    .all()

  const { calendar, lookahead } = organisationCalendar(db)
  const now_ = rightNow({ busyPeriods: department.busyPeriods, applications }, now, calendar, lookahead)

  return {
    id: department.id,
    name: department.name,
    mission: department.mission,
    whatMatters: department.whatMatters,
    busyPeriods: department.busyPeriods.map((p) => ({ ...p, applicationIds: p.applicationIds ?? [] })),
    sensitivities: department.sensitivities,
    sensitivitiesShareable: department.sensitivitiesShareable,
    preferredContact: department.preferredContact,
    applications,
    keyPeople: keyPeopleOf(db, id),
    ownWords,
    rightNow: { date: now_.date, periods: now_.periods, extraCritical: now_.extraCritical.map(({ id, name }) => ({ id, name })) },
    updatedAt: department.updatedAt,
  }
}

/** Creates or updates a department with its applications and own words, in one transaction. */
export function saveDepartment(db: Db, id: string | undefined, values: DepartmentForm): DepartmentDetail {
  const departmentId = targetId(db, t.departments, id, 'department')
  assertUnique(db, t.departments, t.departments.name, values.name, 'name', id)
  const seen = new Set<string>()
  values.applications.forEach((a, i) => {
    if (seen.has(a.applicationId)) throw new AppError('invalid-input', 'An application is listed twice.', [{ field: `applications.${i}.applicationId`, message: 'listed twice' }])
    seen.add(a.applicationId)
  })
  const row = {
    name: values.name,
    mission: values.mission,
    whatMatters: values.whatMatters,
    busyPeriods: values.busyPeriods,
    sensitivities: values.sensitivities,
    sensitivitiesShareable: values.sensitivitiesShareable,
    preferredContact: values.preferredContact,
  }
  db.transaction((tx) => {
    if (id) tx.update(t.departments).set(row).where(eq(t.departments.id, departmentId)).run()
    else tx.insert(t.departments).values({ id: departmentId, ...row }).run()
    tx.delete(t.departmentApplications).where(eq(t.departmentApplications.departmentId, departmentId)).run()
    for (const a of values.applications) tx.insert(t.departmentApplications).values({ departmentId, ...a }).run()
    tx.delete(t.departmentTerms).where(eq(t.departmentTerms.departmentId, departmentId)).run()
    for (const w of values.ownWords) tx.insert(t.departmentTerms).values({ departmentId, ...w }).run()
  })
  return getDepartment(db, departmentId)
}

/** Key contacts first, then VIPs; everyone else in the department is reachable through search. */
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
