import { index, integer, primaryKey, sqliteTable, text } from 'drizzle-orm/sqlite-core'
import type { Language } from '../../../shared/knowledge/entities'
import { id, timestamps } from './columns'

/**
 * Onboarding: a new hire learns the organisation from the knowledge base. Learners are profiles (the
 * agent's own, and more on a shared training machine); progress, quiz answers and practice calls belong
 * to a learner and go with it.
 */
export const learners = sqliteTable('learners', {
  id: id(),
  name: text('name').notNull().unique(),
  ...timestamps,
})

/**
 * The learning path, in order. Generated from the knowledge base (departments, their critical
 * applications, the rules, the call phases) and kept, so a team lead can reorder it, mark items required
 * and add their own. `refId` is the knowledge item (a department, application or rule id; a phase id) for
 * generated items; own items have a title and a text instead.
 */
export const learningItems = sqliteTable(
  'learning_items',
  {
    id: id(),
    kind: text('kind').$type<'department' | 'application' | 'rule' | 'phase' | 'own'>().notNull(),
    refId: text('ref_id'),
    title: text('title').notNull().default(''),
    body: text('body').notNull().default(''),
    position: integer('position').notNull(),
    required: integer('required', { mode: 'boolean' }).notNull().default(false),
    ...timestamps,
  },
  (t) => [index('learning_items_position_idx').on(t.position), index('learning_items_ref_idx').on(t.kind, t.refId)],
)

/** An item of the path a learner has done. */
export const learningProgress = sqliteTable(
  'learning_progress',
  {
    learnerId: text('learner_id')
      .notNull()
      .references(() => learners.id, { onDelete: 'cascade' }),
    itemId: text('item_id')
      .notNull()
      .references(() => learningItems.id, { onDelete: 'cascade' }),
    doneAt: text('done_at').notNull(),
  },
  (t) => [primaryKey({ columns: [t.learnerId, t.itemId] })],
)

/** Every answer to a quiz question, for accuracy by topic. */
export const quizAnswers = sqliteTable(
  'quiz_answers',
  {
    id: id(),
    learnerId: text('learner_id')
      .notNull()
      .references(() => learners.id, { onDelete: 'cascade' }),
    questionId: text('question_id').notNull(),
    topic: text('topic').notNull(),
    correct: integer('correct', { mode: 'boolean' }).notNull(),
    answeredAt: text('answered_at').notNull(),
  },
  (t) => [index('quiz_answers_learner_idx').on(t.learnerId, t.answeredAt)],
)

/** When a learner sees a question again (spaced repetition state, src/shared/onboarding/schedule.ts). */
export const quizReviews = sqliteTable(
  'quiz_reviews',
  {
    learnerId: text('learner_id')
      .notNull()
      .references(() => learners.id, { onDelete: 'cascade' }),
    questionId: text('question_id').notNull(),
    topic: text('topic').notNull(),
    dueAt: text('due_at').notNull(),
    state: text('state', { mode: 'json' }).$type<Record<string, unknown>>().notNull(),
  },
  (t) => [primaryKey({ columns: [t.learnerId, t.questionId] }), index('quiz_reviews_due_idx').on(t.learnerId, t.dueAt)],
)

/** Practice-call scenarios (src/shared/onboarding/scenario.ts), as the knowledge packs bring them. */
export const practiceScenarios = sqliteTable('practice_scenarios', {
  id: id(),
  key: text('key').notNull().unique(),
  language: text('language').$type<Language>().notNull(),
  data: text('data', { mode: 'json' }).$type<Record<string, unknown>>().notNull(),
  ...timestamps,
})

/**
 * A practice call: the scenario, the trainee's call as handled (the same draft the call screen keeps, here
 * and never in `calls`, so practice never reaches the call history, the promises or the export outbox) and
 * its score once finished.
 */
export const practiceRuns = sqliteTable(
  'practice_runs',
  {
    id: id(),
    learnerId: text('learner_id')
      .notNull()
      .references(() => learners.id, { onDelete: 'cascade' }),
    scenarioKey: text('scenario_key').notNull(),
    draft: text('draft', { mode: 'json' }).$type<Record<string, unknown>>().notNull(),
    /** The guided questions in the order they were answered. */
    questionOrder: text('question_order', { mode: 'json' }).$type<string[]>().notNull().default([]),
    refusal: text('refusal', { mode: 'json' }).$type<Record<string, unknown> | null>(),
    startedAt: text('started_at').notNull(),
    finishedAt: text('finished_at'),
    score: integer('score'),
    result: text('result', { mode: 'json' }).$type<Record<string, unknown> | null>(),
    ...timestamps,
  },
  (t) => [index('practice_runs_learner_idx').on(t.learnerId, t.startedAt)],
)
