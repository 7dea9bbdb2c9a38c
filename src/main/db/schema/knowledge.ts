import { index, integer, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core'
import type { BusyPeriod } from '../../../shared/knowledge/busy-period'
import type { Criticality, Language } from '../../../shared/knowledge/entities'
import { id, timestamps } from './columns'

export const departments = sqliteTable('departments', {
  id: id(),
  name: text('name').notNull().unique(),
  mission: text('mission').notNull().default(''),
  whatMatters: text('what_matters').notNull().default(''),
  busyPeriods: text('busy_periods', { mode: 'json' }).$type<BusyPeriod[]>().notNull().default([]),
  /** Internal: needs of the department as the servicedesk should know them. Never exported unless shareable. */
  sensitivities: text('sensitivities').notNull().default(''),
  sensitivitiesShareable: integer('sensitivities_shareable', { mode: 'boolean' }).notNull().default(false),
  preferredContact: text('preferred_contact').notNull().default(''),
  ...timestamps,
})

export const applications = sqliteTable('applications', {
  id: id(),
  name: text('name').notNull().unique(),
  description: text('description').notNull().default(''),
  owner: text('owner').notNull().default(''),
  resolverGroup: text('resolver_group').notNull().default(''),
  /** How to reach the resolver group: queue, phone, Teams channel. */
  resolverContact: text('resolver_contact').notNull().default(''),
  supportHours: text('support_hours').notNull().default(''),
  knownIssues: text('known_issues').notNull().default(''),
  ...timestamps,
})

/** The organisation's own names and abbreviations ("KCC", "de BRP"). */
export const glossaryTerms = sqliteTable('glossary_terms', {
  id: id(),
  term: text('term').notNull().unique(),
  aliases: text('aliases', { mode: 'json' }).$type<string[]>().notNull().default([]),
  meaning: text('meaning').notNull().default(''),
  ...timestamps,
})

export const people = sqliteTable(
  'people',
  {
    id: id(),
    name: text('name').notNull(),
    email: text('email').notNull().default(''),
    departmentId: text('department_id').references(() => departments.id, { onDelete: 'set null' }),
    role: text('role').notNull().default(''),
    vip: integer('vip', { mode: 'boolean' }).notNull().default(false),
    keyContact: integer('key_contact', { mode: 'boolean' }).notNull().default(false),
    preferredLanguage: text('preferred_language').$type<Language>().notNull().default('nl'),
    /** Internal: what helps when working with this person. Never exported unless shareable. */
    notes: text('notes').notNull().default(''),
    notesShareable: integer('notes_shareable', { mode: 'boolean' }).notNull().default(false),
    ...timestamps,
  },
  (t) => [index('people_department_idx').on(t.departmentId)],
)

export const personPhones = sqliteTable(
  'person_phones',
  {
    id: id(),
    personId: text('person_id')
      .notNull()
      .references(() => people.id, { onDelete: 'cascade' }),
    /** Order in which the numbers are shown; the first is the one to call. */
    position: integer('position').notNull().default(0),
    label: text('label').notNull().default(''),
    number: text('number').notNull(),
    ...timestamps,
  },
  (t) => [index('person_phones_person_idx').on(t.personId)],
)

export const departmentApplications = sqliteTable(
  'department_applications',
  {
    id: id(),
    departmentId: text('department_id')
      .notNull()
      .references(() => departments.id, { onDelete: 'cascade' }),
    applicationId: text('application_id')
      .notNull()
      .references(() => applications.id, { onDelete: 'cascade' }),
    criticality: text('criticality').$type<Criticality>().notNull(),
    reason: text('reason').notNull().default(''),
    ...timestamps,
  },
  (t) => [uniqueIndex('department_applications_pair_unique').on(t.departmentId, t.applicationId)],
)

/** A department's own words for things ("het boekhoudpakket"), linked to what they name where known. */
export const departmentTerms = sqliteTable(
  'department_terms',
  {
    id: id(),
    departmentId: text('department_id')
      .notNull()
      .references(() => departments.id, { onDelete: 'cascade' }),
    term: text('term').notNull(),
    meaning: text('meaning').notNull().default(''),
    applicationId: text('application_id').references(() => applications.id, { onDelete: 'set null' }),
    glossaryTermId: text('glossary_term_id').references(() => glossaryTerms.id, { onDelete: 'set null' }),
    ...timestamps,
  },
  (t) => [index('department_terms_department_idx').on(t.departmentId)],
)

export const rules = sqliteTable('rules', {
  id: id(),
  statement: text('statement').notNull(),
  reason: text('reason').notNull().default(''),
  ownerRole: text('owner_role').notNull().default(''),
  exceptionPath: text('exception_path').notNull().default(''),
  alternatives: text('alternatives', { mode: 'json' }).$type<string[]>().notNull().default([]),
  ...timestamps,
})

export const articles = sqliteTable('articles', {
  id: id(),
  title: text('title').notNull(),
  body: text('body').notNull().default(''),
  audience: text('audience').$type<'agent' | 'end-user'>().notNull().default('agent'),
  tags: text('tags', { mode: 'json' }).$type<string[]>().notNull().default([]),
  links: text('links', { mode: 'json' }).$type<string[]>().notNull().default([]),
  ...timestamps,
})

export const articleApplications = sqliteTable(
  'article_applications',
  {
    id: id(),
    articleId: text('article_id')
      .notNull()
      .references(() => articles.id, { onDelete: 'cascade' }),
    applicationId: text('application_id')
      .notNull()
      .references(() => applications.id, { onDelete: 'cascade' }),
    ...timestamps,
  },
  (t) => [uniqueIndex('article_applications_pair_unique').on(t.articleId, t.applicationId)],
)

export const articleDepartments = sqliteTable(
  'article_departments',
  {
    id: id(),
    articleId: text('article_id')
      .notNull()
      .references(() => articles.id, { onDelete: 'cascade' }),
    departmentId: text('department_id')
      .notNull()
      .references(() => departments.id, { onDelete: 'cascade' }),
    ...timestamps,
  },
  (t) => [uniqueIndex('article_departments_pair_unique').on(t.articleId, t.departmentId)],
)

/** The agent's own notes on anything in the knowledge base; a team pack never touches them. */
export const privateNotes = sqliteTable(
  'private_notes',
  {
    id: id(),
    targetType: text('target_type').$type<'department' | 'person' | 'application' | 'rule' | 'article' | 'glossary'>().notNull(),
    targetId: text('target_id').notNull(),
    body: text('body').notNull().default(''),
    ...timestamps,
  },
  (t) => [uniqueIndex('private_notes_target_unique').on(t.targetType, t.targetId)],
)
