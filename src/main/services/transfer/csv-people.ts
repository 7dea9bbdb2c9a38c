import { asc, eq } from 'drizzle-orm'
import type { Db } from '../../db/open'
import * as t from '../../db/schema'
import { personFormSchema, type PersonForm } from '../../../shared/knowledge/forms'
import { AppError } from '../../../shared/result'
import { normalisePhones } from '../people'
import { parseYesNo, toCsv, yesNo } from './csv'
import { createTargeting, reportIssues, type CsvKind } from './csv-check'
import { insertMany, writeRows, type RowPlan } from './csv-write'
import type { ProblemArgs } from './problems'

const columns = ['id', 'name', 'email', 'department', 'role', 'vip', 'key_contact', 'preferred_language', 'phones', 'notes', 'notes_shareable'] as const
const columnOf: Record<string, string> = {
  departmentId: 'department',
  keyContact: 'key_contact',
  preferredLanguage: 'preferred_language',
  notesShareable: 'notes_shareable',
}
type Phone = PersonForm['phones'][number]
type PersonPlan = RowPlan & { phones?: Phone[] }

/** "Mobile: +31612345678; Desk: +31201234567": label and number per phone, in the order to call them. */
export function formatPhones(phones: Phone[]): string {
  return phones.map((p) => (p.label ? `${p.label}: ${p.number}` : p.number)).join('; ')
}
export function parsePhones(value: string): Phone[] {
  return value
    .split(';')
    .map((part) => part.trim())
    .filter(Boolean)
    .map((part) => {
      const colon = part.lastIndexOf(':')
      return colon < 0 ? { label: '', number: part } : { label: part.slice(0, colon).trim(), number: part.slice(colon + 1).trim() }
    })
}

/**
 * people.csv: the department by name, phones in one cell. Notes are internal: exported only when marked
 * shareable, and an empty notes cell on import keeps the console's own notes.
 */
export const peopleCsv: CsvKind<PersonPlan> = {
  kind: 'person',
  fileName: 'people.csv',
  columns,
  changes: ['person', 'department'],

  exportCsv(db: Db) {
    const departments = new Map(db.select({ id: t.departments.id, name: t.departments.name }).from(t.departments).all().map((d) => [d.id, d.name]))
    const phones = new Map<string, Phone[]>()
    for (const p of db.select().from(t.personPhones).orderBy(asc(t.personPhones.position)).all()) {
      phones.set(p.personId, [...(phones.get(p.personId) ?? []), { label: p.label, number: p.number }])
    }
    const people = db.select().from(t.people).orderBy(asc(t.people.name), asc(t.people.id)).all()
    return toCsv(
      columns,
      people.map((p) => [
        p.id,
        p.name,
        p.email,
        p.departmentId ? (departments.get(p.departmentId) ?? '') : '',
        p.role,
        yesNo(p.vip),
        yesNo(p.keyContact),
        p.preferredLanguage,
        formatPhones(phones.get(p.id) ?? []),
        p.notesShareable ? p.notes : '',
        yesNo(p.notesShareable),
      ]),
    )
  },

  snapshot(db: Db) {
    const departments = db.select({ id: t.departments.id, name: t.departments.name }).from(t.departments).all()
    const existing = db.select({ id: t.people.id, name: t.people.name }).from(t.people).all()
    const departmentByName = new Map(departments.map((d) => [d.name.toLowerCase(), d.id]))
    return {
      signature: JSON.stringify([departments, existing]),
      checker(ctx) {
        const targeting = createTargeting({ kind: 'person', existing, uniqueNames: false, ctx })
        return {
          check(row) {
            const cells = row.cells
            let ok = true
            const fail = (field: string, ...problem: ProblemArgs) => {
              ctx.problem(row.line, field, ...problem)
              ok = false
            }
            const flag = (column: string) => {
              const value = parseYesNo(cells[column] ?? '')
              if (value === undefined) fail(column, 'expected-yes-no', { value: cells[column] ?? '' })
              return value ?? false
            }
            const departmentName = cells.department?.trim() ?? ''
            const departmentId = departmentName ? (departmentByName.get(departmentName.toLowerCase()) ?? null) : null
            if (departmentName && !departmentId) fail('department', 'unknown-department', { name: departmentName })

            let phones = parsePhones(cells.phones ?? '')
            if (phones.some((p) => !p.number)) {
              fail('phones', 'phone-without-number')
              // Said once: the form schema need not call the missing number "required" as well.
              phones = phones.filter((p) => p.number)
            } else {
              try {
                phones = normalisePhones(phones, ctx.defaultCountry)
              } catch (error) {
                if (!(error instanceof AppError)) throw error
                // normalisePhones names the phone that is not a number as `phones.<index>.number`.
                for (const issue of error.issues ?? [{ field: 'phones', message: error.message }]) {
                  const index = /^phones\.(\d+)\.number$/.exec(issue.field)?.[1]
                  const phone = index === undefined ? undefined : phones[Number(index)]
                  if (phone) fail('phones', 'phone-invalid', { value: phone.number })
                  else fail('phones', 'invalid', { detail: issue.message })
                }
              }
            }
            const language = cells.preferred_language?.trim().toLowerCase() ?? ''
            const form = {
              name: cells.name ?? '',
              email: (cells.email ?? '').trim(),
              departmentId,
              role: cells.role ?? '',
              vip: flag('vip'),
              keyContact: flag('key_contact'),
              preferredLanguage: language || 'nl',
              notes: cells.notes ?? '',
              notesShareable: flag('notes_shareable'),
              phones,
            }
            const parsed = personFormSchema.safeParse(form)
            if (!parsed.success) reportIssues(parsed.error, row.line, columnOf, ctx, cells)
            const name = form.name.trim()
            const target = name ? targeting.resolve(row.line, cells.id, name) : null
            if (!parsed.success || !ok || !target) return null

            const v = parsed.data
            const values: Record<string, unknown> = { name: v.name }
            if (cells.email !== undefined) values.email = v.email
            if (cells.department !== undefined) values.departmentId = v.departmentId
            if (cells.role !== undefined) values.role = v.role
            if (cells.vip !== undefined) values.vip = v.vip
            if (cells.key_contact !== undefined) values.keyContact = v.keyContact
            // An empty language keeps the person's own; a new person gets Dutch, as in the form.
            if (language || (!target.existing && cells.preferred_language !== undefined)) values.preferredLanguage = v.preferredLanguage
            // An empty notes cell keeps the console's own note and its flag (see csv-named.ts).
            if (v.notes) values.notes = v.notes
            if (v.notes && cells.notes_shareable !== undefined) values.notesShareable = v.notesShareable
            return { line: row.line, target, values, ...(cells.phones !== undefined ? { phones: v.phones } : {}) }
          },
          finish: () => targeting.finish(),
        }
      },
    }
  },

  write(tx, plans) {
    const result = writeRows(tx, t.people, plans)
    const current = new Map<string, Phone[]>()
    for (const p of tx.select().from(t.personPhones).orderBy(asc(t.personPhones.position)).all()) {
      current.set(p.personId, [...(current.get(p.personId) ?? []), { label: p.label, number: p.number }])
    }
    const inserts: (typeof t.personPhones.$inferInsert)[] = []
    for (const plan of plans) {
      if (!plan.phones || JSON.stringify(plan.phones) === JSON.stringify(current.get(plan.target.id) ?? [])) continue
      if (plan.target.existing) tx.delete(t.personPhones).where(eq(t.personPhones.personId, plan.target.id)).run()
      plan.phones.forEach((phone, position) => inserts.push({ personId: plan.target.id, position, ...phone }))
    }
    insertMany(inserts, (rows) => tx.insert(t.personPhones).values(rows).run())
    return result
  },
}
