import { readFileSync, existsSync } from 'node:fs'
import { createServer } from 'node:http'
import type { AddressInfo } from 'node:net'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { createDispatch } from '../../../src/main/contract/dispatch'
import * as t from '../../../src/main/db/schema'
import { ExportError } from '../../../src/main/export/adapter'
import { fileAdapter } from '../../../src/main/export/adapters/file'
import { webhookAdapter } from '../../../src/main/export/adapters/webhook'
import { envCredentialStore, type CredentialStore } from '../../../src/main/export/credentials'
import { createExportTargets } from '../../../src/main/services/export-targets'
import { DATABASE_FILE, startRuntime, type Runtime } from '../../../src/main/runtime'
import type { ExportTarget } from '../../../src/shared/export/outbox'
import type { CredentialMode } from '../../../src/shared/export/targets'
import { startFakeTicketApi } from '../export-outbox/fake-ticket-api'
import { finishedCall } from '../support/finished-call'
import { migrationsFolder, packsFolder, tempDir } from '../support/paths'

const PLANTED = 'planted-Secret-7f3a9c'

/** Stands in for the app's safeStorage store (which needs Electron): a map in memory, in the mode asked for. */
function memoryStore(mode: Exclude<CredentialMode, 'environment'>): CredentialStore & { secrets: Map<string, string> } {
  const secrets = new Map<string, string>()
  return {
    mode,
    secrets,
    get: (target) => secrets.get(target.id) ?? null,
    set: (target, secret) => void (secret === null ? secrets.delete(target.id) : secrets.set(target.id, secret)),
  }
}

const runtimes: Runtime[] = []
afterEach(() => {
  for (const runtime of runtimes.splice(0)) runtime.close()
})

/** A real runtime on a temporary SQLite file with the given credential store, and the contract's dispatch. */
function setup(credentials: CredentialStore) {
  const dataDir = tempDir()
  const runtime = startRuntime({ dataDir, migrationsFolder, packsFolder, preferredLanguage: 'nl', version: '0.0.0-test', credentials, exportWorker: false })
  runtimes.push(runtime)
  const db = runtime.database!.db
  // Only the kinds this test knows about, so "a kind without an adapter" stays true as adapters are added.
  const targets = createExportTargets({ db, credentials, adapters: { webhook: webhookAdapter, file: fileAdapter } })
  return { runtime, db, targets, dataDir, dispatch: createDispatch(runtime.handlers, () => {}) }
}

/** Every byte SQLite wrote: the database file and its write-ahead log. */
function databaseBytes(dataDir: string): string {
  const file = join(dataDir, DATABASE_FILE)
  return [file, `${file}-wal`].filter((f) => existsSync(f)).map((f) => readFileSync(f).toString('latin1')).join('')
}

const webhook = (url: string) => ({ kind: 'webhook' as const, name: 'Zuiderhaven webhook', enabled: true, config: { url }, allowPlainText: false })

describe('saving an export target', () => {
  it('names every wrong setting by its field, and writes nothing', async () => {
    const { dispatch, db } = setup(memoryStore('encrypted'))
    const result = await dispatch('export:targets:save', { kind: 'webhook', name: 'Tickets', config: { url: 'ftp://tickets.example.org', lookupUrl: 'not a url' } })
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid-input' } })
    if (result.ok) return
    expect(result.error.issues).toEqual([
      { field: 'config.url', message: 'url must be an http(s) address' },
      { field: 'config.lookupUrl', message: 'lookupUrl must be an http(s) address' },
    ])
    const missing = await dispatch('export:targets:save', { kind: 'file', name: 'Map', config: { format: 'pdf' } })
    expect(missing.ok ? [] : missing.error.issues?.map((i) => i.field)).toEqual(['config.folder', 'config.format'])
    expect(missing.ok ? null : missing.error.issues?.[0]?.message).toBe('required')
    expect(db.select().from(t.exportTargets).all()).toEqual([])
  })

  it('refuses a kind this build cannot send to, naming it, and a second target with the same name', () => {
    const { targets } = setup(memoryStore('encrypted'))
    expect(() => targets.save({ kind: 'rt', name: 'RT', enabled: true, config: { baseUrl: 'https://rt.example.org', queue: 'General' }, allowPlainText: false })).toThrow(
      expect.objectContaining({ code: 'invalid-input', issues: [{ field: 'kind', message: expect.stringContaining('"rt"') }] }),
    )
    targets.save(webhook('https://tickets.example.org/hooks'))
    expect(() => targets.save({ ...webhook('https://other.example.org/hooks'), name: 'ZUIDERHAVEN WEBHOOK' })).toThrow(
      expect.objectContaining({ code: 'conflict', issues: [{ field: 'name', message: 'already exists' }] }),
    )
  })

  it('keeps what the adapter accepts (its defaults filled in, a stray key dropped) and updates in place', () => {
    const { targets } = setup(memoryStore('encrypted'))
    const saved = targets.save({ ...webhook('https://tickets.example.org/hooks'), config: { url: 'https://tickets.example.org/hooks', token: PLANTED } })
    expect(saved.config).toEqual({ url: 'https://tickets.example.org/hooks', idField: 'id', urlField: 'url' })
    const updated = targets.save({ ...webhook('https://tickets.example.org/v2/hooks'), id: saved.id, enabled: false })
    expect(updated).toMatchObject({ id: saved.id, enabled: false, config: { url: 'https://tickets.example.org/v2/hooks' } })
    expect(targets.list().targets).toHaveLength(1)
  })
})

describe('secrets', () => {
  it('go to the credential store only: never into the database file nor into any answer', async () => {
    const store = memoryStore('encrypted')
    const { dispatch, dataDir, runtime } = setup(store)
    const saved = await dispatch('export:targets:save', { ...webhook('https://tickets.example.org/hooks'), secret: PLANTED })
    if (!saved.ok) throw new Error(saved.error.message)
    const target = saved.value as ExportTarget
    expect(target).toMatchObject({ hasSecret: true, secretVariable: null })
    expect(store.secrets.get(target.id)).toBe(PLANTED)
    const list = await dispatch('export:targets', {})
    expect(list).toMatchObject({ ok: true, value: { credentialMode: 'encrypted', targets: [{ id: target.id, hasSecret: true }] } })
    // In the write-ahead log as written, and in the database file once the log is folded in.
    const logged = databaseBytes(dataDir)
    runtime.database!.sqlite.pragma('wal_checkpoint(TRUNCATE)')
    for (const text of [JSON.stringify(saved), JSON.stringify(list), logged, databaseBytes(dataDir)]) expect(text).not.toContain(PLANTED)
    expect(databaseBytes(dataDir)).toContain('tickets.example.org')
  })

  it('are kept when left out, replaced when typed, and removed with null', () => {
    const store = memoryStore('encrypted')
    const { targets } = setup(store)
    const { id } = targets.save({ ...webhook('https://tickets.example.org/hooks'), secret: 'first' })
    expect(targets.save({ ...webhook('https://tickets.example.org/hooks'), id, enabled: false }).hasSecret).toBe(true)
    expect(store.secrets.get(id)).toBe('first')
    targets.save({ ...webhook('https://tickets.example.org/hooks'), id, secret: 'second' })
    expect(store.secrets.get(id)).toBe('second')
    expect(targets.save({ ...webhook('https://tickets.example.org/hooks'), id, secret: null }).hasSecret).toBe(false)
    expect(store.secrets.has(id)).toBe(false)
    expect(() => targets.save({ ...webhook('https://tickets.example.org/hooks'), id, secret: '  ' })).toThrow(
      expect.objectContaining({ issues: [{ field: 'secret', message: expect.stringContaining('empty') }] }),
    )
  })

  it('without a keyring, are stored readable only after the administrator agrees', () => {
    const store = memoryStore('plain-text')
    const { targets } = setup(store)
    expect(targets.list().credentialMode).toBe('plain-text')
    expect(() => targets.save({ ...webhook('https://tickets.example.org/hooks'), secret: PLANTED })).toThrow(
      expect.objectContaining({ code: 'invalid-input', issues: [{ field: 'secret', message: expect.stringMatching(/no keyring.*readable.*administrator agrees/) }] }),
    )
    expect(targets.list().targets).toEqual([])
    expect(store.secrets.size).toBe(0)
    const saved = targets.save({ ...webhook('https://tickets.example.org/hooks'), secret: PLANTED, allowPlainText: true })
    expect(saved.hasSecret).toBe(true)
    // Settings that carry no secret need no consent.
    expect(targets.save({ ...webhook('https://tickets.example.org/v2'), id: saved.id }).config.url).toBe('https://tickets.example.org/v2')
  })

  it('in the browser host come from the environment: the variable is named, and typing a secret is refused naming it', () => {
    const { targets } = setup(envCredentialStore({ SDC_TARGET_ZUIDERHAVEN_WEBHOOK_TOKEN: PLANTED }))
    const saved = targets.save(webhook('https://tickets.example.org/hooks'))
    expect(saved).toMatchObject({ hasSecret: true, secretVariable: 'SDC_TARGET_ZUIDERHAVEN_WEBHOOK_TOKEN' })
    expect(targets.list()).toMatchObject({ credentialMode: 'environment', targets: [{ secretVariable: 'SDC_TARGET_ZUIDERHAVEN_WEBHOOK_TOKEN' }] })
    const other = { ...webhook('https://other.example.org/hooks'), name: 'Gemeente Noord', secret: 'typed' }
    expect(() => targets.save(other)).toThrow(
      expect.objectContaining({ code: 'invalid-input', issues: [{ field: 'secret', message: expect.stringContaining('SDC_TARGET_GEMEENTE_NOORD_TOKEN') }] }),
    )
    // Refused as a whole: the target was not created without its secret.
    expect(targets.list().targets.map((target) => target.name)).toEqual(['Zuiderhaven webhook'])
  })
})

describe('deleting a target', () => {
  it('removes it, its outbox entries and its secret', () => {
    const store = memoryStore('encrypted')
    const { targets, db } = setup(store)
    const kept = targets.save({ ...webhook('https://kept.example.org/hooks'), name: 'Blijft' })
    const gone = targets.save({ ...webhook('https://tickets.example.org/hooks'), secret: PLANTED })
    finishedCall(db, { name: 'Anouk de Vries', notes: 'Lade opnieuw geplaatst.' })
    expect(db.select().from(t.outbox).all()).toHaveLength(2)
    expect(targets.delete(gone.id)).toEqual({ deleted: true })
    expect(targets.list().targets.map((target) => target.id)).toEqual([kept.id])
    expect(db.select({ targetId: t.outbox.targetId }).from(t.outbox).all()).toEqual([{ targetId: kept.id }])
    expect(store.secrets.has(gone.id)).toBe(false)
    expect(() => targets.delete(gone.id)).toThrow(expect.objectContaining({ code: 'not-found' }))
  })

  it('is refused while the target is sending a call, so no ticket loses its record', () => {
    const { targets, db } = setup(memoryStore('encrypted'))
    const target = targets.save(webhook('https://tickets.example.org/hooks'))
    finishedCall(db, { name: 'Anouk de Vries', notes: 'Lade opnieuw geplaatst.' })
    const leaseUntil = new Date(Date.now() + 60_000).toISOString()
    db.update(t.outbox).set({ status: 'sending', leaseOwner: 'app-1', leaseUntil }).run()
    expect(() => targets.delete(target.id)).toThrow(expect.objectContaining({ code: 'conflict', message: expect.stringMatching(/sending a call right now/) }))
    expect(db.select().from(t.outbox).all()).toHaveLength(1)
    // A sender that died (its lease ran out) does not keep the target forever.
    db.update(t.outbox).set({ leaseUntil: new Date(Date.now() - 1000).toISOString() }).run()
    expect(targets.delete(target.id)).toEqual({ deleted: true })
  })
})

describe('test connection', () => {
  /** A receiver that wants one bearer token and, on any other, echoes the Authorization header it got (a trap for leaks). */
  async function guardedReceiver(token: string) {
    const seen: (string | null)[] = []
    const server = createServer((request, response) => {
      seen.push(request.headers.authorization ?? null)
      const ok = request.headers.authorization === `Bearer ${token}`
      response.writeHead(ok ? 200 : 401, { 'Content-Type': 'application/json' })
      response.end(ok ? '[]' : JSON.stringify({ error: `bad credentials: ${request.headers.authorization ?? 'none'}` }))
    })
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
    const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/tickets`
    return { url, seen, close: () => new Promise<void>((resolve) => server.close(() => resolve())) }
  }

  it('reaches the fake ticket API with the form as typed', async () => {
    const api = await startFakeTicketApi()
    const { dispatch } = setup(memoryStore('encrypted'))
    try {
      const result = await dispatch('export:targets:test', { kind: 'webhook', name: 'Nieuw', config: { url: `${api.url}/tickets`, lookupUrl: `${api.url}/tickets` } })
      expect(result).toEqual({ ok: true, value: { ok: true, reason: null, detail: `${new URL(api.url).host} answered (HTTP 200)` } })
      // Nothing was created by testing.
      expect(api.counts.creates).toBe(0)
      expect(api.counts.searches).toBe(1)
    } finally {
      await api.close()
    }
  })

  it('uses the stored secret for a saved target, says when the credentials are wrong, and never shows the secret', async () => {
    const receiver = await guardedReceiver('right-token')
    const store = memoryStore('encrypted')
    const { targets } = setup(store)
    try {
      const saved = targets.save({ ...webhook(receiver.url), config: { url: receiver.url, lookupUrl: receiver.url }, secret: 'right-token' })
      expect(await targets.test({ id: saved.id })).toMatchObject({ ok: true, reason: null })
      expect(receiver.seen.at(-1)).toBe('Bearer right-token')

      targets.save({ ...webhook(receiver.url), id: saved.id, config: { url: receiver.url, lookupUrl: receiver.url }, secret: PLANTED })
      const wrong = await targets.test({ id: saved.id })
      expect(wrong).toMatchObject({ ok: false, reason: 'wrong-credentials' })
      expect(receiver.seen.at(-1)).toBe(`Bearer ${PLANTED}`)
      expect(JSON.stringify(wrong)).not.toContain(PLANTED)

      // The unsaved form with a secret typed there; left out, the stored one of the target being edited.
      const form = { kind: 'webhook' as const, name: 'Zuiderhaven webhook', enabled: true, config: { url: receiver.url, lookupUrl: receiver.url } }
      expect(await targets.test({ ...form, secret: 'right-token' })).toMatchObject({ ok: true })
      expect(await targets.test({ ...form, id: saved.id })).toMatchObject({ ok: false, reason: 'wrong-credentials' })

      // The address changed in the form: the stored secret is not sent there; it must be typed again.
      const asked = receiver.seen.length
      const elsewhere = await targets.test({ ...form, id: saved.id, config: { url: `${receiver.url}/elsewhere` } })
      expect(elsewhere).toMatchObject({ ok: false, reason: 'misconfigured', detail: expect.stringMatching(/type the secret again/) })
      expect(receiver.seen.length).toBe(asked)
    } finally {
      await receiver.close()
    }
  })

  it('takes the secret out of what a target repeats back, in plain text or base64', async () => {
    const credentials = memoryStore('encrypted')
    const { db } = setup(credentials)
    // Stands in for a target that quotes the credentials it refused (as some login pages and SMTP servers do).
    const echoing = {
      ...webhookAdapter,
      test: async (ctx: { credential: string | null }) => ({
        ok: false as const,
        error: new ExportError('wrong-credentials', `refused "Bearer ${ctx.credential}" and Basic ${Buffer.from(`agent:${ctx.credential}`).toString('base64')}`),
      }),
    }
    const targets = createExportTargets({ db, credentials, adapters: { webhook: echoing } })
    const result = await targets.test({ kind: 'webhook', name: 'Echo', enabled: true, config: { url: 'https://tickets.example.org' }, secret: PLANTED })
    expect(result).toMatchObject({ ok: false, reason: 'wrong-credentials', detail: expect.stringContaining('refused "Bearer ') })
    expect(result.detail).not.toContain(PLANTED)
    expect(result.detail).not.toContain(Buffer.from(`agent:${PLANTED}`).toString('base64'))
  })

  it('says a target cannot be reached', async () => {
    const receiver = await guardedReceiver('x')
    await receiver.close()
    const { targets } = setup(memoryStore('encrypted'))
    const result = await targets.test({ kind: 'webhook', name: 'Weg', enabled: true, config: { url: receiver.url } })
    expect(result).toMatchObject({ ok: false, reason: 'unreachable', detail: expect.stringContaining('cannot be reached') })
  })

  it('for a file target: a writable folder is fine, a missing one is named, and a wrong setting is named by its field', async () => {
    const { targets, dispatch } = setup(memoryStore('encrypted'))
    const folder = tempDir()
    const file = (config: Record<string, unknown>) => ({ kind: 'file' as const, name: 'Map', enabled: true, config })
    expect(await targets.test(file({ folder, format: 'md' }))).toEqual({ ok: true, reason: null, detail: `${folder} is writable` })
    const missing = join(folder, 'bestaat-niet')
    expect(await targets.test(file({ folder: missing, format: 'md' }))).toEqual({ ok: false, reason: 'misconfigured', detail: `The folder ${missing} does not exist.` })
    expect(await targets.test(file({ folder: 'relative/map' }))).toEqual({ ok: false, reason: 'misconfigured', detail: 'config.folder: folder must be a full path' })
    const saved = targets.save({ ...file({ folder: missing, format: 'txt' }), allowPlainText: false })
    // Through the contract, as the settings page asks for a saved target.
    expect(await dispatch('export:targets:test', { id: saved.id })).toEqual({
      ok: true,
      value: { ok: false, reason: 'misconfigured', detail: `The folder ${missing} does not exist.` },
    })
  })
})
