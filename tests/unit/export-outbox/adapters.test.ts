import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { createServer } from 'node:http'
import type { AddressInfo } from 'node:net'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import * as t from '../../../src/main/db/schema'
import { ExportError, httpError, type AdapterContext } from '../../../src/main/export/adapter'
import { fileAdapter } from '../../../src/main/export/adapters/file'
import { webhookAdapter } from '../../../src/main/export/adapters/webhook'
import { credentialVariable, envCredentials } from '../../../src/main/export/credentials'
import { loadExportNote, type ExportNote } from '../../../src/main/export/note'
import { fromJson } from '../../../src/shared/export/json'
import { finishedCall } from '../support/finished-call'
import { tempDir } from '../support/paths'
import { demoRuntime } from '../support/runtime'
import { startFakeTicketApi } from './fake-ticket-api'

function note(): ExportNote {
  const db = demoRuntime().runtime.database!.db
  const callId = finishedCall(db, { name: 'Joëlle Ĳsselmuiden', what: 'Scherm blijft zwart na het inloggen — “café” als wachtwoord?', notes: 'Stekker zat los.' })
  expect(db.select().from(t.outbox).all()).toEqual([])
  return loadExportNote(db, callId)
}

const ctx = (config: Record<string, unknown>, credential: string | null = null, kind = 'webhook'): AdapterContext => ({
  target: { id: '00000000-0000-4000-8000-000000000001', kind, name: 'Test', config },
  credential,
  signal: AbortSignal.timeout(5000),
})

describe('the JSON webhook adapter', () => {
  it('posts the call note as JSON with the call id as idempotency key and reference, and the bearer token', async () => {
    const api = await startFakeTicketApi()
    try {
      const n = note()
      const remote = await webhookAdapter.send(n, ctx({ url: `${api.url}/tickets` }, 's3cret-token'))
      const ticket = api.tickets[0]!
      expect(remote).toEqual({ remoteId: ticket.id, remoteUrl: `${api.url}/tickets/${ticket.id}` })
      expect(ticket).toMatchObject({ externalReference: n.callId, idempotencyKey: n.callId, callIdHeader: n.callId, authorization: 'Bearer s3cret-token' })
      expect(ticket.contentType).toMatch(/^application\/json/)
      // The body is the documented JSON note, UTF-8 intact.
      expect(fromJson(ticket.body).intake.what).toBe('Scherm blijft zwart na het inloggen — “café” als wachtwoord?')
      expect(await webhookAdapter.findExisting!(n, ctx({ url: `${api.url}/tickets`, lookupUrl: `${api.url}/tickets` }))).toEqual(remote)
    } finally {
      await api.close()
    }
  })

  it('finds nothing without a lookup URL or when the lookup has no ticket for the call', async () => {
    const api = await startFakeTicketApi()
    try {
      const n = note()
      expect(await webhookAdapter.findExisting!(n, ctx({ url: `${api.url}/tickets` }))).toBeNull()
      expect(await webhookAdapter.findExisting!(n, ctx({ url: `${api.url}/tickets`, lookupUrl: `${api.url}/tickets` }))).toBeNull()
    } finally {
      await api.close()
    }
  })

  it('classifies what went wrong: retryable for the network and server errors, permanent with a reason otherwise', async () => {
    const n = note()
    const statusServer = createServer((request, response) => {
      const status = Number(new URL(request.url ?? '/', 'http://x').pathname.slice(1))
      response.writeHead(status, { 'Content-Type': 'text/plain' })
      response.end(status === 403 ? 'no rights on queue General' : '')
    })
    await new Promise<void>((resolve) => statusServer.listen(0, '127.0.0.1', resolve))
    const base = `http://127.0.0.1:${(statusServer.address() as AddressInfo).port}`
    const failure = (url: string) => webhookAdapter.send(n, ctx({ url })).then(() => null, (error: ExportError) => error)
    try {
      expect(await failure(`${base}/503`)).toMatchObject({ reason: 'server-error', retryable: true })
      expect(await failure(`${base}/401`)).toMatchObject({ reason: 'wrong-credentials', retryable: false })
      expect(await failure(`${base}/403`)).toMatchObject({ reason: 'missing-permission', retryable: false, message: expect.stringContaining('no rights on queue General') })
      expect(await failure(`${base}/404`)).toMatchObject({ reason: 'unknown-queue', retryable: false })
      expect(await failure(`${base}/429`)).toMatchObject({ reason: 'rate-limited', retryable: true })
      expect(await failure(`${base}/422`)).toMatchObject({ reason: 'rejected', retryable: false })
    } finally {
      await new Promise((resolve) => statusServer.close(resolve))
    }
    // Nothing listens on port 9 of the loopback address.
    expect(await failure('http://127.0.0.1:9/tickets')).toMatchObject({ reason: 'unreachable', retryable: true })
    expect(await failure('ftp://example.org/x')).toMatchObject({ reason: 'misconfigured', retryable: false, message: expect.stringContaining('url') })
    expect(httpError(500, 'u', '', '30')).toMatchObject({ retryAfterSeconds: 30 })
  })

  it('tests the connection and names the problem', async () => {
    const api = await startFakeTicketApi()
    try {
      expect(await webhookAdapter.test!(ctx({ url: `${api.url}/tickets`, lookupUrl: `${api.url}/tickets` }))).toMatchObject({ ok: true })
      expect(await webhookAdapter.test!(ctx({ url: 'http://127.0.0.1:9/tickets' }))).toMatchObject({ ok: false, error: { reason: 'unreachable' } })
    } finally {
      await api.close()
    }
  })
})

describe('the file adapter', () => {
  it('writes <date>-<short id>.json whole, and a retry finds the file instead of writing another', async () => {
    const folder = tempDir()
    const n = note()
    const first = await fileAdapter.send(n, ctx({ folder }, null, 'file'))
    expect(first.remoteId).toMatch(new RegExp(`^${n.finishedAt.slice(0, 10)}-[0-9A-F]{8}\\.json$`))
    expect(readdirSync(folder)).toEqual([first.remoteId])
    expect(fromJson(readFileSync(join(folder, first.remoteId), 'utf8')).callId).toBe(n.callId)
    expect(await fileAdapter.findExisting!(n, ctx({ folder }, null, 'file'))).toEqual(first)
    expect(await fileAdapter.send(n, ctx({ folder }, null, 'file'))).toEqual(first)
    expect(readdirSync(folder)).toEqual([first.remoteId])
  })

  it('keeps another call’s file with the same short name and uses the full id instead', async () => {
    const folder = tempDir()
    const n = note()
    const short = `${n.finishedAt.slice(0, 10)}-${n.callId.replace(/-/g, '').slice(0, 8).toUpperCase()}.json`
    writeFileSync(join(folder, short), '{"callId":"someone-else"}')
    const remote = await fileAdapter.send(n, ctx({ folder }, null, 'file'))
    expect(remote.remoteId).toBe(`${n.finishedAt.slice(0, 10)}-${n.callId}.json`)
    expect(readFileSync(join(folder, short), 'utf8')).toBe('{"callId":"someone-else"}')
  })

  it('writes Markdown and plain text too, and says clearly when the folder is missing or not a full path', async () => {
    const folder = tempDir()
    const n = note()
    const md = await fileAdapter.send(n, ctx({ folder, format: 'md' }, null, 'file'))
    expect(md.remoteId).toMatch(/\.md$/)
    expect(await fileAdapter.send(n, ctx({ folder, format: 'md' }, null, 'file'))).toEqual(md)
    const missing = join(folder, 'nope')
    await expect(fileAdapter.send(n, ctx({ folder: missing }, null, 'file'))).rejects.toMatchObject({ reason: 'misconfigured', message: expect.stringContaining(missing) })
    await expect(fileAdapter.send(n, ctx({ folder: 'relative/path' }, null, 'file'))).rejects.toMatchObject({ reason: 'misconfigured', message: expect.stringContaining('folder') })
    mkdirSync(missing)
    expect(await fileAdapter.test!(ctx({ folder: missing }, null, 'file'))).toMatchObject({ ok: true })
  })
})

describe('credentials in the browser host', () => {
  it('come from SDC_TARGET_<NAME>_TOKEN', () => {
    expect(credentialVariable('Zuiderhaven webhook')).toBe('SDC_TARGET_ZUIDERHAVEN_WEBHOOK_TOKEN')
    expect(credentialVariable('Request Tracker (één)')).toBe('SDC_TARGET_REQUEST_TRACKER_EEN_TOKEN')
    const provider = envCredentials({ SDC_TARGET_RT_TOKEN: ' abc ' })
    expect(provider.get({ id: 'x', name: 'RT' })).toBe('abc')
    expect(provider.get({ id: 'y', name: 'Other' })).toBeNull()
  })
})
