import { asc, eq } from 'drizzle-orm'
import type { Db } from '../db/open'
import * as t from '../db/schema'
import type { KnowledgeItem, RuleDetail } from '../../shared/knowledge/details'
import type { RuleForm } from '../../shared/knowledge/forms'
import { AppError } from '../../shared/result'
import { assertUnique, targetId } from './save-helpers'

export function listRules(db: Db): KnowledgeItem[] {
  return db
    .select({ id: t.rules.id, statement: t.rules.statement, owner: t.rules.ownerRole })
    .from(t.rules)
    .orderBy(asc(t.rules.statement))
    .all()
    .map((r) => ({ kind: 'rule', id: r.id, title: r.statement, subtitle: r.owner }))
}

export function getRule(db: Db, id: string): RuleDetail {
  const r = db.select().from(t.rules).where(eq(t.rules.id, id)).get()
  if (!r) throw new AppError('not-found', `There is no rule with id ${id}; it may have been deleted.`)
  const { createdAt: _c, ...rest } = r
  return rest
}

export function saveRule(db: Db, id: string | undefined, values: RuleForm): RuleDetail {
  const ruleId = targetId(db, t.rules, id, 'rule')
  assertUnique(db, t.rules, t.rules.statement, values.statement, 'statement', id)
  if (id) db.update(t.rules).set(values).where(eq(t.rules.id, ruleId)).run()
  else db.insert(t.rules).values({ id: ruleId, ...values }).run()
  return getRule(db, ruleId)
}
