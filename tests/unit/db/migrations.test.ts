import { createHash } from 'node:crypto'
import { copyFileSync, cpSync, existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import Database from 'better-sqlite3'
import { describe, expect, it } from 'vitest'
import { listBackups } from '../../../src/main/db/backup'
import { MigrationFailedError, NewerDatabaseError, openDatabase } from '../../../src/main/db/open'
import { migrationsFolder, root, tempDir } from '../support/paths'
import { callDraftSchema } from '../../../src/shared/call/record'

const journal = JSON.parse(readFileSync(join(migrationsFolder, 'meta/_journal.json'), 'utf8')) as { entries: { tag: string; when: number }[] }
const hashesFile = join(root, 'tests/unit/db/migration-hashes.json')
const snapshotFile = join(root, 'tests/unit/db/schema-snapshot.sql')

function schemaOf(sqlite: Database.Database): string {
  const rows = sqlite
    .prepare(`SELECT type, name, sql FROM sqlite_master WHERE sql IS NOT NULL AND name NOT LIKE 'sqlite_%' ORDER BY type, name`)
    .all() as { type: string; name: string; sql: string }[]
  return rows.map((r) => `${r.sql};`).join('\n\n') + '\n'
}

function counts(file: string): Record<string, number> {
  const sqlite = new Database(file, { readonly: true })
  const tables = sqlite.prepare(`SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'`).all() as { name: string }[]
  const result = Object.fromEntries(tables.map(({ name }) => [name, (sqlite.prepare(`SELECT COUNT(*) AS n FROM "${name}"`).get() as { n: number }).n]))
  sqlite.close()
  return result
}

describe('shipped migrations', () => {
  it('have journal timestamps that strictly increase', () => {
    const whens = journal.entries.map((e) => e.when)
    for (let i = 1; i < whens.length; i++) expect(whens[i]!, `${journal.entries[i]!.tag}`).toBeGreaterThan(whens[i - 1]!)
  })

  it('never change once shipped (hash list in migration-hashes.json)', () => {
    const current = Object.fromEntries(
      journal.entries.map((e) => [e.tag, createHash('sha256').update(readFileSync(join(migrationsFolder, `${e.tag}.sql`))).digest('hex')]),
    )
    // A new migration is added to the list with SDC_UPDATE_SNAPSHOT=1; existing entries are never rewritten.
    const listed = existsSync(hashesFile) ? (JSON.parse(readFileSync(hashesFile, 'utf8')) as Record<string, string>) : {}
    if (process.env.SDC_UPDATE_SNAPSHOT === '1') writeFileSync(hashesFile, JSON.stringify({ ...current, ...listed }, null, 2) + '\n')
    const shipped = JSON.parse(readFileSync(hashesFile, 'utf8')) as Record<string, string>
    // Every shipped migration is still there, byte for byte. A new migration is added to the list.
    for (const [tag, hash] of Object.entries(shipped)) expect(current[tag], `${tag}.sql changed or disappeared`).toBe(hash)
    expect(Object.keys(current).filter((tag) => !(tag in shipped)), 'add new migrations to migration-hashes.json').toEqual([])
  })

  it('turn an empty database into the committed schema snapshot', () => {
    const opened = openDatabase({ file: join(tempDir(), 'db.sqlite'), migrationsFolder })
    const schema = schemaOf(opened.sqlite)
    opened.close()
    // After a deliberate schema change: SDC_UPDATE_SNAPSHOT=1 npx vitest run tests/unit/db, then review the diff.
    if (process.env.SDC_UPDATE_SNAPSHOT === '1') writeFileSync(snapshotFile, schema)
    expect(schema).toBe(readFileSync(snapshotFile, 'utf8'))
  })
})

describe('start-up migration', () => {
  it('keeps every row of a filled database from the first release', () => {
    // filled-0000.sql: a database at the first migration, filled with the demo organisation and a call.
    const dir = tempDir()
    const file = join(dir, 'db.sqlite')
    const seed = new Database(file)
    seed.exec(readFileSync(join(root, 'tests/unit/db/filled-0000.sql'), 'utf8'))
    seed.close()
    const before = counts(file)
    expect(before.departments).toBeGreaterThan(0)

    const opened = openDatabase({ file, migrationsFolder })
    opened.close()
    const after = counts(file)
    for (const [table, n] of Object.entries(before)) if (table !== '__drizzle_migrations') expect(after[table], table).toBe(n)
    expect(after.__drizzle_migrations).toBe(journal.entries.length)
  })

  it('carries the first release’s calls into the call record, so they read as before', () => {
    const dir = tempDir()
    const file = join(dir, 'db.sqlite')
    const seed = new Database(file)
    seed.exec(readFileSync(join(root, 'tests/unit/db/filled-0000.sql'), 'utf8'))
    seed.close()
    const opened = openDatabase({ file, migrationsFolder })
    const calls = opened.sqlite.prepare(`SELECT id, draft, ended_at, search_text FROM calls ORDER BY started_at`).all() as { draft: string; ended_at: string | null; search_text: string }[]
    opened.close()
    const [finished, draft] = calls.map((c) => ({ ...c, draft: callDraftSchema.parse(JSON.parse(c.draft)) }))
    expect(finished?.draft.intake.what).toBe('Kan niet inloggen op het boekhoudpakket sinds vanochtend.')
    expect(finished?.draft.caller.personId).toBe('f9312da7-0217-5576-b5b7-dc3515faef5e')
    expect(finished?.ended_at).toBe('2026-11-20T09:19:00.000Z')
    expect(finished?.search_text).toContain('boekhoudpakket')
    expect(draft?.draft.caller).toMatchObject({ personId: null, name: 'Onbekende beller' })
  })

  it('takes a consistent backup of an existing database first, and keeps the last five', () => {
    const dir = tempDir()
    const file = join(dir, 'db.sqlite')
    openDatabase({ file, migrationsFolder }).close()
    for (let i = 0; i < 7; i++) {
      const opened = openDatabase({ file, migrationsFolder })
      expect(opened.backupFile && existsSync(opened.backupFile)).toBe(true)
      opened.close()
    }
    const backups = listBackups(join(dir, 'backups'))
    expect(backups).toHaveLength(5)
    const copy = new Database(join(dir, 'backups', backups[4]!), { readonly: true })
    expect(copy.pragma('integrity_check', { simple: true })).toBe('ok')
    expect(schemaOf(copy)).toBe(readFileSync(snapshotFile, 'utf8'))
    copy.close()
  })

  it('still starts when the start-up backup fails but there is nothing to migrate', () => {
    const dir = tempDir()
    const file = join(dir, 'db.sqlite')
    openDatabase({ file, migrationsFolder }).close()
    writeFileSync(join(dir, 'backups'), 'not a folder') // the backup cannot be written
    const opened = openDatabase({ file, migrationsFolder })
    expect(opened.backupFile).toBeNull()
    expect(opened.appliedMigrations).toEqual([])
    opened.close()
  })

  it('refuses a database written by a newer app and leaves the file byte-identical', () => {
    const dir = tempDir()
    const file = join(dir, 'db.sqlite')
    const opened = openDatabase({ file, migrationsFolder })
    opened.sqlite.prepare(`INSERT INTO __drizzle_migrations (hash, created_at) VALUES ('from-the-future', ?)`).run(Date.now() + 10 ** 10)
    opened.sqlite.pragma(`user_version = ${journal.entries.length + 1}`)
    opened.close()
    const bytes = readFileSync(file)

    expect(() => openDatabase({ file, migrationsFolder })).toThrow(NewerDatabaseError)
    expect(readFileSync(file).equals(bytes)).toBe(true)
    expect(readdirSync(dir)).not.toContain('backups')
  })
})

describe('the migration runner', () => {
  // A fixture migration set shaped like drizzle-kit's output: 0001 rebuilds the parent table by
  // copy-drop-rename, which would cascade-delete every child row if foreign keys were on.
  function fixtureFolder(extra?: string): string {
    const folder = join(tempDir(), 'migrations')
    cpSync(join(root, 'tests/unit/db/rebuild-migrations'), folder, { recursive: true })
    if (extra) writeFileSync(join(folder, '0001_rebuild_parent.sql'), readFileSync(join(folder, '0001_rebuild_parent.sql'), 'utf8') + extra)
    return folder
  }

  function filledAtFirstMigration(folder: string): string {
    const file = join(tempDir(), 'db.sqlite')
    const first = join(tempDir(), 'first')
    cpSync(folder, first, { recursive: true })
    const journalFile = join(first, 'meta/_journal.json')
    const j = JSON.parse(readFileSync(journalFile, 'utf8')) as { entries: unknown[] }
    writeFileSync(journalFile, JSON.stringify({ ...j, entries: j.entries.slice(0, 1) }))
    const opened = openDatabase({ file, migrationsFolder: first })
    opened.sqlite.exec(`INSERT INTO parent (id, name) VALUES ('p1', 'one'), ('p2', 'two');
      INSERT INTO child (id, parent_id) VALUES ('c1', 'p1'), ('c2', 'p1'), ('c3', 'p2');`)
    opened.close()
    return file
  }

  it('switches foreign keys off before a table rebuild, so cascades delete nothing', () => {
    const folder = fixtureFolder()
    const file = filledAtFirstMigration(folder)
    const opened = openDatabase({ file, migrationsFolder: folder })
    expect(opened.sqlite.prepare('SELECT COUNT(*) AS n FROM child').get()).toEqual({ n: 3 })
    expect(opened.sqlite.prepare('SELECT name, note FROM parent ORDER BY id').all()).toEqual([
      { name: 'one', note: '' },
      { name: 'two', note: '' },
    ])
    expect(opened.sqlite.pragma('foreign_keys', { simple: true })).toBe(1)
    opened.close()
  })

  it('rolls back a migration that breaks references, and says so', () => {
    const folder = fixtureFolder(`--> statement-breakpoint\nDELETE FROM parent WHERE id = 'p2';`)
    const file = filledAtFirstMigration(folder)
    const before = counts(file)
    const failure = (() => {
      try {
        openDatabase({ file, migrationsFolder: folder })
      } catch (error) {
        return error
      }
    })()
    expect(failure).toBeInstanceOf(MigrationFailedError)
    expect((failure as MigrationFailedError).message).toMatch(/broken reference/)
    expect((failure as MigrationFailedError).backupFile).toBeTruthy()
    expect(counts(file)).toEqual(before)
  })

  it('never copies a live WAL database file as a backup', () => {
    // The backup is made with VACUUM INTO: rows still only in the -wal file are in the backup too.
    const dir = tempDir()
    const file = join(dir, 'db.sqlite')
    const opened = openDatabase({ file, migrationsFolder })
    opened.sqlite.pragma('wal_autocheckpoint = 0')
    opened.sqlite.prepare(`INSERT INTO applications (id, name, created_at, updated_at) VALUES ('a', 'Outlook', 'x', 'x')`).run()
    const fileCopy = join(dir, 'plain-copy.sqlite')
    copyFileSync(file, fileCopy)
    const applicationNames = (copy: string) => {
      const db = new Database(copy, { readonly: true })
      try {
        return db.prepare('SELECT name FROM applications').all()
      } catch {
        return [] // the table itself may still be only in the -wal file
      } finally {
        db.close()
      }
    }
    expect(applicationNames(fileCopy)).toEqual([])
    const reopened = openDatabase({ file, migrationsFolder })
    expect(applicationNames(reopened.backupFile!)).toEqual([{ name: 'Outlook' }])
    reopened.close()
    opened.close()
  })
})
