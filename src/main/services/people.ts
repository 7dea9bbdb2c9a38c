import { asc, eq } from 'drizzle-orm'
import type { Db } from '../db/open'
import * as t from '../db/schema'
import type { KnowledgeItem, PersonDetail } from '../../shared/knowledge/details'
import type { PersonForm } from '../../shared/knowledge/forms'
import { toE164 } from '../../shared/knowledge/phone'
import { AppError, type FieldIssue } from '../../shared/result'
import { getSettings } from './settings'
import { targetId } from './save-helpers'

export function listPeople(db: Db): KnowledgeItem[] {
  return db
    .select({ id: t.people.id, name: t.people.name, role: t.people.role, department: t.departments.name })
    .from(t.people)
    .leftJoin(t.departments, eq(t.departments.id, t.people.departmentId))
    .orderBy(asc(t.people.name))
    .all()
    .map((p) => ({ kind: 'person', id: p.id, title: p.name, subtitle: [p.role, p.department].filter(Boolean).join(' · ') }))
}

export function getPerson(db: Db, id: string): PersonDetail {
  const p = db
    .select({ person: t.people, departmentName: t.departments.name })
    .from(t.people)
    .leftJoin(t.departments, eq(t.departments.id, t.people.departmentId))
    .where(eq(t.people.id, id))
    .get()
  if (!p) throw new AppError('not-found', `There is no person with id ${id}; they may have been deleted.`)
  const phones = db
    .select({ label: t.personPhones.label, number: t.personPhones.number })
    .from(t.personPhones)
    .where(eq(t.personPhones.personId, id))
    .orderBy(asc(t.personPhones.position))
    .all()
  const { person } = p
  return {
    id: person.id,
    name: person.name,
    email: person.email,
    departmentId: person.departmentId,
    departmentName: p.departmentName,
    role: person.role,
    vip: person.vip,
    keyContact: person.keyContact,
    preferredLanguage: person.preferredLanguage,
    notes: person.notes,
    notesShareable: person.notesShareable,
    phones,
    updatedAt: person.updatedAt,
  }
}

/** Phone numbers as typed, in E.164 with the organisation's default country; every bad one is named. */
export function normalisePhones(phones: PersonForm['phones'], defaultCountry: string, fieldPrefix = 'phones'): PersonForm['phones'] {
  const issues: FieldIssue[] = []
  const normalised = phones.map((phone, i) => {
    const number = toE164(phone.number, defaultCountry)
    if (!number) issues.push({ field: `${fieldPrefix}.${i}.number`, message: `“${phone.number}” is not a phone number` })
    return { label: phone.label, number: number ?? phone.number }
  })
  if (issues.length) throw new AppError('invalid-input', issues.map((i) => i.message).join('; '), issues)
  return normalised
}

/** People may share a name (two Jan de Vries); the service does not refuse it, the form warns. */
export function savePerson(db: Db, id: string | undefined, values: PersonForm): PersonDetail {
  const personId = targetId(db, t.people, id, 'person')
  const phones = normalisePhones(values.phones, getSettings(db).defaultCountry)
  if (values.departmentId && !db.select({ id: t.departments.id }).from(t.departments).where(eq(t.departments.id, values.departmentId)).get()) {
    throw new AppError('invalid-input', 'That department does not exist (any more).', [{ field: 'departmentId', message: 'unknown department' }])
  }
  const row = {
    name: values.name,
    email: values.email,
    departmentId: values.departmentId,
    role: values.role,
    vip: values.vip,
    keyContact: values.keyContact,
    preferredLanguage: values.preferredLanguage,
    notes: values.notes,
    notesShareable: values.notesShareable,
  }
  db.transaction((tx) => {
    if (id) tx.update(t.people).set(row).where(eq(t.people.id, personId)).run()
    else tx.insert(t.people).values({ id: personId, ...row }).run()
    tx.delete(t.personPhones).where(eq(t.personPhones.personId, personId)).run()
    phones.forEach((phone, position) => tx.insert(t.personPhones).values({ personId, position, ...phone }).run())
  })
  return getPerson(db, personId)
}
