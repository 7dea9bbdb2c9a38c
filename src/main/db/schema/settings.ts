import { integer, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core'
import type { Language } from '../../../shared/knowledge/entities'
import type { PriorityMatrix } from '../../../shared/call/priority'
import { id, timestamps } from './columns'

/** Organisation settings: a single row (id 'organisation'). */
export const settings = sqliteTable('settings', {
  id: text('id').primaryKey(),
  organisationName: text('organisation_name').notNull(),
  uiLanguage: text('ui_language').$type<Language>().notNull(),
  contentLanguage: text('content_language').$type<Language>().notNull(),
  formOfAddress: text('form_of_address').$type<'formal' | 'informal'>().notNull(),
  timeZone: text('time_zone').notNull(),
  workingDays: text('working_days', { mode: 'json' }).$type<number[]>().notNull(),
  workStart: text('work_start').notNull(),
  workEnd: text('work_end').notNull(),
  /** Country whose numbers may be typed without +code (ISO 3166 alpha-2). */
  defaultCountry: text('default_country').notNull().default('NL'),
  /** How many working days ahead "right now" looks for busy periods. */
  lookaheadWorkingDays: integer('lookahead_working_days').notNull().default(5),
  /** Hide internal fields on screen while the agent shares their screen. */
  screenSharing: integer('screen_sharing', { mode: 'boolean' }).notNull().default(false),
  /** Impact × urgency → priority; null = the built-in default matrix. */
  priorityMatrix: text('priority_matrix', { mode: 'json' }).$type<PriorityMatrix>(),
  /** Loopback port of the screen-pop endpoint for the phone system. */
  ctiPort: integer('cti_port').notNull().default(7318),
  /** How long before a promise falls due the console reminds the agent. */
  promiseReminderMinutes: integer('promise_reminder_minutes').notNull().default(30),
  /** Which knowledge pack filled this database, and its version. */
  packId: text('pack_id'),
  packVersion: integer('pack_version'),
  ...timestamps,
})

export const holidays = sqliteTable(
  'holidays',
  {
    id: id(),
    date: text('date').notNull(),
    name: text('name').notNull(),
    ...timestamps,
  },
  (t) => [uniqueIndex('holidays_date_unique').on(t.date)],
)

export const priorityTargets = sqliteTable('priority_targets', {
  id: id(),
  priority: text('priority').$type<'P1' | 'P2' | 'P3' | 'P4'>().notNull().unique(),
  responseMinutes: integer('response_minutes').notNull(),
  resolutionMinutes: integer('resolution_minutes').notNull(),
  ...timestamps,
})

/** The agent using this console: the name used in greetings and notes. */
export const agentProfile = sqliteTable('agent_profile', {
  id: id(),
  name: text('name').notNull(),
  shortName: text('short_name').notNull(),
  ...timestamps,
})
