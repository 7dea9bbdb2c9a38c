import { readFileSync, statSync, writeFileSync, existsSync } from 'node:fs'
import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { createDispatch } from '../../../src/main/contract/dispatch'
import type { ScreenPop } from '../../../src/main/phone/deliver'
import { requestFromUrl } from '../../../src/main/phone/protocol'
import { createPhoneService, type PhoneService } from '../../../src/main/phone/service'
import { PHONE_TOKEN_FILE } from '../../../src/main/phone/token'
import { startRuntime } from '../../../src/main/runtime'
import type { Settings } from '../../../src/shared/settings'
import { migrationsFolder, packsFolder, tempDir } from '../support/paths'

const services: PhoneService[] = []
const closers: (() => void)[] = []
const blockers: Server[] = []
afterEach(async () => {
  for (const s of services.splice(0)) await s.close()
  for (const close of closers.splice(0)) close()
  for (const b of blockers.splice(0)) await new Promise((r) => b.close(r))
})

/** The runtime as the browser host and the Electron app build it, with the phone service beside it. */
async function consoleWithPhone(env: NodeJS.ProcessEnv, options: { dataDir?: string; ctiPort?: number; start?: boolean } = {}) {
  const dataDir = options.dataDir ?? tempDir()
  const pops: ScreenPop[] = []
  const logged: string[] = []
  const phone = createPhoneService({ dataDir, env, onPop: (p) => pops.push(p), log: (m) => logged.push(m) })
  services.push(phone)
  const runtime = startRuntime({ dataDir, migrationsFolder, packsFolder, preferredLanguage: 'nl', version: '0.0.0-test', phoneStatus: phone.status })
  closers.push(() => runtime.close())
  const dispatch = createDispatch(runtime.handlers, () => {})
  const value = async <T>(channel: string, input: unknown = {}): Promise<T> => {
    const result = await dispatch(channel, input)
    if (!result.ok) throw new Error(`${channel}: ${result.error.message}`)
    return result.value as T
  }
  const setCtiPort = async (ctiPort: number) => {
    const { uiLanguage: _u, contentLanguage: _c, screenSharing: _s, ...values } = await value<Settings>('settings:get')
    await value('settings:save', { values: { ...values, ctiPort } })
  }
  if (options.ctiPort) await setCtiPort(options.ctiPort)
  if (options.start !== false) await phone.start(runtime)
  return { phone, runtime, dataDir, pops, logged, value, setCtiPort, status: () => value<ReturnType<PhoneService['status']>>('phone:status') }
}

/** A port nothing listens on right now (≥ 1024, as the settings require). */
async function freePort(): Promise<number> {
  const server = createServer()
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', () => r()))
  const port = (server.address() as AddressInfo).port
  await new Promise((r) => server.close(r))
  return port
}

/** Something else holding a port, as another program would. */
async function occupiedPort(): Promise<number> {
  const server = createServer()
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', () => r()))
  blockers.push(server)
  return (server.address() as AddressInfo).port
}

describe('the screen-pop token', () => {
  it('is made on first start in the data folder, readable by the agent only, and kept across starts', async () => {
    const dataDir = tempDir()
    const first = await consoleWithPhone({ SDC_CTI_PORT: '0' }, { dataDir })
    const file = join(dataDir, PHONE_TOKEN_FILE)
    const token = readFileSync(file, 'utf8')
    expect(token).toMatch(/^[A-Za-z0-9_-]{43}$/)
    if (process.platform !== 'win32') expect(statSync(file).mode & 0o777).toBe(0o600)
    expect((await first.status()).token).toBe(token)
    await first.phone.close()

    const again = createPhoneService({ dataDir, env: { SDC_CTI_PORT: '0' }, log: () => {} })
    services.push(again)
    await again.start(first.runtime)
    expect(again.status().token).toBe(token)
  })

  it('comes from SDC_CTI_TOKEN when that is set, and a short one is refused with the reason', async () => {
    const { dataDir, status } = await consoleWithPhone({ SDC_CTI_PORT: '0', SDC_CTI_TOKEN: 'a-long-enough-secret-from-env' })
    expect(await status()).toMatchObject({ listening: true, token: 'a-long-enough-secret-from-env' })
    expect(existsSync(join(dataDir, PHONE_TOKEN_FILE))).toBe(false)

    const short = await consoleWithPhone({ SDC_CTI_PORT: '0', SDC_CTI_TOKEN: 'abc' })
    expect(await short.status()).toMatchObject({ listening: false, error: expect.stringMatching(/SDC_CTI_TOKEN is shorter than 16/) })
  })

  it('tightens a token file left readable by others', async () => {
    if (process.platform === 'win32') return
    const dataDir = tempDir()
    writeFileSync(join(dataDir, PHONE_TOKEN_FILE), 'a-token-someone-copied-in-0123', { mode: 0o644 })
    const { status } = await consoleWithPhone({ SDC_CTI_PORT: '0' }, { dataDir })
    expect((await status()).token).toBe('a-token-someone-copied-in-0123')
    expect(statSync(join(dataDir, PHONE_TOKEN_FILE)).mode & 0o777).toBe(0o600)
  })
})

describe('the screen-pop port', () => {
  it('is the settings\' port, and phone:status gives the URL to configure', async () => {
    const port = await freePort()
    const { status } = await consoleWithPhone({}, { ctiPort: port })
    expect(await status()).toEqual({ listening: true, port, url: `http://127.0.0.1:${port}/cti`, token: expect.any(String), error: null })
  })

  it('moves when the port in the settings changes', async () => {
    const { phone, setCtiPort, status } = await consoleWithPhone({}, { ctiPort: await freePort() })
    const next = await freePort()
    await setCtiPort(next)
    await phone.idle()
    const now = await status()
    expect(now).toMatchObject({ listening: true, port: next, url: `http://127.0.0.1:${next}/cti` })
    const response = await fetch(`${now.url}/newCall?number=0201234567&token=${now.token}`)
    expect(response.status).toBe(200)
  })

  it('does not stop the console when the port is in use: phone:status says why', async () => {
    const busy = await occupiedPort()
    const { status, value, logged } = await consoleWithPhone({}, { ctiPort: busy })
    expect(await status()).toMatchObject({ listening: false, port: busy, url: '', error: `Port ${busy} is in use by another program; choose another screen-pop port in the settings.` })
    expect(logged).toHaveLength(1)
    // The console itself works.
    expect((await value<unknown[]>('departments:list')).length).toBeGreaterThan(0)
  })

  it('tries a busy port again when the settings are saved, once the other program has let go of it', async () => {
    const blocker = createServer()
    await new Promise<void>((r) => blocker.listen(0, '127.0.0.1', () => r()))
    const busy = (blocker.address() as AddressInfo).port
    const { phone, setCtiPort, status } = await consoleWithPhone({}, { ctiPort: busy })
    expect((await status()).listening).toBe(false)
    await new Promise((r) => blocker.close(r))
    await setCtiPort(busy)
    await phone.idle()
    expect(await status()).toMatchObject({ listening: true, port: busy, error: null })
  })

  it('recovers when the agent picks a free port after a busy one', async () => {
    const { phone, setCtiPort, status } = await consoleWithPhone({}, { ctiPort: await occupiedPort() })
    expect((await status()).listening).toBe(false)
    const next = await freePort()
    await setCtiPort(next)
    await phone.idle()
    expect(await status()).toMatchObject({ listening: true, port: next, error: null })
  })

  it('comes from SDC_CTI_PORT when set (0 picks a free one), which the settings then do not move', async () => {
    const { phone, setCtiPort, status } = await consoleWithPhone({ SDC_CTI_PORT: '0' })
    const first = await status()
    expect(first.listening).toBe(true)
    expect(first.port).toBeGreaterThan(0)
    await setCtiPort(await freePort())
    await phone.idle()
    expect((await status()).port).toBe(first.port)

    const bad = await consoleWithPhone({ SDC_CTI_PORT: 'seventy' })
    expect(await bad.status()).toMatchObject({ listening: false, error: expect.stringMatching(/SDC_CTI_PORT must be a port number/) })
  })

  it('says "not started" before the endpoint is started', async () => {
    const { status } = await consoleWithPhone({ SDC_CTI_PORT: '0' }, { start: false })
    expect(await status()).toMatchObject({ listening: false, error: 'not started' })
  })
})

describe('the protocol URL', () => {
  it('is handled like the endpoint: a call with the number, the UI told, the console brought forward', async () => {
    const { phone, runtime, pops, value } = await consoleWithPhone({ SDC_CTI_PORT: '0' })
    const seen: string[] = []
    runtime.events.subscribe((event) => seen.push(event))
    const request = requestFromUrl('servicedesk-console://call?number=+31%2099%20876%205432&callId=url-1')
    if (request.kind !== 'event') throw new Error('expected an event')
    const result = phone.deliver(request.event)
    expect(result.personId).toBeNull()
    const call = await value<{ phoneNumber: string; draft: { caller: { phone: string } } }>('calls:get', { id: result.callId })
    expect(call.draft.caller.phone).toBe('+31 99 876 5432')
    expect(seen).toEqual(['calls:changed', 'phone:screen-pop'])
    expect(pops).toEqual([{ callId: result.callId, number: '+31 99 876 5432', personId: null }])

    const hangup = requestFromUrl('servicedesk-console://hangup?callId=url-1')
    if (hangup.kind !== 'event') throw new Error('expected an event')
    phone.deliver(hangup.event)
    expect((await value<{ endedAt: string | null }>('calls:get', { id: result.callId })).endedAt).not.toBeNull()
  })

  it('works even when the endpoint cannot open its port', async () => {
    const { phone, status } = await consoleWithPhone({}, { ctiPort: await occupiedPort() })
    expect((await status()).listening).toBe(false)
    const request = requestFromUrl('servicedesk-console://call?number=0201234567')
    if (request.kind !== 'event') throw new Error('expected an event')
    expect(phone.deliver(request.event).callId).toEqual(expect.any(String))
  })
})
