import { and, desc, eq, type SQL } from 'drizzle-orm'
import type { Db } from '../db/open'
import * as t from '../db/schema'
import { createChecker } from '../../shared/language/check'
import type { JargonTerm } from '../../shared/language/lexicon'
import { compose } from '../../shared/refusal/compose'
import {
  refusalPartsSchema,
  refusalSaveSchema,
  type RefusalRecord,
  type RefusalSummary,
  type DecisionKind,
} from '../../shared/refusal/parts'
import { problems, type RefusalProblem } from '../../shared/refusal/problems'
import { AppError, type FieldIssue } from '../../shared/result'
import type { z } from 'zod'
import { languageContext } from './language-context'
import { getSettings } from './settings'

type SaveInput = z.output<typeof refusalSaveSchema>
type ListInput = { ruleId?: string | undefined; callId?: string | undefined; status?: 'draft' | 'final' | undefined; limit?: number | undefined }

const partLabels: Record<RefusalProblem['part'] & string, string> = {
  request: 'the request and the goal behind it',
  decision: 'the decision',
  reason: 'the reason',
  rule: 'the rule and its owner',
  alternatives: 'an alternative with how and how long, or why there is none',
  exception: 'the exception path',
  nextStep: 'the next step',
  invitation: 'the invitation to respond',
}

/** A problem as a field issue the UI can put beside the field. */
export function problemIssue(problem: RefusalProblem): FieldIssue {
  const field = problem.field ? `parts.${problem.field}` : 'parts'
  switch (problem.kind) {
    case 'missing':
      return { field, message: `missing: ${partLabels[problem.part]}` }
    case 'no-date':
      return { field, message: 'the next step needs a date' }
    case 'policy-reason':
      return { field, message: `give the reason in the caller's terms, not "${problem.text}"` }
    case 'vague':
      return { field, message: `vague phrase: "${problem.text}"` }
  }
}

/**
 * The checker with the lexicon, the organisation's glossary and its application and department names as
 * they are in the database now: the same the refusal builder's preview uses (channel `language:context`).
 */
function checkerFor(db: Db) {
  const lexicon: JargonTerm[] = db
    .select()
    .from(t.jargonTerms)
    .all()
    .map((j) => ({ term: j.term, aliases: j.aliases, category: j.category as JargonTerm['category'], plain: { nl: j.plainNl, en: j.plainEn } }))
  const { glossary, names } = languageContext(db)
  return createChecker({ lexicon, glossary, names })
}

function toRecord(row: typeof t.refusals.$inferSelect): RefusalRecord {
  const parts = refusalPartsSchema.safeParse(row.parts)
  return {
    id: row.id,
    callId: row.callId,
    ruleId: row.ruleId,
    ruleText: row.ruleText,
    language: row.language,
    formOfAddress: row.formOfAddress,
    decision: row.decision as DecisionKind,
    parts: parts.success ? parts.data : refusalPartsSchema.parse({}),
    spoken: row.spoken,
    written: row.written,
    status: row.status,
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
  }
}

export function getRefusal(db: Db, id: string): RefusalRecord {
  const row = db.select().from(t.refusals).where(eq(t.refusals.id, id)).get()
  if (!row) throw new AppError('not-found', `There is no refusal with id ${id}; it may have been deleted.`)
  return toRecord(row)
}

/**
 * Saves a refusal: composes both versions from the parts (the caller's language, the organisation's form
 * of address, the agent's name). A final refusal must pass every check first and is not changed afterwards.
 */
export function saveRefusal(db: Db, input: SaveInput, now: Date = new Date()): RefusalRecord {
  const settings = getSettings(db)
  if (input.callId && !db.select({ id: t.calls.id }).from(t.calls).where(eq(t.calls.id, input.callId)).get()) {
    throw new AppError('not-found', 'The call this refusal belongs to no longer exists.', [{ field: 'callId', message: 'no such call' }])
  }
  if (input.ruleId && !db.select({ id: t.rules.id }).from(t.rules).where(eq(t.rules.id, input.ruleId)).get()) {
    throw new AppError('not-found', 'The rule this refusal is about no longer exists.', [{ field: 'ruleId', message: 'no such rule' }])
  }
  if (!input.ruleId && input.ruleText.trim() === '' && input.parts.rule.statement.trim() === '') {
    throw new AppError('invalid-input', 'Pick a rule or type one.', [{ field: 'ruleId', message: 'required' }])
  }
  const existing = input.id ? db.select().from(t.refusals).where(eq(t.refusals.id, input.id)).get() : undefined
  if (input.id && !existing) throw new AppError('not-found', 'This refusal no longer exists; it may have been deleted in the meantime.')
  if (existing?.status === 'final') throw new AppError('conflict', 'This refusal is final and is kept as it was given; start a new one from it instead.')

  const composed = compose(input.parts, input.language, input.formOfAddress, { agentName: settings.agent.name, now, timeZone: settings.timeZone })
  if (input.status === 'final') {
    const checker = checkerFor(db)
    const found = problems(input.parts, composed, (text) => checker.check(text, input.language))
    if (found.length > 0) {
      const issues = found.map(problemIssue)
      throw new AppError('invalid-input', `This refusal cannot be final yet: ${issues.map((i) => i.message).join('; ')}.`, issues)
    }
  }
  const values = {
    callId: input.callId ?? null,
    ruleId: input.ruleId ?? null,
    ruleText: input.ruleText.trim() || (input.ruleId ? '' : input.parts.rule.statement.trim()),
    language: input.language,
    formOfAddress: input.formOfAddress,
    decision: input.parts.decision.kind,
    parts: input.parts as unknown as Record<string, unknown>,
    spoken: composed.spoken,
    written: composed.written,
    status: input.status,
  }
  const id = existing?.id ?? crypto.randomUUID()
  if (existing) db.update(t.refusals).set({ ...values, updatedAt: now.toISOString() }).where(eq(t.refusals.id, id)).run()
  else db.insert(t.refusals).values({ id, ...values, createdAt: now.toISOString(), updatedAt: now.toISOString() }).run()
  return getRefusal(db, id)
}

const preview = (text: string) => (text.length > 160 ? `${text.slice(0, 159).trimEnd()}…` : text)

/** Refusals for a rule (its library) or a call, newest first. */
export function listRefusals(db: Db, input: ListInput): RefusalSummary[] {
  const where: SQL[] = []
  if (input.ruleId) where.push(eq(t.refusals.ruleId, input.ruleId))
  if (input.callId) where.push(eq(t.refusals.callId, input.callId))
  if (input.status) where.push(eq(t.refusals.status, input.status))
  return db
    .select()
    .from(t.refusals)
    .where(where.length ? and(...where) : undefined)
    .orderBy(desc(t.refusals.updatedAt), desc(t.refusals.createdAt))
    .limit(input.limit ?? 50)
    .all()
    .map((row) => ({
      id: row.id,
      callId: row.callId,
      ruleId: row.ruleId,
      ruleText: row.ruleText,
      language: row.language,
      decision: row.decision as DecisionKind,
      status: row.status,
      preview: preview(row.spoken),
      updatedAt: row.updatedAt,
    }))
}
