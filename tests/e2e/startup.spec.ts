import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import Database from 'better-sqlite3'
import { expect, test } from './support/app'
import { freshDataDir } from './support/app'

test('a database from a newer version is refused with a start-up screen and left untouched', async ({ launch }) => {
  // A first start creates the database; then a "newer app" migrates it further.
  const dataDir = freshDataDir()
  const first = await launch({ dataDir })
  await first.page.locator('[data-app-state="ready"]').waitFor()
  await first.close()
  const file = join(dataDir, 'servicedesk.sqlite')
  const db = new Database(file)
  db.prepare(`INSERT INTO __drizzle_migrations (hash, created_at) VALUES ('newer', ?)`).run(Date.now() + 10 ** 10)
  db.pragma('user_version = 99')
  db.pragma('wal_checkpoint(TRUNCATE)')
  db.close()
  const bytes = readFileSync(file)

  const app = await launch({ dataDir })
  await expect(app.page.locator('[data-app-state="refused"]')).toBeVisible()
  await expect(app.page.getByRole('heading', { name: 'Deze database is van een nieuwere versie' })).toBeVisible()
  await expect(app.page.getByRole('alert')).toContainText('schemaversie 99')
  await expect(app.page.getByRole('alert')).toContainText('Er is niets aan het bestand veranderd')
  await app.close()
  expect(readFileSync(file).equals(bytes)).toBe(true)
})
