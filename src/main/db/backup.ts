import { existsSync, mkdirSync, readdirSync, rmSync } from 'node:fs'
import { join } from 'node:path'
import type Database from 'better-sqlite3'

const PREFIX = 'servicedesk-'

/**
 * A consistent copy of a live (WAL) database through `VACUUM INTO`, never a file copy.
 * Keeps the newest `keep` backups in the folder and removes older ones.
 */
export function backupDatabase(sqlite: Database.Database, folder: string, keep = 5, now = new Date()): string {
  mkdirSync(folder, { recursive: true })
  // 20261127-081500123: sorts by time, milliseconds included so two start-ups never collide.
  const stamp = now.toISOString().replace(/[-:.Z]/g, '').replace('T', '-')
  // Two starts in one millisecond get _2, _3…, which still sort after the first ('_' > '.').
  let target = join(folder, `${PREFIX}${stamp}.sqlite`)
  for (let n = 2; existsSync(target); n++) target = join(folder, `${PREFIX}${stamp}_${n}.sqlite`)
  sqlite.prepare('VACUUM INTO ?').run(target)
  for (const old of listBackups(folder).slice(0, -keep)) rmSync(join(folder, old), { force: true })
  return target
}

/** Backup file names, oldest first (the names sort by time). */
export function listBackups(folder: string): string[] {
  try {
    return readdirSync(folder)
      .filter((name) => name.startsWith(PREFIX) && name.endsWith('.sqlite'))
      .sort()
  } catch {
    return []
  }
}
