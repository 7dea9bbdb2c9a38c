import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import Database from 'better-sqlite3'
import { drizzle, type BetterSQLite3Database } from 'drizzle-orm/better-sqlite3'
import { backupDatabase } from './backup'
import { isNewerThanApp, journalTags, loadMigrations, readSchemaState, runMigrations } from './migrate'
import * as schema from './schema'

export type Db = BetterSQLite3Database<typeof schema>

export interface OpenDatabaseOptions {
  file: string
  migrationsFolder: string
  /** Where start-up backups go; default: a `backups` folder beside the database. */
  backupsFolder?: string
  keepBackups?: number
}

export interface OpenedDatabase {
  db: Db
  sqlite: Database.Database
  file: string
  /** Backup taken before migrating, or null for a new database. */
  backupFile: string | null
  appliedMigrations: string[]
  close(): void
}

/** The database was written by a newer version of the app. Nothing was written to it. */
export class NewerDatabaseError extends Error {
  constructor(
    readonly file: string,
    readonly databaseVersion: number,
    readonly appVersion: number,
  ) {
    super(`${file} has schema version ${databaseVersion}; this app knows up to version ${appVersion}`)
    this.name = 'NewerDatabaseError'
  }
}

/** A migration failed; the transaction was rolled back, so the file holds what it held before. */
export class MigrationFailedError extends Error {
  constructor(
    readonly file: string,
    readonly backupFile: string | null,
    readonly causeMessage: string,
  ) {
    super(`Migrating ${file} failed: ${causeMessage}`)
    this.name = 'MigrationFailedError'
  }
}

/**
 * Opens (creating if needed) and migrates the database. Order matters: inspect read-only (a database
 * from a newer app is refused untouched), take a consistent backup of an existing database, then open
 * read-write in WAL mode and migrate with foreign keys off, then switch foreign keys on.
 */
export function openDatabase(options: OpenDatabaseOptions): OpenedDatabase {
  const { file, migrationsFolder } = options
  const migrations = loadMigrations(migrationsFolder)
  const tags = journalTags(migrationsFolder, (path) => readFileSync(path, 'utf8'))

  let backupFile: string | null = null
  if (existsSync(file)) {
    const readOnly = new Database(file, { readonly: true, fileMustExist: true })
    try {
      const state = readSchemaState(readOnly)
      if (isNewerThanApp(state, migrations)) throw new NewerDatabaseError(file, state.version, migrations.length)
      const tableCount = (readOnly.prepare(`SELECT COUNT(*) AS n FROM sqlite_master WHERE type = 'table'`).get() as { n: number }).n
      if (tableCount > 0) {
        const pending = migrations.some((m) => m.folderMillis > state.newestApplied)
        try {
          backupFile = backupDatabase(readOnly, options.backupsFolder ?? join(file, '..', 'backups'), options.keepBackups ?? 5)
        } catch (error) {
          // Without a backup no migration runs; with nothing to migrate the console still starts.
          if (pending) throw new MigrationFailedError(file, null, `the backup before migrating failed: ${error instanceof Error ? error.message : String(error)}`)
          console.error('Start-up backup failed; continuing, as there is nothing to migrate', error)
        }
      }
    } finally {
      readOnly.close()
    }
  }

  const sqlite = new Database(file)
  try {
    sqlite.pragma('journal_mode = WAL')
    sqlite.pragma('busy_timeout = 5000')
    sqlite.pragma('synchronous = NORMAL')
    let applied: string[]
    try {
      applied = runMigrations(sqlite, migrations, tags)
    } catch (error) {
      throw new MigrationFailedError(file, backupFile, error instanceof Error ? error.message : String(error))
    }
    sqlite.pragma('foreign_keys = ON')
    const db = drizzle(sqlite, { schema })
    return { db, sqlite, file, backupFile, appliedMigrations: applied, close: () => sqlite.close() }
  } catch (error) {
    sqlite.close()
    throw error
  }
}
