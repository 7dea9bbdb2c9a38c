import { describe, expect, it } from 'vitest'
import { EventBus } from '../../../src/main/contract/event-bus'
import type { Db } from '../../../src/main/db/open'
import * as t from '../../../src/main/db/schema'
import { ExportError, type ExportAdapter } from '../../../src/main/export/adapter'
import { webhookAdapter } from '../../../src/main/export/adapters/webhook'
import { loadExportNote } from '../../../src/main/export/note'
import { backoffDelay, claim, complete, entriesOfCall, fail, retry } from '../../../src/main/export/outbox'
import { startOutboxWorker } from '../../../src/main/export/worker'
import { finishCall, startCall } from '../../../src/main/services/calls'
import type { EventPayload } from '../../../src/shared/contract'
import { demoRuntime } from '../support/runtime'
import { startFakeTicketApi } from './fake-ticket-api'

function setup() {
  const { runtime } = demoRuntime()
  return runtime.database!.db
}

function addTarget(db: Db, name: string, kind = 'webhook', config: Record<string, unknown> = { url: 'http://127.0.0.1:9/tickets' }, enabled = true): string {
  return db.insert(t.exportTargets).values({ kind, name, config, enabled }).returning().get().id
}

function finished(db: Db, what = 'Printer op de tweede verdieping drukt niet af', now = new Date()): string {
  const { call } = startCall(db, { source: 'manual' }, now)
  finishCall(
    db,
    call.id,
    {
      ...call.draft,
      caller: { ...call.draft.caller, name: 'Anouk de Vries' },
      intake: { ...call.draft.intake, what },
      outcome: { ...call.draft.outcome, kind: 'resolved', notes: 'Lade opnieuw geplaatst; werkt weer.' },
    },
    now,
  )
  return call.id
}

const at = (iso: string) => new Date(iso)

describe('finishing a call queues it for export', () => {
  it('creates one entry per enabled target, in the same transaction, and none for a disabled one', () => {
    const db = setup()
    const rt = addTarget(db, 'RT')
    const files = addTarget(db, 'Folder', 'file', { folder: '/tmp' })
    addTarget(db, 'Old webhook', 'webhook', {}, false)
    const callId = finished(db)
    const entries = entriesOfCall(db, callId)
    expect(entries.map((e) => e.targetId).sort()).toEqual([rt, files].sort())
    expect(entries.every((e) => e.status === 'queued' && e.attempts === 0)).toBe(true)
  })

  it('queues nothing when no target is configured, and a refused finish queues nothing', () => {
    const db = setup()
    expect(entriesOfCall(db, finished(db))).toEqual([])
    addTarget(db, 'RT')
    const { call } = startCall(db, { source: 'manual' })
    expect(() => finishCall(db, call.id, call.draft)).toThrow(/cannot be finished/)
    expect(entriesOfCall(db, call.id)).toEqual([])
  })
})

describe('claiming', () => {
  it('gives a due entry to one worker only, and again to another once the lease has run out', () => {
    const db = setup()
    addTarget(db, 'RT')
    const callId = finished(db, 'x', at('2026-11-27T10:00:00Z'))
    const first = claim(db, 'app', at('2026-11-27T10:00:01Z'), 60_000)
    expect(first).toMatchObject({ callId, status: 'sending', leaseOwner: 'app', attempts: 1 })
    expect(claim(db, 'browser-host', at('2026-11-27T10:00:02Z'), 60_000)).toBeNull()
    // The app died while sending: after the lease the browser host takes over, knowing it was tried.
    expect(claim(db, 'browser-host', at('2026-11-27T10:01:02Z'), 60_000)).toMatchObject({ callId, leaseOwner: 'browser-host', attempts: 2 })
  })

  it('takes the entry waiting longest first and leaves entries not yet due', () => {
    const db = setup()
    addTarget(db, 'RT')
    const older = finished(db, 'a', at('2026-11-27T09:00:00Z'))
    const newer = finished(db, 'b', at('2026-11-27T09:30:00Z'))
    expect(claim(db, 'w', at('2026-11-27T08:59:00Z'), 1000)).toBeNull()
    expect(claim(db, 'w', at('2026-11-27T10:00:00Z'), 1000)?.callId).toBe(older)
    expect(claim(db, 'w', at('2026-11-27T10:00:00Z'), 1000)?.callId).toBe(newer)
  })
})

describe('failing and retrying', () => {
  it('waits longer after each retryable failure, with jitter, up to the cap', () => {
    const backoff = { baseMs: 1000, capMs: 60_000 }
    expect(backoffDelay(1, backoff, () => 0.999)).toBe(999)
    expect(backoffDelay(4, backoff, () => 0.999)).toBe(7992)
    expect(backoffDelay(40, backoff, () => 0.999)).toBe(59_940)
    expect(backoffDelay(4, backoff, () => 0)).toBe(0)
  })

  it('puts an entry back in the queue after a server error, and stops it with the reason after a permanent one', () => {
    const db = setup()
    addTarget(db, 'RT')
    const callId = finished(db, 'x', at('2026-11-27T10:00:00Z'))
    const now = at('2026-11-27T10:00:00Z')
    const entry = claim(db, 'w', now, 60_000)!
    expect(fail(db, entry, 'w', new ExportError('server-error', 'HTTP 503'), now, { baseMs: 1000, capMs: 1000 })).toBe('queued')
    const waiting = entriesOfCall(db, callId)[0]!
    expect(waiting).toMatchObject({ status: 'queued', leaseOwner: null, lastError: 'server-error: HTTP 503' })
    expect(Date.parse(waiting.nextAttemptAt)).toBeLessThanOrEqual(now.getTime() + 1000)

    const again = claim(db, 'w', at('2026-11-27T10:00:02Z'), 60_000)!
    expect(fail(db, again, 'w', new ExportError('wrong-credentials', 'HTTP 401'), at('2026-11-27T10:00:02Z'))).toBe('failed')
    expect(entriesOfCall(db, callId)[0]).toMatchObject({ status: 'failed', lastError: 'wrong-credentials: HTTP 401' })
    expect(claim(db, 'w', at('2026-11-28T10:00:00Z'), 60_000)).toBeNull()

    // The administrator fixed the token; the agent retries.
    expect(retry(db, again.id, at('2026-11-28T10:00:00Z'))).toMatchObject({ status: 'queued' })
    const third = claim(db, 'w', at('2026-11-28T10:00:00Z'), 60_000)!
    complete(db, third.id, { remoteId: '4711', remoteUrl: 'https://rt.example/Ticket/Display.html?id=4711' })
    expect(entriesOfCall(db, callId)[0]).toMatchObject({ status: 'sent', remoteId: '4711', lastError: '' })
    expect(retry(db, third.id)).toBeNull()
  })

  it('ignores the failure of a worker that lost its lease to another', () => {
    const db = setup()
    addTarget(db, 'RT')
    const callId = finished(db, 'x', at('2026-11-27T10:00:00Z'))
    const slow = claim(db, 'slow', at('2026-11-27T10:00:00Z'), 1000)!
    claim(db, 'fast', at('2026-11-27T10:00:05Z'), 60_000)
    fail(db, slow, 'slow', new ExportError('timeout', 'too slow'), at('2026-11-27T10:00:06Z'))
    expect(entriesOfCall(db, callId)[0]).toMatchObject({ status: 'sending', leaseOwner: 'fast' })
  })
})

describe('the worker', () => {
  it('sends a finished call, is woken by the finish, and says so as export:changed', async () => {
    const db = setup()
    const api = await startFakeTicketApi()
    const targetId = addTarget(db, 'Fake API', 'webhook', { url: `${api.url}/tickets`, lookupUrl: `${api.url}/tickets` })
    const bus = new EventBus()
    const seen: EventPayload<'export:changed'>[] = []
    bus.subscribe((event, payload) => event === 'export:changed' && seen.push(payload as EventPayload<'export:changed'>))
    const worker = startOutboxWorker({ db, adapters: { webhook: webhookAdapter }, owner: 'test', events: bus, pollMs: 60_000, credentials: { get: () => null } })
    try {
      const callId = finished(db)
      await expect.poll(() => entriesOfCall(db, callId)[0]?.status).toBe('sent')
      const ticket = api.tickets[0]!
      expect(entriesOfCall(db, callId)[0]).toMatchObject({ remoteId: ticket.id, remoteUrl: `${api.url}/tickets/${ticket.id}` })
      expect(seen.map((e) => e.status)).toEqual(['queued', 'sending', 'sent'])
      expect(seen.at(-1)).toEqual({ callId, targetId, status: 'sent', remoteId: ticket.id })
    } finally {
      await worker.stop()
      await api.close()
    }
  })

  it('fails an entry whose target kind this console has no adapter for, with a reason an administrator understands', async () => {
    const db = setup()
    addTarget(db, 'ServiceNow', 'servicenow', {})
    const bus = new EventBus()
    const errors: string[] = []
    bus.subscribe((event, payload) => event === 'export:changed' && errors.push((payload as EventPayload<'export:changed'>).error ?? ''))
    const worker = startOutboxWorker({ db, adapters: {}, owner: 'test', events: bus, pollMs: 60_000 })
    try {
      const callId = finished(db)
      await expect.poll(() => entriesOfCall(db, callId)[0]?.status).toBe('failed')
      expect(entriesOfCall(db, callId)[0]?.lastError).toMatch(/^no-adapter: .*"servicenow"/)
      expect(errors.at(-1)).toMatch(/servicenow/)
    } finally {
      await worker.stop()
    }
  })

  it('after a crash between creating the ticket and recording it, finds the ticket instead of creating another', async () => {
    const db = setup()
    const api = await startFakeTicketApi()
    addTarget(db, 'Fake API', 'webhook', { url: `${api.url}/tickets`, lookupUrl: `${api.url}/tickets` })
    const callId = finished(db)
    // The first attempt: claimed, and the ticket created, but the process died before `complete`.
    const crashed = claim(db, 'crashed', new Date(), 1)!
    let created = 0
    const counting: ExportAdapter = { ...webhookAdapter, send: (note, ctx) => (created++, webhookAdapter.send(note, ctx)) }
    await webhookAdapter.send(loadExportNote(db, crashed.callId), {
      target: { id: crashed.targetId, kind: 'webhook', name: 'Fake API', config: { url: `${api.url}/tickets` } },
      credential: null,
      signal: AbortSignal.timeout(5000),
    })
    const worker = startOutboxWorker({ db, adapters: { webhook: counting }, owner: 'restarted', pollMs: 20 })
    try {
      await expect.poll(() => entriesOfCall(db, callId)[0]?.status).toBe('sent')
      expect(created).toBe(0)
      expect(api.tickets).toHaveLength(1)
      expect(entriesOfCall(db, callId)[0]?.remoteId).toBe(api.tickets[0]!.id)
    } finally {
      await worker.stop()
      await api.close()
    }
  })
})
