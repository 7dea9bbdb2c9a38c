import { index, sqliteTable, text } from 'drizzle-orm/sqlite-core'
import type { Language } from '../../../shared/knowledge/entities'
import { calls } from './calls'
import { id, timestamps } from './columns'
import { rules } from './knowledge'

/** IT jargon with a plain word for it in Dutch and English: what the plain-language checker looks for. */
export const jargonTerms = sqliteTable('jargon_terms', {
  id: id(),
  term: text('term').notNull().unique(),
  aliases: text('aliases', { mode: 'json' }).$type<string[]>().notNull().default([]),
  /** network, security, hardware, software, account, process … */
  category: text('category').notNull().default(''),
  plainNl: text('plain_nl').notNull().default(''),
  plainEn: text('plain_en').notNull().default(''),
  ...timestamps,
})

/**
 * A refusal built with the refusal builder: its parts as filled in, and the two versions composed from
 * them (spoken for the phone, written for e-mail or the ticket). Kept with the call and per rule, so the
 * next agent can start from earlier wording.
 */
export const refusals = sqliteTable(
  'refusals',
  {
    id: id(),
    callId: text('call_id').references(() => calls.id, { onDelete: 'set null' }),
    ruleId: text('rule_id').references(() => rules.id, { onDelete: 'set null' }),
    /** The rule as typed, when it is not (yet) in the knowledge base. */
    ruleText: text('rule_text').notNull().default(''),
    language: text('language').$type<Language>().notNull(),
    formOfAddress: text('form_of_address').$type<'formal' | 'informal'>().notNull(),
    decision: text('decision').notNull(),
    /** The builder's parts as filled in (validated by the refusal schema when read). */
    parts: text('parts', { mode: 'json' }).$type<Record<string, unknown>>().notNull(),
    spoken: text('spoken').notNull(),
    written: text('written').notNull(),
    status: text('status').$type<'draft' | 'final'>().notNull().default('draft'),
    ...timestamps,
  },
  (t) => [index('refusals_rule_idx').on(t.ruleId, t.updatedAt), index('refusals_call_idx').on(t.callId)],
)
