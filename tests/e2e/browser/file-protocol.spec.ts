import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import { chromium } from '@playwright/test'
import { createDispatch } from '../../../src/main/contract/dispatch'
import { startRuntime } from '../../../src/main/runtime'
import { expect, test } from '../support/app'
import { chromiumArgs, chromiumPath, root } from '../support/environment.mjs'

// Electron loads the built index.html from file://. Here Chromium does the same, with a test bridge in
// place of the preload: window.api forwards to the real handlers on a real database in this process.
test('the built renderer works from file:// with hash routing and relative assets', async () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'sdc-file-'))
  const runtime = startRuntime({
    dataDir,
    migrationsFolder: join(root, 'src/main/db/migrations'),
    packsFolder: join(root, 'resources/packs'),
    preferredLanguage: 'nl',
    version: 'test',
  })
  const dispatch = createDispatch(runtime.handlers)
  // Module scripts from file:// need this flag in plain Chromium; Electron allows them for its app.
  const browser = await chromium.launch({ executablePath: chromiumPath(), args: [...chromiumArgs, '--allow-file-access-from-files'] })
  try {
    const page = await browser.newPage()
    await page.exposeFunction('__sdcInvoke', (channel: string, input: unknown) => dispatch(channel, input))
    await page.addInitScript((channels: string[]) => {
      const api: Record<string, unknown> = { on: () => () => {} }
      for (const c of channels) api[c] = (input: unknown) => (window as unknown as { __sdcInvoke: (c: string, i: unknown) => Promise<unknown> }).__sdcInvoke(c, input)
      ;(window as unknown as { api: unknown }).api = api
    }, Object.keys(runtime.handlers))
    const index = pathToFileURL(join(root, 'out/renderer/index.html')).href
    await page.goto(`${index}#/departments`)
    await expect(page.locator('[data-app-state="ready"]')).toBeVisible()
    await page.getByRole('link', { name: /Burgerzaken/ }).click()
    await expect(page).toHaveURL(/index\.html#\/departments\/[0-9a-f-]{36}$/)
    await expect(page.getByTestId('department-applications')).toContainText('Persona Burgerzaken')
  } finally {
    await browser.close()
    runtime.close()
    rmSync(dataDir, { recursive: true, force: true })
  }
})
