// `npm run screenshots`: the department list, one department page, a call in progress, the outbox after an
// export and the learning path, in Dutch and English, from the built browser host on a fresh demo database.
// Writes the PNGs next to this file.
import { spawn } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { chromium } from '@playwright/test'
import { chromiumArgs, chromiumPath, root } from '../../tests/e2e/support/environment.mjs'

const here = dirname(fileURLToPath(import.meta.url))

async function host(language) {
  const dataDir = mkdtempSync(join(tmpdir(), 'sdc-shots-'))
  const child = spawn(process.execPath, [join(root, 'out/main/host.js')], { env: { ...process.env, SDC_DATA_DIR: dataDir, SDC_PORT: '0', SDC_CTI_PORT: '0', SDC_LANGUAGE: language } })
  const url = await new Promise((resolve, reject) => {
    child.stdout.on('data', (d) => {
      const m = /Open: (\S+)/.exec(String(d))
      if (m) resolve(m[1])
    })
    child.once('exit', (code) => reject(new Error(`host exited with ${code}`)))
  })
  return { url, stop: () => (child.kill(), rmSync(dataDir, { recursive: true, force: true })) }
}

/** A request on the host's API, as set-up. */
async function api(openUrl, channel, input) {
  const parsed = new URL(openUrl)
  const response = await fetch(`${parsed.origin}/api/${channel}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${parsed.searchParams.get('token')}` },
    body: JSON.stringify(input),
  })
  const result = await response.json()
  if (!result.ok) throw new Error(`${channel}: ${result.error.message}`)
  return result.value
}

/** A call from Finance about a printer, part-way through the questions: Henk Visser speaks Dutch, Oliver Bennett English. */
async function callInProgress(page, url, language) {
  const text =
    language === 'nl'
      ? { what: 'Ik kan niet printen naar de printer op de tweede verdieping', since: 'vanochtend', printer: 'Printer', where: 'de grote printer bij de lift' }
      : { what: 'I cannot print to the printer on the second floor', since: 'this morning', printer: 'Printer', where: 'the big printer by the lift' }
  const call = await api(url, 'calls:start', { number: language === 'nl' ? '+31600000106' : '+31600000107' })
  // In the same page (a reload would rightly offer the call as one left from before).
  await page.evaluate((hash) => (globalThis.location.hash = hash), `#/calls/${call.id}`)
  await page.getByTestId('department-card').waitFor()
  await page.getByRole('textbox', { name: language === 'nl' ? 'Wat er gebeurt' : 'What happened' }).fill(text.what)
  await page.getByRole('textbox', { name: language === 'nl' ? 'Sinds wanneer' : 'Since when' }).fill(text.since)
  await page.getByRole('radiogroup', { name: language === 'nl' ? 'Soort probleem' : 'Kind of problem' }).getByText(text.printer, { exact: true }).click()
  await page.getByTestId('flow-question-current').getByRole('textbox').fill(text.where)
  await page.keyboard.press('Alt+Enter')
  await page.getByTestId('flow-question-current').locator('[data-answer="yes"]').waitFor()
  await page.waitForTimeout(600) // the article suggestions and the autosave settle
  await page.evaluate(() => globalThis.scrollTo(0, 0))
}

/** Two finished calls saved as files by a folder target: the outbox shows them sent. */
async function outboxAfterExport(page, url, language) {
  const folder = mkdtempSync(join(tmpdir(), 'sdc-shots-export-'))
  await api(url, 'export:targets:save', { kind: 'file', name: language === 'nl' ? 'Map met notities' : 'Notes folder', config: { folder, format: 'md' } })
  for (const [number, what] of [
    ['+31600000106', language === 'nl' ? 'Finix boekt een factuur dubbel' : 'Finix books an invoice twice'],
    ['+31600000107', language === 'nl' ? 'Printer op de tweede verdieping drukt niet af' : 'Printer on the second floor does not print'],
  ]) {
    const call = await api(url, 'calls:start', { number })
    await api(url, 'calls:finish', {
      id: call.id,
      draft: { ...call.draft, intake: { ...call.draft.intake, what }, outcome: { ...call.draft.outcome, kind: 'resolved', notes: what } },
    })
  }
  await page.evaluate(() => (globalThis.location.hash = '#/outbox'))
  await page.getByTestId('outbox-count-sent').getByText('2').waitFor()
  await page.evaluate(() => globalThis.scrollTo(0, 0))
  return folder
}

const browser = await chromium.launch({ executablePath: chromiumPath(), args: chromiumArgs })
try {
  for (const [language, department] of [
    ['nl', 'Financiën'],
    ['en', 'Finance'],
  ]) {
    const { url, stop } = await host(language)
    try {
      const page = await browser.newPage({ viewport: { width: 1366, height: 900 }, locale: language === 'nl' ? 'nl-NL' : 'en-GB' })
      await page.goto(url)
      await page.locator('[data-app-state="ready"]').waitFor()
      await page.getByRole('list').first().waitFor()
      await page.screenshot({ path: join(here, `departments-${language}.png`) })
      await page.getByRole('link', { name: new RegExp(department) }).first().click()
      await page.getByRole('heading', { level: 2, name: department }).waitFor()
      await page.screenshot({ path: join(here, `department-${language}.png`), fullPage: true })
      await callInProgress(page, url, language)
      await page.screenshot({ path: join(here, `call-${language}.png`) })
      const folder = await outboxAfterExport(page, url, language)
      await page.screenshot({ path: join(here, `outbox-${language}.png`) })
      rmSync(folder, { recursive: true, force: true })
      await page.evaluate(() => (globalThis.location.hash = '#/learn'))
      await page.getByTestId('learning-path').waitFor()
      await page.waitForTimeout(300)
      await page.screenshot({ path: join(here, `learn-${language}.png`) })
      await page.close()
    } finally {
      stop()
    }
  }
} finally {
  await browser.close()
}
console.log(`Screenshots written to ${here}`)
