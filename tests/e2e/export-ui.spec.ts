import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { createServer, type IncomingMessage, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Locator, Page } from '@playwright/test'
import { api } from './support/api'
import { expect, test, type LaunchedApp } from './support/app'
import { ConsolePage } from './support/console-page'

// Henk Visser works at Financiën (demo organisation).
const HENK = '+31600000106'

/**
 * Set SDC_SHOTS to a folder to keep screenshots of the export screens in both languages (for review, not
 * for asserting): the part shown, then the language switched, the same part again, and switched back.
 */
async function shots(page: Page, name: string, part: Locator): Promise<void> {
  const folder = process.env.SDC_SHOTS
  if (!folder) return
  const shell = new ConsolePage(page)
  const language = await page.evaluate(() => document.documentElement.lang)
  const other = language === 'nl' ? 'en' : 'nl'
  await part.screenshot({ path: join(folder, `${name}-${language}.png`) })
  await shell.switchLanguage(other === 'nl' ? 'NL' : 'EN')
  await expect(page.locator('html')).toHaveAttribute('lang', other)
  await part.screenshot({ path: join(folder, `${name}-${other}.png`) })
  await shell.switchLanguage(language === 'nl' ? 'NL' : 'EN')
  await expect(page.locator('html')).toHaveAttribute('lang', language)
}

/** A finished call, as the call screen would finish it; the export UI is what is under test. */
async function finishCall(app: LaunchedApp, what: string): Promise<string> {
  const started = await api(app, 'calls:start', { number: HENK })
  await api(app, 'calls:finish', {
    id: started.id,
    draft: { ...started.draft, intake: { ...started.draft.intake, what }, outcome: { ...started.draft.outcome, kind: 'resolved', notes: 'Wachtwoord opnieuw ingesteld.' } },
  })
  return started.id
}

const openCall = (page: Page, id: string) => page.evaluate((callId) => (window.location.hash = `#/calls/${callId}`), id)

interface Receiver {
  url: string
  /** What the receiver answers next: a status and a body per request. */
  answer: (request: IncomingMessage, body: string) => { status: number; body: unknown; headers?: Record<string, string> }
  received: { callId: string | undefined; body: string }[]
  close(): Promise<void>
}

/** A ticket system's JSON webhook on loopback whose answers the test decides. */
async function receiver(): Promise<Receiver> {
  const state: Receiver = {
    url: '',
    answer: () => ({ status: 500, body: { error: 'database down' } }),
    received: [],
    close: () => new Promise((resolve) => server.close(() => resolve())),
  }
  const server: Server = createServer((request, response) => {
    let body = ''
    request.on('data', (chunk: Buffer) => (body += chunk.toString()))
    request.on('end', () => {
      if (request.method === 'POST') state.received.push({ callId: request.headers['x-servicedesk-console-call-id'] as string | undefined, body })
      const { status, body: answer, headers = {} } = request.method === 'POST' ? state.answer(request, body) : { status: 200, body: {} }
      response.writeHead(status, { 'content-type': 'application/json', ...headers })
      response.end(JSON.stringify(answer))
    })
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  state.url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
  return state
}

test('an administrator adds a file target in settings, tests it, and a finished call shows where its note was saved', async ({ launch }) => {
  const folder = mkdtempSync(join(tmpdir(), 'sdc-export-'))
  try {
    const app = await launch({ language: 'en' })
    const page = app.page
    await new ConsolePage(page).ready()
    await page.getByRole('navigation').getByRole('link', { name: 'Settings' }).click()
    const targets = page.getByTestId('export-targets')
    await expect(targets.getByTestId('export-targets-empty')).toHaveText('No export targets yet.')
    await targets.getByRole('button', { name: 'Add export target' }).click()
    const form = page.getByTestId('target-form')

    // Saving with nothing filled in names each missing field, and the focus lands on the first.
    await form.getByRole('button', { name: 'Save target' }).click()
    await expect(form.getByRole('textbox', { name: 'Name' })).toBeFocused()
    await expect(form.getByText('Required')).toHaveCount(3)

    await form.getByRole('textbox', { name: 'Name' }).fill('Archive')
    const missing = join(folder, 'does-not-exist')
    await form.getByRole('textbox', { name: 'Folder' }).fill(missing)
    await form.getByRole('combobox', { name: 'File format' }).click()
    await page.getByRole('option', { name: 'json' }).click()

    // A folder that is not there: the test says so in plain words, with the path.
    await form.getByRole('button', { name: 'Test connection' }).click()
    const outcome = form.getByTestId('target-test')
    await expect(outcome).toHaveAttribute('data-ok', 'false')
    await expect(outcome).toContainText('The connection does not work.')
    await expect(outcome).toContainText('The export target is not set up correctly.')
    await expect(outcome).toContainText(`The folder ${missing} does not exist.`)
    // What was typed is still there.
    await expect(form.getByRole('textbox', { name: 'Name' })).toHaveValue('Archive')

    await form.getByRole('textbox', { name: 'Folder' }).fill(folder)
    await form.getByRole('button', { name: 'Test connection' }).click()
    await expect(outcome).toHaveAttribute('data-ok', 'true')
    await expect(outcome).toContainText('The connection works.')
    await expect(outcome).toContainText(`${folder} is writable`)
    await shots(page, 'target-form', targets)
    await form.getByRole('button', { name: 'Save target' }).click()
    await expect(targets.getByTestId('target-saved')).toHaveText('Export target “Archive” saved.')
    const row = targets.getByRole('row', { name: 'Archive' })
    await expect(row).toContainText('Save as file')
    await expect(row.getByRole('switch', { name: 'Archive switched on' })).toBeChecked()
    const [stored] = (await api(app, 'export:targets', {})).targets
    expect(stored).toMatchObject({ kind: 'file', name: 'Archive', enabled: true, config: { folder, format: 'json' } })

    // A finished call goes to the folder; the call shows it sent, with the file's name.
    const callId = await finishCall(app, 'Kan niet inloggen op Finix')
    await openCall(page, callId)
    const entry = page.getByTestId('call-export').getByTestId('call-export-entry').filter({ hasText: 'Archive' })
    await expect(entry).toHaveAttribute('data-status', 'sent')
    await expect(entry.getByTestId('export-status')).toHaveText('Sent')
    const fileName = (await entry.getByTestId('export-ticket').textContent())!
    expect(fileName).toMatch(/^\d{4}-\d{2}-\d{2}-[\w-]+\.json$/)
    await expect(entry).toContainText(`Saved as ${fileName}`)
    expect(existsSync(join(folder, fileName))).toBe(true)
    expect(JSON.parse(readFileSync(join(folder, fileName), 'utf8'))).toMatchObject({ callId })
    await shots(page, 'call-export-file', page.getByTestId('call-export'))

    // "Copy note" puts the plain-text note on the clipboard.
    await page.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(page.url()).origin })
    await page.getByRole('button', { name: 'Copy note' }).click()
    await expect(page.getByText('The note is on the clipboard.')).toBeVisible()
    const copied = await page.evaluate(() => navigator.clipboard.readText())
    expect(copied).toContain('Kan niet inloggen op Finix')
    expect(copied).toContain('Henk Visser')

    // "Save as…" hands over the note in the chosen format as a download.
    const download = page.waitForEvent('download')
    await page.getByRole('button', { name: 'Save as…' }).click()
    await page.getByRole('menuitem', { name: 'Markdown (.md)' }).click()
    expect((await download).suggestedFilename()).toMatch(/\.md$/)

    // The outbox counts it as sent, with a way back to the call.
    await page.getByRole('navigation').getByRole('link', { name: 'Outbox' }).click()
    await expect(page.getByTestId('outbox-count-sent')).toHaveText('1')
    await expect(page.getByTestId('outbox-count-failed')).toHaveText('0')
    const listed = page.getByTestId('outbox-list').getByTestId('outbox-entry')
    await expect(listed).toHaveCount(1)
    // Named by its caller and when it was finished ("Henk Visser · Fri 27 Nov, 14:05").
    await expect(listed.getByRole('link', { name: /^Henk Visser · \S.*\d{2}:\d{2}$/ })).toHaveAttribute('href', `#/calls/${callId}`)
    await expect(listed.getByTestId('export-ticket')).toHaveText(fileName)
  } finally {
    rmSync(folder, { recursive: true, force: true })
  }
})

test('een webhook die 500 antwoordt: het gesprek wacht met de reden, en na het herstel verstuurt Opnieuw proberen het met het ticketnummer', async ({ launch }) => {
  const server = await receiver()
  try {
    // The ticket system asks for half an hour (Retry-After): the call waits until the agent asks for another attempt.
    server.answer = () => ({ status: 500, body: { error: 'database down' }, headers: { 'retry-after': '1800' } })
    const app = await launch({ env: { SDC_EXPORT_POLL_MS: '200' } })
    const page = app.page
    await new ConsolePage(page).ready()
    await api(app, 'export:targets:save', { kind: 'webhook', name: 'Tickets', config: { url: `${server.url}/tickets` } })

    const callId = await finishCall(app, 'Printer op de tweede verdieping drukt niets af')
    await openCall(page, callId)
    const entry = page.getByTestId('call-export-entry').filter({ hasText: 'Tickets' })
    await expect(entry).toHaveAttribute('data-status', 'queued')
    await expect(entry.getByTestId('export-status')).toHaveText('Wacht')
    await expect(entry.getByTestId('export-next-attempt')).toHaveText(/^Volgende poging over (29|30) minuten$/)
    await expect(entry).toContainText('1 poging')
    const problem = entry.getByTestId('export-problem')
    await expect(problem).toContainText('Het ticketsysteem heeft op dit moment zelf een storing.')
    await expect(problem).toContainText('HTTP 500')
    await expect(problem).toContainText('database down')
    expect(server.received.map((r) => r.callId)).toEqual([callId])
    await shots(page, 'call-export-waiting', page.getByTestId('call-export'))

    // The ticket system is fixed; the agent retries: sent, with the ticket number as a link to the ticket.
    server.answer = () => ({ status: 201, body: { id: 'T-1001', url: `${server.url}/tickets/T-1001` } })
    await entry.getByRole('button', { name: 'Opnieuw versturen naar Tickets' }).click()
    await expect(entry).toHaveAttribute('data-status', 'sent')
    await expect(entry).toContainText('Verstuurd als ticket T-1001')
    await expect(entry.getByRole('link', { name: 'T-1001' })).toHaveAttribute('href', `${server.url}/tickets/T-1001`)
    await expect(entry.getByTestId('export-problem')).toHaveCount(0)
    await expect(entry.getByRole('button', { name: /Opnieuw/ })).toHaveCount(0)
    expect(server.received.map((r) => r.callId)).toEqual([callId, callId])
    await shots(page, 'call-export-sent', page.getByTestId('call-export'))

    await page.getByRole('navigation').getByRole('link', { name: 'Postvak uit' }).click()
    await expect(page.getByTestId('outbox-count-sent')).toHaveText('1')
    await expect(page.getByTestId('outbox-count-queued')).toHaveText('0')
    await expect(page.getByTestId('outbox-entry').getByRole('link', { name: 'T-1001' })).toBeVisible()
  } finally {
    await server.close()
  }
})

test('batch export sends earlier calls through the outbox, with progress to the end; a refused note is listed as failed', async ({ launch }) => {
  const server = await receiver()
  try {
    const app = await launch({ language: 'en', env: { SDC_EXPORT_POLL_MS: '200' } })
    const page = app.page
    await new ConsolePage(page).ready()
    // Three calls finished before there was any target: none of them is in the outbox yet.
    const calls = [await finishCall(app, 'VPN valt steeds weg'), await finishCall(app, 'Nieuwe muis nodig'), await finishCall(app, 'Outlook start niet')]
    const refused = calls[1]!
    let ticket = 2000
    server.answer = (request) =>
      request.headers['x-servicedesk-console-call-id'] === refused ? { status: 422, body: { error: 'requester unknown' } } : { status: 201, body: { id: `T-${++ticket}` } }
    await api(app, 'export:targets:save', { kind: 'webhook', name: 'Tickets', config: { url: `${server.url}/tickets` } })

    await page.getByRole('navigation').getByRole('link', { name: 'Outbox' }).click()
    await expect(page.getByTestId('outbox-empty')).toHaveText('Nothing here.')
    const batch = page.getByTestId('batch-export')
    await batch.getByRole('combobox', { name: 'Target' }).click()
    await page.getByRole('option', { name: 'Tickets (JSON webhook)' }).click()
    await batch.getByRole('button', { name: 'Start batch export' }).click()
    const progress = batch.getByTestId('batch-progress')
    await expect(progress).toContainText('3 calls added to the outbox; 0 already there.')
    await expect(progress).toHaveAttribute('data-done', 'true')
    await expect(progress.getByTestId('batch-counts')).toHaveText('3 of 3 done — Sent: 2 · Failed: 1 · Waiting: 0')
    await expect(progress.getByRole('status')).toHaveText('Batch export finished.')
    await expect(page.getByTestId('outbox-count-sent')).toHaveText('2')
    await expect(page.getByTestId('outbox-count-failed')).toHaveText('1')
    expect(server.received.map((r) => r.callId).sort()).toEqual([...calls].sort())
    await shots(page, 'outbox', page.locator('#main'))

    // Only the failed one, with the reason and a retry.
    await page.getByRole('radiogroup', { name: 'Show' }).getByText('Failed', { exact: true }).click()
    const failed = page.getByTestId('outbox-entry')
    await expect(failed).toHaveCount(1)
    await expect(failed).toHaveAttribute('data-call-id', refused)
    await expect(failed.getByTestId('export-problem')).toContainText('The ticket system refused this note.')
    await expect(failed.getByTestId('export-problem')).toContainText('requester unknown')
    await expect(failed.getByRole('button', { name: 'Retry sending to Tickets' })).toBeVisible()

    // A second batch over the same calls leaves the two sent ones alone and tries the refused one again.
    await batch.getByRole('button', { name: 'Start batch export' }).click()
    await expect(progress).toContainText('1 call added to the outbox; 2 already there.')
    await expect(progress).toContainText('1 of 1 done — Sent: 0 · Failed: 1 · Waiting: 0')
  } finally {
    await server.close()
  }
})

test('the secret is stored only as this console can keep it; problems from saving land at their fields and nothing typed is lost', async ({ app }) => {
  const page = app.page
  await new ConsolePage(page).ready()
  await new ConsolePage(page).switchLanguage('EN')
  // This host keeps secrets in environment variables. To see what a Linux desktop without a keyring shows, the
  // answer to export:targets says `plain-text`; everything else (the saves below) goes to the real host.
  const targetsList = (url: URL) => url.pathname === '/api/export:targets'
  await page.route(
    targetsList,
    async (route) => {
      const response = await route.fetch()
      const result = (await response.json()) as { ok: boolean; value: { credentialMode: string } }
      await route.fulfill({ response, json: { ...result, value: { ...result.value, credentialMode: 'plain-text' } } })
    },
  )
  const saves: Record<string, unknown>[] = []
  page.on('request', (request) => {
    if (new URL(request.url()).pathname === '/api/export:targets:save') saves.push(request.postDataJSON() as Record<string, unknown>)
  })
  await page.getByRole('navigation').getByRole('link', { name: 'Settings' }).click()
  await page.getByRole('button', { name: 'Add export target' }).click()
  const form = page.getByTestId('target-form')
  await form.getByRole('combobox', { name: 'Kind' }).click()
  await page.getByRole('option', { name: 'JSON webhook' }).click()
  await form.getByRole('textbox', { name: 'Name', exact: true }).fill('Hook')
  const address = form.getByRole('textbox', { name: 'Webhook address' })
  await address.fill('ftp://tickets.example.org/calls')

  // The service names the wrong field; the message is at the field and the focus goes there.
  await form.getByRole('button', { name: 'Save target' }).click()
  await expect(form.getByText('This value is not right: url must be an http(s) address')).toBeVisible()
  await expect(address).toBeFocused()
  await expect(address).toHaveAttribute('aria-invalid', 'true')
  await address.fill('http://127.0.0.1:9/calls')

  // Without a keyring, storing a token first asks, saying what that means; "Do not store" sends nothing.
  const token = form.getByLabel('Token')
  await token.fill('s3cret-token')
  const before = saves.length
  await form.getByRole('button', { name: 'Save target' }).click()
  const ask = page.getByRole('dialog', { name: 'Store without encryption?' })
  await expect(ask).toContainText('This computer has no keyring')
  await ask.getByRole('button', { name: 'Do not store' }).click()
  await expect(ask).toBeHidden()
  expect(saves.length).toBe(before)

  // "Store anyway" sends the consent with the token. This host cannot store any and says which variable to set instead.
  await form.getByRole('button', { name: 'Save target' }).click()
  await ask.getByRole('button', { name: 'Store anyway' }).click()
  await expect.poll(() => saves.length).toBe(before + 1)
  expect(saves.at(-1)).toMatchObject({ kind: 'webhook', name: 'Hook', secret: 's3cret-token', allowPlainText: true, config: { url: 'http://127.0.0.1:9/calls' } })
  await expect(form.getByText(/SDC_TARGET_HOOK_TOKEN in the environment of the browser host/)).toBeVisible()
  await expect(form.getByRole('textbox', { name: 'Name', exact: true })).toHaveValue('Hook')
  await expect(address).toHaveValue('http://127.0.0.1:9/calls')
  await expect(token).toHaveValue('s3cret-token')

  // As it really is here: the browser host shows no input, only the variable it reads.
  await page.unroute(targetsList)
  await token.fill('')
  await form.getByRole('button', { name: 'Save target' }).click()
  await expect(page.getByTestId('target-saved')).toHaveText('Export target “Hook” saved.')
  expect(saves.at(-1)).not.toHaveProperty('secret')
  await page.reload()
  await new ConsolePage(page).ready()
  await page.getByRole('button', { name: 'Edit Hook' }).click()
  const environment = page.getByTestId('target-form').getByTestId('secret-environment')
  await expect(environment).toContainText('environment variable SDC_TARGET_HOOK_TOKEN')
  await expect(environment).toContainText('The variable is not set.')
  await expect(page.getByTestId('target-form').locator('input[type="password"]')).toHaveCount(0)
})
