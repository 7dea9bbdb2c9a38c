import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { afterEach } from 'vitest'

export const root = resolve(import.meta.dirname, '../../..')
export const migrationsFolder = join(root, 'src/main/db/migrations')
export const packsFolder = join(root, 'resources/packs')

const made: string[] = []
afterEach(() => {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true })
})

/** A temporary folder removed after the test. */
export function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'sdc-unit-'))
  made.push(dir)
  return dir
}
