import { text } from 'drizzle-orm/sqlite-core'

/** Stable ids are UUIDs; timestamps are ISO 8601 strings in UTC, set by the app. */
export const id = () => text('id').primaryKey().$defaultFn(() => crypto.randomUUID())
export const timestamps = {
  createdAt: text('created_at').notNull().$defaultFn(() => new Date().toISOString()),
  updatedAt: text('updated_at')
    .notNull()
    .$defaultFn(() => new Date().toISOString())
    .$onUpdateFn(() => new Date().toISOString()),
}
