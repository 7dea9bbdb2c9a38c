import { eq } from 'drizzle-orm'
import type { Db } from '../../db/open'
import * as t from '../../db/schema'
import { phaseIds } from '../../../shared/call/phases'
import type { Tx } from '../transfer/record-writer'

/**
 * What the knowledge base says the learning path should hold, in the order of a fresh path: the
 * departments (by name), the applications that are critical for a department (in department order, each
 * once), the rules, then the call phases. A new hire first learns who the callers are and what matters to
 * them, then what they cannot do without, then the rules and why, then how a good call goes.
 */

export const generatedKinds = ['department', 'application', 'rule', 'phase'] as const
export type GeneratedKind = (typeof generatedKinds)[number]

export interface GeneratedItem {
  kind: GeneratedKind
  refId: string
  title: string
  body: string
}

const byText = new Intl.Collator('nl', { sensitivity: 'base', numeric: true })

/** One line: the path shows a summary, the card has the rest. */
export const oneLine = (text: string): string => text.replace(/\s+/g, ' ').trim()

/** The first sentence: up to a full stop, question or exclamation mark followed by a new sentence. */
export function firstSentence(text: string): string {
  const line = oneLine(text)
  const end = /[.!?](?=\s+["“‘'(]?\p{Lu})/u.exec(line)
  return end ? line.slice(0, end.index + 1) : line
}

export const itemKey = (kind: string, refId: string | null): string => `${kind}:${refId ?? ''}`

export function generatedItems(db: Db | Tx): GeneratedItem[] {
  const departments = db
    .select({ id: t.departments.id, name: t.departments.name, mission: t.departments.mission })
    .from(t.departments)
    .all()
    .sort((a, b) => byText.compare(a.name, b.name))
  const applications = new Map(
    db
      .select({ id: t.applications.id, name: t.applications.name, description: t.applications.description })
      .from(t.applications)
      .all()
      .map((a) => [a.id, a]),
  )
  const critical = db
    .select({ departmentId: t.departmentApplications.departmentId, applicationId: t.departmentApplications.applicationId })
    .from(t.departmentApplications)
    .where(eq(t.departmentApplications.criticality, 'critical'))
    .all()
  const rules = db
    .select({ id: t.rules.id, statement: t.rules.statement, reason: t.rules.reason })
    .from(t.rules)
    .all()
    .sort((a, b) => byText.compare(a.statement, b.statement))

  const items: GeneratedItem[] = departments.map((d) => ({ kind: 'department', refId: d.id, title: d.name, body: oneLine(d.mission) }))
  const seen = new Set<string>()
  for (const department of departments) {
    const own = critical
      .filter((c) => c.departmentId === department.id)
      .map((c) => applications.get(c.applicationId))
      .filter((a) => a !== undefined)
      .sort((a, b) => byText.compare(a.name, b.name))
    for (const application of own) {
      if (seen.has(application.id)) continue
      seen.add(application.id)
      items.push({ kind: 'application', refId: application.id, title: application.name, body: firstSentence(application.description) })
    }
  }
  for (const rule of rules) items.push({ kind: 'rule', refId: rule.id, title: oneLine(rule.statement), body: firstSentence(rule.reason) })
  for (const phase of phaseIds) items.push({ kind: 'phase', refId: phase, title: '', body: '' })
  return items
}
