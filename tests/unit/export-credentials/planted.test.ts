import { randomUUID } from 'node:crypto'
import { readdirSync, readFileSync, statSync } from 'node:fs'
import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { join } from 'node:path'
import { format } from 'node:util'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { createDispatch } from '../../../src/main/contract/dispatch'
import { credentialVariable, envCredentialStore } from '../../../src/main/export/credentials'
import { entriesOfCall, type OutboxEntry } from '../../../src/main/export/outbox'
import { DATABASE_FILE, startRuntime, type Runtime } from '../../../src/main/runtime'
import { fileFormats } from '../../../src/shared/export/targets'
import { startFakeTicketApi, type FakeTicketApi } from '../export-outbox/fake-ticket-api'
import { startSmtpServer, type TestSmtpServer } from '../export-adapters/smtp-server'
import { finishedCall } from '../support/finished-call'
import { migrationsFolder, packsFolder, tempDir } from '../support/paths'

// The issue: "A planted credential appears in none of: the database file, logs, exported files." The
// runtime runs for real (SQLite file, outbox worker) against targets that succeed and targets that refuse
// the secret while repeating it back, the way a careless server does.

const PLANTED = `planted-${randomUUID()}-Zuiderhaven`
const SMTP_USER = 'servicedesk'

/** Every form the secret could travel in: as is, base64, and inside the Basic and SMTP AUTH PLAIN forms. */
const forms = [
  PLANTED,
  Buffer.from(PLANTED).toString('base64'),
  Buffer.from(PLANTED).toString('base64url'),
  Buffer.from(`console:${PLANTED}`).toString('base64'),
  Buffer.from(`\0${SMTP_USER}\0${PLANTED}`).toString('base64'),
]

function expectNoSecret(where: string, text: string): void {
  for (const form of forms) {
    if (text.includes(form)) throw new Error(`${where} holds the planted credential (as ${form === PLANTED ? 'plain text' : `"${form}"`})`)
  }
}

/** A ticket API that refuses every token and repeats, in its 401 answer, what it was sent. */
async function startEchoingRefuser(): Promise<{ url: string; server: Server }> {
  const server = createServer((request, response) => {
    const sent = request.headers.authorization ?? ''
    const token = sent.replace(/^Bearer /, '')
    response.writeHead(401, { 'Content-Type': 'application/json' })
    response.end(
      JSON.stringify({
        error: 'invalid token',
        b64: Buffer.from(token).toString('base64'),
        basic: `Basic ${Buffer.from(`console:${token}`).toString('base64')}`,
        got: sent,
      }),
    )
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/tickets`, server }
}

const cleanups: (() => Promise<void> | void)[] = []
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup()
  vi.restoreAllMocks()
})

/** Every console line from here on, formatted as the console would print it. */
function captureConsole(): string[] {
  const lines: string[] = []
  for (const method of ['log', 'info', 'warn', 'error', 'debug', 'trace'] as const) {
    vi.spyOn(console, method).mockImplementation((...args: unknown[]) => void lines.push(format(...args)))
  }
  return lines
}

function filesUnder(folder: string): string[] {
  return readdirSync(folder).flatMap((name) => {
    const path = join(folder, name)
    return statSync(path).isDirectory() ? filesUnder(path) : [path]
  })
}

async function until(check: () => boolean, what: () => string, timeoutMs = 20_000): Promise<void> {
  const deadline = Date.now() + timeoutMs
  while (!check()) {
    if (Date.now() > deadline) throw new Error(`Timed out waiting for ${what()}`)
    await new Promise((resolve) => setTimeout(resolve, 25))
  }
}

describe('a planted credential', () => {
  it('appears in none of: the database file and its log, the console, the exported files, the outbox and its events', async () => {
    const logs = captureConsole()
    const api: FakeTicketApi = await startFakeTicketApi()
    cleanups.push(() => api.close())
    const refuser = await startEchoingRefuser()
    cleanups.push(() => new Promise<void>((resolve) => refuser.server.close(() => resolve())))
    const smtp: TestSmtpServer = await startSmtpServer({ users: { [SMTP_USER]: 'the-right-password' }, echoSecrets: true })
    cleanups.push(() => smtp.close())
    const exportFolder = tempDir()

    const names = { tickets: 'Tickets', refuser: 'Strict tickets', intake: 'Intake mail', ...Object.fromEntries(fileFormats.map((f) => [f, `Folder ${f}`])) }
    // Every target gets the planted value as its secret, also those that have no use for one.
    const env = Object.fromEntries(Object.values(names).map((name) => [credentialVariable(name), PLANTED]))
    const dataDir = tempDir()
    const runtime: Runtime = startRuntime({
      dataDir,
      migrationsFolder,
      packsFolder,
      preferredLanguage: 'nl',
      version: '0.0.0-test',
      credentials: envCredentialStore(env),
      exportWorker: { owner: 'planted-test', backoff: { baseMs: 20, capMs: 100 }, pollMs: 50 },
    })
    cleanups.push(() => runtime.stop())
    const dispatch = createDispatch(runtime.handlers)
    const events: unknown[] = []
    cleanups.push(runtime.events.subscribe((name, payload) => void events.push({ name, payload })))

    const save = async (kind: string, name: string, config: Record<string, unknown>): Promise<string> => {
      const saved = await dispatch('export:targets:save', { kind, name, config })
      if (!saved.ok) throw new Error(`${name}: ${saved.error.message}`)
      return (saved.value as { id: string }).id
    }
    const ids = {
      tickets: await save('webhook', names.tickets, { url: `${api.url}/tickets`, lookupUrl: `${api.url}/tickets` }),
      refuser: await save('webhook', names.refuser, { url: refuser.url }),
      intake: await save('email', names.intake, { host: smtp.host, port: smtp.port, username: SMTP_USER, from: 'servicedesk@zuiderhaven.example', to: 'tickets@zuiderhaven.example' }),
      files: await Promise.all(fileFormats.map((f) => save('file', `Folder ${f}`, { folder: exportFolder, format: f, to: 'tickets@zuiderhaven.example' }))),
    }

    // "Test connection" on the refusing targets: the answers are shown to the administrator.
    const tests = [await dispatch('export:targets:test', { id: ids.refuser }), await dispatch('export:targets:test', { id: ids.intake })]
    expect(tests).toMatchObject([
      { ok: true, value: { ok: false, reason: 'wrong-credentials' } },
      { ok: true, value: { ok: false, reason: 'wrong-credentials' } },
    ])

    const db = runtime.database!.db
    const callIds = ['Printer op de 2e verdieping drukt niet af', 'VPN valt steeds weg bij thuiswerken — “café”-wifi', 'Wachtwoord verlopen, Ĳsbrand'].map((what) => {
      return finishedCall(db, { name: 'Joëlle de Vries', what, notes: 'Opgelost aan de telefoon.' })
    })

    const expected = (entry: OutboxEntry) => (entry.targetId === ids.refuser || entry.targetId === ids.intake ? 'failed' : 'sent')
    const all = () => callIds.flatMap((id) => entriesOfCall(db, id))
    await until(
      () => all().length === callIds.length * (3 + fileFormats.length) && all().every((e) => e.status === expected(e)),
      () => JSON.stringify(all().map((e) => ({ target: e.targetId, status: e.status, lastError: e.lastError }))),
    )

    // The traps went off: the receivers repeated the secret, and what was recorded names the problem without it.
    const refusals = all().filter((e) => e.status === 'failed')
    expect(refusals).toHaveLength(callIds.length * 2)
    for (const entry of refusals) {
      expect(entry.lastError).toMatch(/^wrong-credentials: /)
      expect(entry.lastError).toContain('[secret removed]')
    }
    expect(api.tickets).toHaveLength(callIds.length)
    expect(smtp.logins.every((login) => login.user === SMTP_USER && !login.ok)).toBe(true)
    expect(smtp.logins.length).toBeGreaterThanOrEqual(callIds.length)

    const seen: [string, string][] = []
    seen.push(['the outbox entries', JSON.stringify(all())])
    seen.push(['the test-connection answers', JSON.stringify(tests)])
    seen.push(['the export:changed events', JSON.stringify(events)])
    const outbox = await dispatch('export:outbox', {})
    expect(outbox.ok).toBe(true)
    seen.push(['export:outbox', JSON.stringify(outbox)])
    seen.push(['export:targets', JSON.stringify(await dispatch('export:targets', {}))])
    for (const callId of callIds) {
      for (const f of fileFormats) {
        const rendered = await dispatch('export:render', { callId, format: f })
        expect(rendered.ok).toBe(true)
        seen.push([`export:render ${f}`, JSON.stringify(rendered)])
      }
    }
    const exported = filesUnder(exportFolder)
    expect(exported).toHaveLength(callIds.length * fileFormats.length)
    for (const file of exported) seen.push([file, readFileSync(file, 'utf8')])

    // While running (the WAL holds the latest writes) and after a clean stop (checkpointed into the file).
    const dataFiles = () => filesUnder(dataDir).map((file): [string, string] => [file, readFileSync(file).toString('latin1')])
    const running = dataFiles()
    expect(running.map(([file]) => file)).toEqual(expect.arrayContaining([join(dataDir, DATABASE_FILE), join(dataDir, `${DATABASE_FILE}-wal`)]))
    seen.push(...running)
    await runtime.stop()
    seen.push(...dataFiles())

    seen.push(['the console', logs.join('\n')])
    for (const [where, text] of seen) expectNoSecret(where, text)
  }, 40_000)
})
