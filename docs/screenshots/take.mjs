// `npm run screenshots`: the department list and one department page, in Dutch and English, from the
// built browser host on a fresh demo database. Writes the PNGs next to this file.
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
  const child = spawn(process.execPath, [join(root, 'out/main/host.js')], { env: { ...process.env, SDC_DATA_DIR: dataDir, SDC_PORT: '0', SDC_LANGUAGE: language } })
  const url = await new Promise((resolve, reject) => {
    child.stdout.on('data', (d) => {
      const m = /Open: (\S+)/.exec(String(d))
      if (m) resolve(m[1])
    })
    child.once('exit', (code) => reject(new Error(`host exited with ${code}`)))
  })
  return { url, stop: () => (child.kill(), rmSync(dataDir, { recursive: true, force: true })) }
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
      await page.close()
    } finally {
      stop()
    }
  }
} finally {
  await browser.close()
}
console.log(`Screenshots written to ${here}`)
