import { createServer } from 'node:http'
import type { AddressInfo } from 'node:net'
import PostalMime from 'postal-mime'
import { eq } from 'drizzle-orm'
import { describe, expect, it } from 'vitest'
import { EventBus } from '../../../src/main/contract/event-bus'
import type { Db } from '../../../src/main/db/open'
import * as t from '../../../src/main/db/schema'
import { fileAdapter } from '../../../src/main/export/adapters/file'
import { webhookAdapter } from '../../../src/main/export/adapters/webhook'
import { startOutboxWorker } from '../../../src/main/export/worker'
import { startCall } from '../../../src/main/services/calls'
import { createExportOutbox } from '../../../src/main/services/export-outbox'
import type { EventPayload } from '../../../src/shared/contract'
import { csvColumns } from '../../../src/shared/export/csv'
import { exportBatchInputSchema } from '../../../src/shared/export/outbox'
import { fromJson } from '../../../src/shared/export/json'
import { shortCallId } from '../../../src/shared/export/subject'
import { startFakeTicketApi } from '../export-outbox/fake-ticket-api'
import { finishedCall } from '../support/finished-call'
import { tempDir } from '../support/paths'
import { demoRuntime } from '../support/runtime'

/** A real runtime (demo organisation, time zone Europe/Amsterdam) with the outbox service and what it announced. */
function setup() {
  const { runtime } = demoRuntime()
  const db = runtime.database!.db
  const bus = new EventBus()
  const announced: EventPayload<'export:changed'>[] = []
  bus.subscribe((event, payload) => event === 'export:changed' && announced.push(payload as EventPayload<'export:changed'>))
  const outbox = createExportOutbox({ db, events: bus, adapters: { webhook: webhookAdapter, file: fileAdapter } })
  return { db, bus, outbox, announced }
}

function addTarget(db: Db, name: string, config: Record<string, unknown>, kind = 'webhook', enabled = true): string {
  return db.insert(t.exportTargets).values({ kind, name, config, enabled }).returning().get().id
}

const finished = (db: Db, what: string, at = new Date()): string =>
  finishedCall(db, { name: 'Joëlle Ĳsselmuiden', what, notes: 'Stekker zat los; werkt weer.' }, at)

/** A receiver that refuses every ticket (HTTP 422: a permanent failure) until it is told to take them. */
async function moodyReceiver() {
  let accepting = false
  let next = 500
  const server = createServer((request, response) => {
    request.resume()
    request.once('end', () => {
      response.writeHead(accepting ? 201 : 422, { 'Content-Type': 'application/json' })
      response.end(JSON.stringify(accepting ? { id: String(next++) } : { error: 'queue is missing' }))
    })
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/tickets`,
    accept: () => void (accepting = true),
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  }
}

describe("a call's exports", () => {
  it('lists one entry per target with its name and kind, by target name', () => {
    const { db, outbox } = setup()
    const web = addTarget(db, 'Webhook', { url: 'http://127.0.0.1:9/tickets' })
    const map = addTarget(db, 'Archiefmap', { folder: tempDir(), format: 'txt' }, 'file')
    const callId = finished(db, 'Printer drukt niet af')
    expect(outbox.ofCall(callId)).toMatchObject([
      { callId, targetId: map, targetName: 'Archiefmap', targetKind: 'file', status: 'queued', attempts: 0, lastError: '', remoteId: null },
      { callId, targetId: web, targetName: 'Webhook', targetKind: 'webhook', status: 'queued' },
    ])
    expect(outbox.ofCall(finished(db, 'Ander gesprek')).map((e) => e.targetName)).toEqual(['Archiefmap', 'Webhook'])
  })

  it('names the call of each entry by its caller and the moment it was finished (no name: empty)', () => {
    const { db, outbox } = setup()
    addTarget(db, 'Webhook', { url: 'http://127.0.0.1:9/tickets' })
    const named = finished(db, 'Printer drukt niet af', new Date('2026-03-10T08:15:00.000Z'))
    const unnamed = finished(db, 'Melding zonder naam', new Date('2026-03-11T13:45:00.000Z'))
    // Finishing needs a name now; a call recorded by an older version (or imported) can have none.
    db.update(t.calls).set({ callerName: '' }).where(eq(t.calls.id, unnamed)).run()
    const byCall = new Map(outbox.list({ limit: 10 }).entries.map((e) => [e.callId, e]))
    expect(byCall.get(named)).toMatchObject({ callerName: 'Joëlle Ĳsselmuiden', finishedAt: '2026-03-10T08:15:00.000Z' })
    expect(byCall.get(unnamed)).toMatchObject({ callerName: '', finishedAt: '2026-03-11T13:45:00.000Z' })
    expect(outbox.ofCall(named)[0]).toMatchObject({ callerName: 'Joëlle Ĳsselmuiden', finishedAt: '2026-03-10T08:15:00.000Z' })
  })
})

describe('retrying', () => {
  it('sends a failed entry again once the cause is fixed; a sent one is not sent twice', async () => {
    const { db, bus, outbox, announced } = setup()
    const receiver = await moodyReceiver()
    addTarget(db, 'Tickets', { url: receiver.url })
    const worker = startOutboxWorker({ db, adapters: { webhook: webhookAdapter }, owner: 'test', events: bus, pollMs: 30, credentials: { get: () => null } })
    try {
      const callId = finished(db, 'Scherm blijft zwart')
      await expect.poll(() => outbox.ofCall(callId)[0]?.status).toBe('failed')
      const failed = outbox.ofCall(callId)[0]!
      expect(failed.lastError).toMatch(/^rejected: .*HTTP 422.*queue is missing/)
      expect(outbox.list({ limit: 10 }).counts).toEqual({ queued: 0, sending: 0, sent: 0, failed: 1 })

      db.update(t.exportTargets).set({ enabled: false }).run()
      expect(() => outbox.retry(failed.id)).toThrow(expect.objectContaining({ code: 'conflict', message: expect.stringContaining('"Tickets" is switched off') }))
      db.update(t.exportTargets).set({ enabled: true }).run()

      receiver.accept()
      announced.length = 0
      expect(outbox.retry(failed.id)).toMatchObject({ id: failed.id, status: 'queued', targetName: 'Tickets' })
      expect(announced[0]).toEqual({ callId, targetId: failed.targetId, status: 'queued' })
      await expect.poll(() => outbox.ofCall(callId)[0]?.status).toBe('sent')
      expect(outbox.ofCall(callId)[0]).toMatchObject({ remoteId: '500', lastError: '' })

      expect(() => outbox.retry(failed.id)).toThrow(expect.objectContaining({ code: 'conflict', message: expect.stringContaining('ticket 500') }))
      expect(() => outbox.retry(crypto.randomUUID())).toThrow(expect.objectContaining({ code: 'not-found' }))
    } finally {
      await worker.stop()
      await receiver.close()
    }
  })
})

describe('the outbox list', () => {
  it('shows failed entries first, then the newest, filters by status and target, and counts per status', () => {
    const { db, outbox } = setup()
    addTarget(db, 'Webhook', { url: 'http://127.0.0.1:9/tickets' })
    const older = finished(db, 'Oudste melding')
    const broken = finished(db, 'Mislukte melding')
    const newer = finished(db, 'Nieuwere melding')
    // Entries are stamped when written; these were written an hour or more ago.
    const ago = (hours: number) => new Date(Date.now() - hours * 3_600_000).toISOString()
    db.update(t.outbox).set({ createdAt: ago(3) }).where(eq(t.outbox.callId, older)).run()
    db.update(t.outbox).set({ createdAt: ago(2), status: 'failed', lastError: 'wrong-credentials: HTTP 401' }).where(eq(t.outbox.callId, broken)).run()
    db.update(t.outbox).set({ createdAt: ago(1) }).where(eq(t.outbox.callId, newer)).run()
    const map = addTarget(db, 'Map', { folder: tempDir(), format: 'txt' }, 'file')
    const latest = finished(db, 'Naar beide doelen')

    const all = outbox.list({ limit: 200 })
    expect(all.entries.map((e) => e.callId)).toEqual([broken, latest, latest, newer, older])
    expect(all.entries[0]).toMatchObject({ status: 'failed', lastError: 'wrong-credentials: HTTP 401', targetName: 'Webhook' })
    expect(all.counts).toEqual({ queued: 4, sending: 0, sent: 0, failed: 1 })
    expect(outbox.list({ status: 'failed', limit: 200 }).entries.map((e) => e.callId)).toEqual([broken])
    expect(outbox.list({ targetId: map, limit: 200 })).toEqual({
      entries: [expect.objectContaining({ callId: latest, targetName: 'Map', targetKind: 'file' })],
      counts: { queued: 1, sending: 0, sent: 0, failed: 0 },
    })
    expect(outbox.list({ limit: 2 }).entries.map((e) => e.callId)).toEqual([broken, latest])
  })
})

describe('batch export', () => {
  // Europe/Amsterdam is UTC+1 in March 2025: 23:30 UTC is already the next day there.
  const moments = { mar9: '2025-03-09T12:00:00.000Z', mar10early: '2025-03-09T23:30:00.000Z', mar10: '2025-03-10T10:00:00.000Z', mar11early: '2025-03-10T23:30:00.000Z' }

  it("queues the finished calls of the organisation's days, counts those already there, and reports progress as the worker sends", async () => {
    const { db, bus, outbox, announced } = setup()
    const calls = Object.fromEntries(Object.entries(moments).map(([key, iso]) => [key, finished(db, `Melding ${key}`, new Date(iso))])) as Record<keyof typeof moments, string>
    const draft = startCall(db, { source: 'manual' }, new Date(moments.mar10)).call.id
    const api = await startFakeTicketApi()
    const targetId = addTarget(db, 'Tickets', { url: `${api.url}/tickets`, lookupUrl: `${api.url}/tickets` })
    try {
      expect(outbox.batch({ targetId, callIds: [calls.mar10] })).toMatchObject({ queued: 1, alreadyThere: 0 })
      announced.length = 0
      const batch = outbox.batch({ targetId, from: '2025-03-10', to: '2025-03-10' })
      // 10 March in Amsterdam: the call at 00:30 local time and the one at 11:00; not the draft, not 9 or 11 March.
      expect(batch).toMatchObject({ queued: 1, alreadyThere: 1 })
      expect(announced).toEqual([{ callId: calls.mar10early, targetId, status: 'queued' }])
      expect(outbox.ofCall(draft)).toEqual([])
      expect(outbox.batchProgress(batch.batchId)).toEqual({ queued: 1, sending: 0, sent: 0, failed: 0, total: 1 })

      const rest = outbox.batch({ targetId, from: '2025-03-09', to: '2025-03-11' })
      expect(rest).toMatchObject({ queued: 2, alreadyThere: 2 })
      expect(outbox.batchProgress(rest.batchId)).toMatchObject({ queued: 2, total: 2 })

      const worker = startOutboxWorker({ db, adapters: { webhook: webhookAdapter }, owner: 'test', events: bus, pollMs: 30, credentials: { get: () => null } })
      try {
        await expect.poll(() => outbox.batchProgress(rest.batchId)).toEqual({ queued: 0, sending: 0, sent: 2, failed: 0, total: 2 })
        await expect.poll(() => outbox.list({ targetId, limit: 10 }).counts.sent).toBe(4)
      } finally {
        await worker.stop()
      }
      // Every call of the period exactly once at the target.
      expect([...api.byReference().entries()].map(([callId, tickets]) => [callId, tickets.length]).sort()).toEqual(Object.values(calls).map((id) => [id, 1]).sort())
      // Nothing left to do: a second batch over all finished calls finds them all there.
      expect(outbox.batch({ targetId })).toMatchObject({ queued: 0, alreadyThere: 4 })
    } finally {
      await api.close()
    }
  })

  it('refuses an unknown or switched-off target, a period that ends before it starts, and calls that are not finished', () => {
    const { db, outbox } = setup()
    const done = finished(db, 'Klaar')
    const draft = startCall(db, { source: 'manual' }).call.id
    const off = addTarget(db, 'Uit', { url: 'http://127.0.0.1:9/tickets' }, 'webhook', false)
    const on = addTarget(db, 'Aan', { url: 'http://127.0.0.1:9/tickets' })
    const unknownKind = addTarget(db, 'ServiceNow', {}, 'servicenow')
    expect(() => outbox.batch({ targetId: crypto.randomUUID() })).toThrow(expect.objectContaining({ code: 'not-found' }))
    expect(() => outbox.batch({ targetId: off })).toThrow(
      expect.objectContaining({ code: 'conflict', message: expect.stringContaining('"Uit" is switched off'), issues: [{ field: 'targetId', message: 'is switched off' }] }),
    )
    expect(() => outbox.batch({ targetId: unknownKind })).toThrow(expect.objectContaining({ code: 'invalid-input', message: expect.stringContaining('"servicenow"') }))
    expect(() => outbox.batch({ targetId: on, from: '2025-03-10', to: '2025-03-09' })).toThrow(expect.objectContaining({ code: 'invalid-input', issues: [expect.objectContaining({ field: 'to' })] }))
    expect(() => outbox.batch({ targetId: on, callIds: [done, draft] })).toThrow(
      expect.objectContaining({ code: 'invalid-input', message: expect.stringContaining('1 of the chosen calls is not finished'), issues: [{ field: 'callIds.1', message: 'is not a finished call' }] }),
    )
    // Refused as a whole: the finished call was not queued either.
    expect(outbox.list({ targetId: on, limit: 10 }).entries).toEqual([])
    expect(() => outbox.batchProgress(crypto.randomUUID())).toThrow(expect.objectContaining({ code: 'not-found' }))
  })
})

describe('batch export after a failure', () => {
  it('sends again the calls that failed while the target was switched off, once it is on again', async () => {
    const { db, outbox } = setup()
    const api = await startFakeTicketApi()
    try {
      const targetId = addTarget(db, 'Tickets', { url: `${api.url}/tickets` })
      const callId = finished(db, 'Scanner geeft een papierstoring')
      db.update(t.exportTargets).set({ enabled: false }).where(eq(t.exportTargets.id, targetId)).run()
      const worker = startOutboxWorker({ db, adapters: { webhook: webhookAdapter }, owner: 'test', pollMs: 20, credentials: { get: () => null } })
      try {
        await expect.poll(() => outbox.ofCall(callId)[0]?.status).toBe('failed')
        expect(outbox.ofCall(callId)[0]?.lastError).toMatch(/switched off/)
        db.update(t.exportTargets).set({ enabled: true }).where(eq(t.exportTargets.id, targetId)).run()
        // The failed call goes again; nothing "already there" keeps it back.
        expect(outbox.batch({ targetId })).toMatchObject({ queued: 1, alreadyThere: 0 })
        await expect.poll(() => outbox.ofCall(callId)[0]?.status).toBe('sent')
        expect(api.byReference().get(callId)).toHaveLength(1)
        // Sent now: a further batch leaves it alone.
        expect(outbox.batch({ targetId })).toMatchObject({ queued: 0, alreadyThere: 1 })
      } finally {
        await worker.stop()
      }
    } finally {
      await api.close()
    }
  })

  it('refuses a day that is not on the calendar at the field, before anything is chosen', () => {
    const parsed = exportBatchInputSchema.safeParse({ targetId: crypto.randomUUID(), from: '2026-02-31' })
    expect(parsed.success).toBe(false)
    expect(parsed.error!.issues).toEqual([expect.objectContaining({ path: ['from'], message: 'is not a day on the calendar' })])
    expect(exportBatchInputSchema.safeParse({ targetId: crypto.randomUUID(), from: '2028-02-29', to: '2028-03-01' }).success).toBe(true)
  })
})

describe('rendering a note', () => {
  it('gives the finished call in each format, named like the file target names its files', async () => {
    const { db, outbox } = setup()
    const what = 'Scherm blijft zwart na het inloggen — “café” als wachtwoord?'
    const callId = finished(db, what, new Date('2026-11-26T09:15:00.000Z'))
    const name = (ext: string) => `2026-11-26-${shortCallId(callId)}.${ext}`

    const txt = await outbox.render(callId, 'txt')
    expect(txt.fileName).toBe(name('txt'))
    expect(txt.content).toContain(what)
    expect(txt.content).toContain('Joëlle Ĳsselmuiden')
    expect(txt.content).toContain(`[SDC-${shortCallId(callId)}]`)

    const md = await outbox.render(callId, 'md')
    expect(md.fileName).toBe(name('md'))
    expect(md.content).toMatch(/^# /)

    const json = await outbox.render(callId, 'json')
    expect(fromJson(json.content)).toMatchObject({ callId, intake: { what }, caller: { name: 'Joëlle Ĳsselmuiden' } })

    const csv = await outbox.render(callId, 'csv')
    const lines = csv.content.split('\r\n').filter((line) => line !== '')
    expect(lines).toHaveLength(2)
    expect(lines[0]).toBe(csvColumns.join(','))
    expect(lines[1]).toContain(callId)

    const eml = await outbox.render(callId, 'eml')
    expect(eml.fileName).toBe(name('eml'))
    const mail = await PostalMime.parse(eml.content)
    expect(mail.subject).toContain(`[SDC-${shortCallId(callId)}]`)
    expect(mail.text).toContain(what)
    expect(mail.from?.address).toBe('servicedesk@servicedesk-console.invalid')
  })

  it("addresses the e-mail like the e-mail target, and refuses a call that is not finished", async () => {
    const { db, outbox } = setup()
    addTarget(db, 'Intake', { host: 'smtp.example.org', port: 587, from: 'servicedesk@zuiderhaven.example', to: 'rt-intake@tickets.zuiderhaven.example' }, 'email')
    const callId = finished(db, 'Wachtwoord verlopen')
    const mail = await PostalMime.parse((await outbox.render(callId, 'eml')).content)
    expect(mail.from?.address).toBe('servicedesk@zuiderhaven.example')
    expect(mail.to?.[0]?.address).toBe('rt-intake@tickets.zuiderhaven.example')
    const draft = startCall(db, { source: 'manual' }).call.id
    await expect(outbox.render(draft, 'txt')).rejects.toMatchObject({ code: 'conflict', message: expect.stringContaining('not finished') })
  })
})
