import { eq, sql } from 'drizzle-orm'
import type { Db } from '../db/open'
import * as t from '../db/schema'
import { phoneDigits, toE164 } from '../../shared/knowledge/phone'

/**
 * The person a phone number belongs to: the exact number in E.164 form first, then (for numbers
 * written differently or an internal extension) the last nine digits. Null when nobody has it, or when
 * the digits fit more than one person and guessing would show the wrong department.
 */
export function personByNumber(db: Db, number: string, defaultCountry: string): { id: string; departmentId: string | null; preferredLanguage: 'nl' | 'en' } | null {
  const select = db
    .selectDistinct({ id: t.people.id, departmentId: t.people.departmentId, preferredLanguage: t.people.preferredLanguage })
    .from(t.personPhones)
    .innerJoin(t.people, eq(t.people.id, t.personPhones.personId))
  const e164 = toE164(number, defaultCountry)
  if (e164) {
    const exact = select.where(eq(t.personPhones.number, e164)).all()
    if (exact.length === 1) return exact[0]!
    if (exact.length > 1) return null
  }
  const digits = phoneDigits(number)
  // Fewer than nine digits is an extension or a fragment: it fits the end of too many numbers to be sure.
  if (!digits || digits.length < 9) return null
  const tail = digits.slice(-9)
  const matches = select.where(sql`${t.personPhones.number} LIKE ${`%${tail}`}`).all()
  return matches.length === 1 ? matches[0]! : null
}

export function defaultCountry(db: Db): string {
  return db.select({ c: t.settings.defaultCountry }).from(t.settings).get()?.c ?? 'NL'
}
