import { index, sqliteTable, text } from 'drizzle-orm/sqlite-core'
import type { Language } from '../../../shared/knowledge/entities'
import { calls } from './calls'
import { id, timestamps } from './columns'
import { people } from './knowledge'

/**
 * A concrete promise made to a caller at the close of a call ("U hoort morgen, dinsdag 3 december, vóór
 * 12:00 van mij"), tracked until it is kept or broken. Copies of the caller's name and the call's problem
 * keep the list readable after the call or the person changes.
 */
export const promises = sqliteTable(
  'promises',
  {
    id: id(),
    callId: text('call_id')
      .notNull()
      .references(() => calls.id, { onDelete: 'cascade' }),
    callerPersonId: text('caller_person_id').references(() => people.id, { onDelete: 'set null' }),
    callerName: text('caller_name').notNull().default(''),
    callerPhone: text('caller_phone').notNull().default(''),
    /** What happens next: callback, handed-over, waiting-for-user, order. */
    nextStep: text('next_step').notNull(),
    /** The moment promised (ISO date-time). */
    dueAt: text('due_at').notNull(),
    /** The sentence as said to the caller. */
    text: text('text').notNull(),
    language: text('language').$type<Language>().notNull(),
    status: text('status').$type<'open' | 'kept' | 'broken'>().notNull().default('open'),
    /** What happened, when marked kept or broken. */
    resolution: text('resolution').notNull().default(''),
    resolvedAt: text('resolved_at'),
    ...timestamps,
  },
  (t) => [index('promises_status_due_idx').on(t.status, t.dueAt), index('promises_call_idx').on(t.callId)],
)
