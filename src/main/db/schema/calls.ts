import { index, integer, sqliteTable, text } from 'drizzle-orm/sqlite-core'
import type { AnsweredQuestion } from '../../../shared/call/flow-engine'
import type { FlowCategory, Question } from '../../../shared/call/flow-schema'
import type { CallDraftInput, OutcomeKind } from '../../../shared/call/record'
import type { Priority } from '../../../shared/settings'
import { id, timestamps } from './columns'
import { departments, people } from './knowledge'

/**
 * Calls taken in this console. The draft is kept whole as JSON (autosave writes it as typed); the columns
 * beside it are copies for listing and searching, rewritten on every save.
 */
export const calls = sqliteTable(
  'calls',
  {
    id: id(),
    status: text('status').$type<'draft' | 'finished'>().notNull().default('draft'),
    source: text('source').$type<'manual' | 'phone'>().notNull().default('manual'),
    phoneNumber: text('phone_number').notNull().default(''),
    ctiCallId: text('cti_call_id'),
    startedAt: text('started_at').notNull(),
    endedAt: text('ended_at'),
    heldAt: text('held_at'),
    finishedAt: text('finished_at'),
    /** The whole draft; '{}' in calls from before drafts existed (the reader fills in the defaults). */
    draft: text('draft', { mode: 'json' }).$type<CallDraftInput>().notNull().default({}),
    answered: text('answered', { mode: 'json' }).$type<AnsweredQuestion[]>().notNull().default([]),
    identityMethod: text('identity_method'),
    callerPersonId: text('caller_person_id').references(() => people.id, { onDelete: 'set null' }),
    callerName: text('caller_name').notNull().default(''),
    /** Outcome notes (the first release kept only this). */
    notes: text('notes').notNull().default(''),
    departmentId: text('department_id').references(() => departments.id, { onDelete: 'set null' }),
    category: text('category').$type<FlowCategory>(),
    outcome: text('outcome').$type<OutcomeKind>(),
    priority: text('priority').$type<Priority>(),
    callbackAt: text('callback_at'),
    /** Lowercased caller name, number, problem and notes: what history search looks in. */
    searchText: text('search_text').notNull().default(''),
    ...timestamps,
  },
  (t) => [
    index('calls_status_started_idx').on(t.status, t.startedAt),
    index('calls_started_idx').on(t.startedAt),
    index('calls_caller_idx').on(t.callerPersonId),
    index('calls_cti_idx').on(t.ctiCallId),
  ],
)

/** Question flows per call category, from the knowledge pack. */
export const callFlows = sqliteTable('call_flows', {
  id: id(),
  key: text('key').notNull().unique(),
  category: text('category').$type<FlowCategory>().notNull().unique(),
  title: text('title').notNull(),
  questions: text('questions', { mode: 'json' }).$type<Question[]>().notNull(),
  ...timestamps,
})

/** Standard solutions per category: fill the notes and resolve a routine call in a few keystrokes. */
export const callSolutions = sqliteTable(
  'call_solutions',
  {
    id: id(),
    key: text('key').notNull().unique(),
    category: text('category').$type<FlowCategory>().notNull(),
    title: text('title').notNull(),
    notes: text('notes').notNull(),
    position: integer('position').notNull().default(0),
    ...timestamps,
  },
  (t) => [index('call_solutions_category_idx').on(t.category, t.position)],
)
