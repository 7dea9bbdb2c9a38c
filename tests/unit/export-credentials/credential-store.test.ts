import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto'
import { mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { CREDENTIALS_FILE, createSafeStorageCredentialStore, type SafeStorageLike } from '../../../src/main/app/credential-store'
import { createDispatch } from '../../../src/main/contract/dispatch'
import { ExportError } from '../../../src/main/export/adapter'
import { entriesOfCall } from '../../../src/main/export/outbox'
import { startRuntime, type Runtime } from '../../../src/main/runtime'
import { startFakeTicketApi } from '../export-outbox/fake-ticket-api'
import { finishedCall } from '../support/finished-call'
import { migrationsFolder, packsFolder, tempDir } from '../support/paths'

/**
 * A stand-in for Electron's safeStorage (the Electron binary cannot run here): AES-GCM with a key of its own,
 * as the keyring would hold it. Like Electron, it throws when asked to encrypt without encryption, and a
 * second stand-in (another keyring) cannot decrypt what the first wrote.
 */
function keyring(options: { available?: boolean; backend?: string } = {}): SafeStorageLike & { encrypted: number } {
  const key = randomBytes(32)
  const ring = {
    encrypted: 0,
    isEncryptionAvailable: () => options.available ?? true,
    encryptString(plainText: string): Buffer {
      if (options.available === false) throw new Error('Error while encrypting the text provided to safeStorage.encryptString. Encryption is not available.')
      ring.encrypted++
      const iv = randomBytes(12)
      const cipher = createCipheriv('aes-256-gcm', key, iv)
      const body = Buffer.concat([cipher.update(plainText, 'utf8'), cipher.final()])
      return Buffer.concat([Buffer.from('v11'), iv, cipher.getAuthTag(), body])
    },
    decryptString(encrypted: Buffer): string {
      const decipher = createDecipheriv('aes-256-gcm', key, encrypted.subarray(3, 15))
      decipher.setAuthTag(encrypted.subarray(15, 31))
      return Buffer.concat([decipher.update(encrypted.subarray(31)), decipher.final()]).toString('utf8')
    },
    ...(options.backend ? { getSelectedStorageBackend: () => options.backend! } : {}),
  }
  return ring
}

const RT = { id: '00000000-0000-4000-8000-00000000000a', name: 'Request Tracker' }
const MAIL = { id: '00000000-0000-4000-8000-00000000000b', name: 'Intake e-mail' }
const SECRET = 'rt-token-Zuiderhaven-ë-2026'

function setup(ring: SafeStorageLike, platform: NodeJS.Platform = 'darwin') {
  const dir = tempDir()
  const file = join(dir, CREDENTIALS_FILE)
  const problems: string[] = []
  const open = (r: SafeStorageLike = ring) => createSafeStorageCredentialStore({ safeStorage: r, file, platform, onProblem: (m) => problems.push(m) })
  return { dir, file, problems, open }
}

const base64 = (text: string) => Buffer.from(text, 'utf8').toString('base64')

describe('the safeStorage credential store', () => {
  it('keeps secrets encrypted per target in <userData>/export-credentials.json, readable by this user only, across restarts', () => {
    const ring = keyring()
    const { dir, file, open } = setup(ring)
    const store = open()
    expect(store.mode).toBe('encrypted')
    expect(store.get(RT)).toBeNull()
    store.set(RT, SECRET)
    store.set(MAIL, 'smtp-wachtwoord')

    expect(statSync(file).mode & 0o777).toBe(0o600)
    const bytes = readFileSync(file)
    for (const form of [SECRET, base64(SECRET), 'smtp-wachtwoord', base64('smtp-wachtwoord')]) expect(bytes.includes(form)).toBe(false)
    const shape = JSON.parse(bytes.toString('utf8')) as { version: number; secrets: Record<string, { encoding: string; value: string }> }
    expect(shape.version).toBe(1)
    expect(Object.keys(shape.secrets).sort()).toEqual([RT.id, MAIL.id])
    expect(shape.secrets[RT.id]!.encoding).toBe('safeStorage')
    expect(ring.decryptString(Buffer.from(shape.secrets[RT.id]!.value, 'base64'))).toBe(SECRET)

    // The app starts again: the same keyring reads them back.
    const again = open()
    expect(again.get(RT)).toBe(SECRET)
    expect(again.get(MAIL)).toBe('smtp-wachtwoord')
    again.set(RT, null)
    expect(open().get(RT)).toBeNull()
    expect(open().get(MAIL)).toBe('smtp-wachtwoord')
    // Written next to the file and renamed: nothing half-written is left behind.
    expect(readdirSync(dir)).toEqual([CREDENTIALS_FILE])
  })

  it('says "encrypted" on Linux with a keyring, and "plain-text" when safeStorage only has its fallback — and still stores then', () => {
    expect(setup(keyring({ backend: 'gnome_libsecret' }), 'linux').open().mode).toBe('encrypted')
    expect(setup(keyring({ backend: 'kwallet6' }), 'linux').open().mode).toBe('encrypted')
    for (const backend of ['basic_text', 'unknown']) {
      const ring = keyring({ backend })
      const { open } = setup(ring, 'linux')
      const store = open()
      expect(store.mode).toBe('plain-text')
      store.set(RT, SECRET)
      expect(open().get(RT)).toBe(SECRET)
    }
    // The backend question is only asked on Linux.
    expect(setup(keyring({ backend: 'basic_text' }), 'win32').open().mode).toBe('encrypted')
  })

  it('without any encryption, stores the secret as is (base64) and says "plain-text"', () => {
    const ring = keyring({ available: false, backend: 'basic_text' })
    const { file, open } = setup(ring, 'linux')
    const store = open()
    expect(store.mode).toBe('plain-text')
    store.set(RT, SECRET)
    expect(ring.encrypted).toBe(0)
    const shape = JSON.parse(readFileSync(file, 'utf8')) as { secrets: Record<string, { encoding: string; value: string }> }
    expect(shape.secrets[RT.id]).toEqual({ encoding: 'plain', value: base64(SECRET) })
    expect(open().get(RT)).toBe(SECRET)
    expect(statSync(file).mode & 0o777).toBe(0o600)
  })

  it('refuses an empty secret, naming the field', () => {
    const store = setup(keyring()).open()
    expect(() => store.set(RT, '  ')).toThrow(expect.objectContaining({ code: 'invalid-input', issues: [{ field: 'secret', message: 'enter the secret, or remove it' }] }))
  })

  it('returns no secret, and says once which target needs it again, when another keyring encrypted it', () => {
    const { open, problems } = setup(keyring())
    open().set(RT, SECRET)
    const otherKeyring = open(keyring())
    expect(otherKeyring.get(RT)).toBeNull()
    expect(otherKeyring.get(RT)).toBeNull()
    expect(problems).toEqual(['the secret of target "Request Tracker" cannot be decrypted with this keyring; enter it again in the settings.'])
    // Entering it again replaces it.
    otherKeyring.set(RT, 'new-token')
    expect(otherKeyring.get(RT)).toBe('new-token')
  })

  it('moves a damaged file aside without quoting it, and starts empty', () => {
    const { dir, file, open, problems } = setup(keyring())
    // A half-written file in the old plain form: its content must not reach the log.
    writeFileSync(file, `{"version":1,"secrets":{"${RT.id}":{"encoding":"plain","value":"${base64(SECRET)}"`)
    const store = open()
    expect(store.get(RT)).toBeNull()
    expect(problems).toHaveLength(1)
    expect(problems[0]).toMatch(/is damaged \(not valid JSON\); moved it to .*export-credentials\.json\.unreadable-\d+/)
    expect(problems[0]).not.toContain(base64(SECRET))
    expect(readdirSync(dir).filter((name) => name.startsWith(`${CREDENTIALS_FILE}.unreadable-`))).toHaveLength(1)
    store.set(RT, SECRET)
    expect(open().get(RT)).toBe(SECRET)
  })
})

/** What a call throws, or null when it returns. */
function thrown(run: () => unknown): unknown {
  try {
    run()
    return null
  } catch (error) {
    return error
  }
}

describe('a secrets file that is there but cannot be read', () => {
  it('does not stop the store: it says why once, fails each use of a secret with that reason, overwrites nothing, and recovers once fixed', () => {
    const { file, open, problems } = setup(keyring())
    open().set(RT, SECRET)
    const saved = readFileSync(file)
    // A folder where the file should be: unreadable whoever runs the test (root reads any file, whatever its mode).
    rmSync(file)
    mkdirSync(file)

    const store = open()
    expect(store.mode).toBe('encrypted')
    expect(problems).toHaveLength(1)
    expect(problems[0]).toMatch(/^The secrets file .*export-credentials\.json cannot be read \(EISDIR.*\)\. The export targets that need a secret fail until it can be read\.$/)

    const reading = thrown(() => store.get(RT))
    expect(reading).toBeInstanceOf(ExportError)
    expect(reading).toMatchObject({ reason: 'misconfigured', retryable: false })
    expect((reading as ExportError).message).toMatch(/^The secret of the target "Request Tracker" cannot be read: The secrets file .* cannot be read \(EISDIR/)

    // Writing the file would lose the secrets it holds: storing (or removing) one is refused, at the secret's field.
    for (const secret of ['new-token', null]) {
      expect(thrown(() => store.set(MAIL, secret))).toMatchObject({
        code: 'unavailable',
        issues: [{ field: 'secret', message: expect.stringMatching(/^cannot be changed\. The secrets file .* cannot be read .*would lose the other secrets in it\.$/) }],
      })
    }
    expect(statSync(file).isDirectory()).toBe(true)
    expect(problems).toHaveLength(1)

    // The administrator puts the file back: the same store reads it, without a restart.
    rmSync(file, { recursive: true })
    writeFileSync(file, saved, { mode: 0o600 })
    expect(store.get(RT)).toBe(SECRET)
    store.set(MAIL, 'smtp-wachtwoord')
    expect(open().get(MAIL)).toBe('smtp-wachtwoord')
    expect(open().get(RT)).toBe(SECRET)
  })

  it('treats a damaged file that cannot be moved aside the same way, without quoting it', () => {
    const { file, open, problems } = setup(keyring())
    writeFileSync(file, `{"version":1,"secrets":{"${RT.id}":{"encoding":"plain","value":"${base64(SECRET)}"`)
    // The name it would be moved to is taken by a folder, so the move fails (as a read-only folder would make it).
    const now = 1_780_000_000_000
    const spy = vi.spyOn(Date, 'now').mockReturnValue(now)
    try {
      mkdirSync(join(`${file}.unreadable-${now}`, 'taken'), { recursive: true })
      const store = open()
      expect(problems).toHaveLength(1)
      expect(problems[0]).toMatch(/^The secrets file .* is damaged \(not valid JSON\) and cannot be moved aside \(.+\)\. The export targets/)
      expect(problems[0]).not.toContain(base64(SECRET))
      expect(thrown(() => store.get(RT))).toMatchObject({ reason: 'misconfigured' })
      expect(thrown(() => store.set(RT, 'new-token'))).toMatchObject({ code: 'unavailable', issues: [{ field: 'secret' }] })
      // Still there for the administrator to look at.
      expect(readFileSync(file, 'utf8')).toContain(base64(SECRET))
    } finally {
      spy.mockRestore()
    }
  })
})

describe('the console with an unreadable secrets file', () => {
  const runtimes: Runtime[] = []
  afterEach(async () => {
    for (const runtime of runtimes.splice(0)) await runtime.stop()
  })

  /** The console's runtime on `dataDir` with the safeStorage store on `file`, its outbox worker running. */
  function start(dataDir: string, file: string, problems: string[]) {
    const credentials = createSafeStorageCredentialStore({ safeStorage: ring, file, platform: 'darwin', onProblem: (m) => problems.push(m) })
    const exportWorker = { owner: 'unit', pollMs: 30, backoff: { baseMs: 10, capMs: 20 } }
    const runtime = startRuntime({ dataDir, migrationsFolder, packsFolder, preferredLanguage: 'en', version: '0.0.0-test', credentials, exportWorker })
    runtimes.push(runtime)
    return { db: runtime.database!.db, dispatch: createDispatch(runtime.handlers, () => {}) }
  }
  const ring = keyring()

  it('starts; the target that needs its secret fails with the reason, a file target still gets the call, and saving a secret says what is wrong', async () => {
    const api = await startFakeTicketApi()
    try {
      const dataDir = tempDir()
      const folder = tempDir()
      const file = join(dataDir, CREDENTIALS_FILE)
      const problems: string[] = []
      const first = start(dataDir, file, problems)
      const saved = await first.dispatch('export:targets:save', { kind: 'webhook', name: 'Tickets', config: { url: `${api.url}/tickets` }, secret: SECRET })
      if (!saved.ok) throw new Error(saved.error.message)
      const webhookId = (saved.value as { id: string }).id
      await first.dispatch('export:targets:save', { kind: 'file', name: 'Archief', config: { folder, format: 'json' } })
      await runtimes.pop()!.stop()
      const good = readFileSync(file)
      rmSync(file)
      mkdirSync(file)

      // The console starts again with the file unreadable.
      const { db, dispatch } = start(dataDir, file, problems)
      expect(problems).toEqual([expect.stringMatching(/cannot be read \(EISDIR.*The export targets that need a secret fail until it can be read\.$/)])
      const callId = finishedCall(db)
      await expect.poll(() => entriesOfCall(db, callId).map((e) => e.status).sort(), { timeout: 5000 }).toEqual(['failed', 'sent'])
      const byTarget = new Map(entriesOfCall(db, callId).map((e) => [e.targetId, e]))
      expect(byTarget.get(webhookId)!.lastError).toMatch(/^misconfigured: The secret of the target "Tickets" cannot be read: The secrets file .* cannot be read \(EISDIR/)
      expect(readdirSync(folder)).toHaveLength(1)
      expect(api.tickets).toEqual([])

      const test = await dispatch('export:targets:test', { id: webhookId })
      expect(test).toMatchObject({ ok: true, value: { ok: false, reason: 'misconfigured', detail: expect.stringContaining('cannot be read (EISDIR') } })
      const resave = await dispatch('export:targets:save', { id: webhookId, kind: 'webhook', name: 'Tickets', config: { url: `${api.url}/tickets` }, secret: 'other' })
      expect(resave).toMatchObject({ ok: false, error: { code: 'unavailable', issues: [{ field: 'secret', message: expect.stringContaining('cannot be read (EISDIR') }] } })

      // Fixed: a retry sends it with the secret that was in the file all along.
      rmSync(file, { recursive: true })
      writeFileSync(file, good, { mode: 0o600 })
      expect(await dispatch('export:retry', { id: byTarget.get(webhookId)!.id })).toMatchObject({ ok: true })
      await expect.poll(() => entriesOfCall(db, callId).map((e) => e.status), { timeout: 5000 }).toEqual(['sent', 'sent'])
      expect(api.tickets.map((ticket) => ticket.authorization)).toEqual([`Bearer ${SECRET}`])
    } finally {
      await api.close()
    }
  })
})
