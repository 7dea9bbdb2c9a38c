import type Database from 'better-sqlite3'
import { readMigrationFiles, type MigrationMeta } from 'drizzle-orm/migrator'

/** Same bookkeeping table as drizzle's own migrator, so drizzle-kit tooling keeps understanding it. */
const MIGRATIONS_TABLE = '__drizzle_migrations'

export interface SchemaState {
  /** Migrations applied to the database (PRAGMA user_version, kept equal to the count). */
  version: number
  /** `when` of the newest applied migration, 0 for none. */
  newestApplied: number
}

export function loadMigrations(migrationsFolder: string): MigrationMeta[] {
  return readMigrationFiles({ migrationsFolder })
}

export function readSchemaState(sqlite: Database.Database): SchemaState {
  const version = Number(sqlite.pragma('user_version', { simple: true }))
  const hasTable = sqlite.prepare(`SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?`).get(MIGRATIONS_TABLE)
  const newestApplied = hasTable
    ? Number((sqlite.prepare(`SELECT MAX(created_at) AS m FROM ${MIGRATIONS_TABLE}`).get() as { m: number | null }).m ?? 0)
    : 0
  return { version, newestApplied }
}

/** True when the database was migrated by a newer app: it has migrations this app does not know. */
export function isNewerThanApp(state: SchemaState, migrations: MigrationMeta[]): boolean {
  const newestKnown = migrations.reduce((max, m) => Math.max(max, m.folderMillis), 0)
  return state.version > migrations.length || state.newestApplied > newestKnown
}

export class ForeignKeyViolationError extends Error {
  constructor(readonly violations: unknown[]) {
    super(`The migration left ${violations.length} broken reference(s), for example ${JSON.stringify(violations[0])}`)
    this.name = 'ForeignKeyViolationError'
  }
}

/**
 * Applies every pending migration in one transaction. Foreign keys are switched off *before* the
 * transaction begins (SQLite ignores the pragma inside one), because drizzle-kit rebuilds a table by
 * copy-drop-rename and a live ON DELETE CASCADE would empty its children. `PRAGMA foreign_key_check`
 * runs before COMMIT, so a migration that breaks references is rolled back as a whole.
 * Returns the tags of the applied migrations.
 */
export function runMigrations(sqlite: Database.Database, migrations: MigrationMeta[], tags: string[]): string[] {
  sqlite.exec(`CREATE TABLE IF NOT EXISTS ${MIGRATIONS_TABLE} (id INTEGER PRIMARY KEY, hash text NOT NULL, created_at numeric)`)
  const { newestApplied } = readSchemaState(sqlite)
  const pending = migrations.map((m, i) => ({ m, tag: tags[i] ?? String(i) })).filter(({ m }) => m.folderMillis > newestApplied)
  if (pending.length === 0) return []

  const foreignKeysWereOn = Number(sqlite.pragma('foreign_keys', { simple: true })) === 1
  sqlite.pragma('foreign_keys = OFF')
  try {
    sqlite.exec('BEGIN IMMEDIATE')
    try {
      const record = sqlite.prepare(`INSERT INTO ${MIGRATIONS_TABLE} (hash, created_at) VALUES (?, ?)`)
      for (const { m } of pending) {
        for (const statement of m.sql) if (statement.trim()) sqlite.exec(statement)
        record.run(m.hash, m.folderMillis)
      }
      const violations = sqlite.pragma('foreign_key_check') as unknown[]
      if (violations.length > 0) throw new ForeignKeyViolationError(violations)
      sqlite.pragma(`user_version = ${migrations.length}`)
      sqlite.exec('COMMIT')
    } catch (error) {
      // SQLite may already have rolled back (a full disk, say); the original error is the one to report.
      if (sqlite.inTransaction) sqlite.exec('ROLLBACK')
      throw error
    }
  } finally {
    if (foreignKeysWereOn) sqlite.pragma('foreign_keys = ON')
  }
  return pending.map((p) => p.tag)
}

/** Tags from the journal, in order, for messages and for the result of runMigrations. */
export function journalTags(migrationsFolder: string, readJournal: (path: string) => string): string[] {
  const journal = JSON.parse(readJournal(`${migrationsFolder}/meta/_journal.json`)) as { entries: { tag: string }[] }
  return journal.entries.map((e) => e.tag)
}
