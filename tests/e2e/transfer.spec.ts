import { readFileSync } from 'node:fs'
import type { Page } from '@playwright/test'
import { expect, test } from './support/app'
import { ConsolePage } from './support/console-page'

async function chooseFile(page: Page, name: string, content: string): Promise<void> {
  const [chooser] = await Promise.all([page.waitForEvent('filechooser'), page.getByRole('button', { name: 'CSV-bestand met personen kiezen…' }).click()])
  await chooser.setFiles({ name, mimeType: 'text/csv', buffer: Buffer.from(content, 'utf8') })
}

async function download(page: Page, button: string): Promise<string> {
  const [file] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: button }).click()])
  return readFileSync((await file.path())!, 'utf8')
}

const header = 'name,email,department,role,phones'
const row = (i: number) => `Medewerker ${i},medewerker${i}@example.nl,Belastingen,Taxateur,Mobiel: 06 1000 ${String(i).padStart(4, '0')}`

test('a CSV with bad rows imports nothing and says where; fixed, it imports with progress; export and re-import change nothing', async ({ app }) => {
  const { page } = app
  await new ConsolePage(page).ready()
  await page.getByRole('link', { name: 'Import en export' }).click()
  const result = page.getByTestId('import-result')

  // Two bad rows: line 3 has no valid e-mail, line 5 names a department that does not exist.
  const bad = [header, row(1), 'Piet Klaassen,piet@,Belastingen,Taxateur,', row(2), 'Anna de Wit,a.dewit@example.nl,Parkeren,Handhaver,', row(3)].join('\n')
  await chooseFile(page, 'nieuwe-collegas.csv', bad)
  await expect(result).toContainText('Niets geïmporteerd')
  await expect(result).toContainText('nieuwe-collegas.csv bevat 2 problemen')
  const problems = page.getByTestId('import-problems').getByRole('row')
  const cells = (field: string) => problems.filter({ has: page.getByRole('cell', { name: field, exact: true }) }).getByRole('cell')
  await expect(cells('email').first()).toHaveText('3')
  await expect(cells('department').first()).toHaveText('5')
  await expect(cells('department').last()).toContainText('Parkeren')

  await page.getByRole('link', { name: 'Personen' }).click()
  await expect(page.getByRole('list', { name: 'Personen' })).not.toContainText('Medewerker 1')
  await page.getByRole('link', { name: 'Import en export' }).click()

  // Fixed and larger: the progress of checking the rows is shown while it runs.
  await page.evaluate(() => {
    const seen: string[] = []
    ;(window as unknown as { progressSeen: string[] }).progressSeen = seen
    new MutationObserver(() => {
      const text = document.querySelector('[data-testid="import-progress"]')?.textContent
      if (text && seen.at(-1) !== text) seen.push(text)
    }).observe(document.body, { subtree: true, childList: true, characterData: true })
  })
  const good = [header, ...Array.from({ length: 2500 }, (_, i) => row(i + 1))].join('\n')
  await chooseFile(page, 'nieuwe-collegas.csv', good)
  await expect(result).toContainText('nieuwe-collegas.csv is geïmporteerd')
  await expect(result).toContainText('2500 nieuw, 0 bijgewerkt')
  const seen = await page.evaluate(() => (window as unknown as { progressSeen: string[] }).progressSeen)
  expect(seen.some((text) => /controleren… \(\d+ van 2500\)/.test(text))).toBe(true)

  // Export, import that file again, export again: nothing changed.
  const first = await download(page, 'Personen exporteren')
  expect(first).toContain('Medewerker 2500')
  await chooseFile(page, 'personen.csv', first)
  await expect(result).toContainText('0 nieuw')
  const again = await download(page, 'Personen exporteren')
  expect(again).toBe(first)
})
