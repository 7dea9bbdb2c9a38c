import { index, integer, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core'
import { calls } from './calls'
import { id, timestamps } from './columns'

/**
 * Where finished calls go: the organisation's ticket system(s), an e-mail intake address, a folder.
 * `config` holds what is not secret (URL, queue, mapping); credentials never live in the database.
 */
export const exportTargets = sqliteTable('export_targets', {
  id: id(),
  /** rt, topdesk, jira, zendesk, webhook, email, file */
  kind: text('kind').notNull(),
  name: text('name').notNull().unique(),
  enabled: integer('enabled', { mode: 'boolean' }).notNull().default(true),
  config: text('config', { mode: 'json' }).$type<Record<string, unknown>>().notNull().default({}),
  ...timestamps,
})

/**
 * One finished call on its way to one target. Created in the transaction that finishes the call; a
 * worker claims an entry by taking its lease (owner + until), so two workers on one database never send
 * the same entry at once; a lease that runs out (a crashed worker) makes the entry claimable again.
 */
export const outbox = sqliteTable(
  'outbox',
  {
    id: id(),
    callId: text('call_id')
      .notNull()
      .references(() => calls.id, { onDelete: 'cascade' }),
    targetId: text('target_id')
      .notNull()
      .references(() => exportTargets.id, { onDelete: 'cascade' }),
    status: text('status').$type<'queued' | 'sending' | 'sent' | 'failed'>().notNull().default('queued'),
    attempts: integer('attempts').notNull().default(0),
    nextAttemptAt: text('next_attempt_at').notNull(),
    leaseOwner: text('lease_owner'),
    leaseUntil: text('lease_until'),
    lastError: text('last_error').notNull().default(''),
    /** The ticket number or id the target gave, and a link to it. */
    remoteId: text('remote_id'),
    remoteUrl: text('remote_url'),
    sentAt: text('sent_at'),
    ...timestamps,
  },
  (t) => [uniqueIndex('outbox_call_target_unique').on(t.callId, t.targetId), index('outbox_due_idx').on(t.status, t.nextAttemptAt)],
)
