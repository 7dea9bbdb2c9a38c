// Exports finished calls to a real Request Tracker 5 (installed by tests/integration/rt/setup.sh,
// started here on loopback) through the RT adapter and the outbox worker, and reads the tickets back.
// Run with `npm run test:integration`; where RT is not installed, tests/integration/run.mjs says so.
import { eq } from 'drizzle-orm'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Db } from '../../src/main/db/open'
import * as t from '../../src/main/db/schema'
import type { AdapterContext } from '../../src/main/export/adapter'
import { rtAdapter } from '../../src/main/export/adapters/rt'
import { loadExportNote } from '../../src/main/export/note'
import { claim, entriesOfCall } from '../../src/main/export/outbox'
import { startOutboxWorker } from '../../src/main/export/worker'
import { stableId } from '../../src/main/services/stable-id'
import type { ChannelOutput } from '../../src/shared/contract'
import { toPlainText } from '../../src/shared/export/plain-text'
import { subjectOf } from '../../src/shared/export/subject'
import type { Result } from '../../src/shared/result'
import { adminRightsRefusal } from '../unit/support/refusal-parts'
import { demoRuntime } from '../unit/support/runtime'
import {
  RT_CALL_ID_FIELD,
  RT_NO_RIGHTS_USER,
  RT_ROOT_PASSWORD,
  RT_SECOND_QUEUE,
  RT_SEE_ONLY_USER,
  rtInstalled,
  rtReader,
  rtTargetConfig,
  startRt,
  type RtReader,
  type RunningRt,
} from './rt/server'

if (!rtInstalled()) throw new Error('Request Tracker is not installed: run `bash tests/integration/rt/setup.sh` first (tests/integration/run.mjs checks this).')

let rt: RunningRt
let reader: RtReader
beforeAll(async () => {
  rt = await startRt()
  reader = rtReader(rt.url)
}, 90_000)
afterAll(async () => {
  await rt?.stop()
})

const id = (kind: string, key: string) => stableId('zuiderhaven', kind, key)
const day = 24 * 3600_000
const longNotes = Array.from({ length: 60 }, (_, i) => `Regel ${i + 1}: één ë € “quote” — café, naïef, ĳsselmeer; tab\there.`).join('\n')

type Demo = ReturnType<typeof demoRuntime>

/** Oliver Bennett (o.bennett@example.nl) is refused admin rights and promised a call-back: password category, P2. */
async function refusalWithPromise(demo: Demo): Promise<string> {
  const h = demo.runtime.handlers
  const call = await h['calls:start']({ number: '+31600000107' })
  const rule = await h['rules:get']({ id: id('rule', 'admin-rights') })
  const saved = (await demo.dispatch('refusals:save', {
    callId: call.id,
    ruleId: id('rule', 'admin-rights'),
    language: 'nl',
    formOfAddress: 'formal',
    status: 'final',
    parts: adminRightsRefusal(rule),
  })) as Result<ChannelOutput<'refusals:save'>>
  if (!saved.ok) throw new Error(saved.error.message)
  const promise = 'U hoort vóór donderdag 12:00 van het team Financiën — één vraag staat nog open.'
  await h['calls:finish']({
    id: call.id,
    draft: {
      ...call.draft,
      category: 'password-account',
      applicationId: id('application', 'finix'),
      intake: { ...call.draft.intake, what: 'Kan niet inloggen in Finix, “wachtwoord verlopen”', since: 'vanochtend', tried: 'Opnieuw opgestart', impact: 'person', urgency: 'high' },
      answers: { 'verify-identity': 'callback-known-number', problem: 'expired' },
      readBack: { text: 'U kunt niet inloggen in Finix sinds vanochtend.', state: 'confirmed', correction: '', at: new Date().toISOString() },
      priority: { suggested: 'P3', reason: 'Eén persoon, dringend.', chosen: 'P2', overrideReason: 'Maandafsluiting: de salarisstroken (€ 1.234,56) moeten weg.' },
      outcome: { ...call.draft.outcome, kind: 'handed-over', resolverGroup: 'Functioneel beheer Financiën', notes: 'Account ontgrendeld aangevraagd; één vraag open.' },
      promise: { ...call.draft.promise, dueAt: new Date(Date.now() + 3 * day).toISOString(), text: promise, proposedText: promise },
    },
  })
  return call.id
}

/** Lies van den Berg: the VPN drops; a long note, resolved on the phone (network category → the Network queue). */
async function longResolved(demo: Demo): Promise<string> {
  const h = demo.runtime.handlers
  const call = await h['calls:start']({ number: '+31600000101' })
  await h['calls:finish']({
    id: call.id,
    draft: {
      ...call.draft,
      category: 'network-vpn',
      intake: { ...call.draft.intake, what: 'VPN valt steeds weg bij één ëxtra scherm — “time-out” na 5 min', since: 'gisteren', impact: 'person', urgency: 'normal' },
      readBack: { text: 'Uw VPN valt weg sinds gisteren.', state: 'confirmed', correction: '', at: new Date().toISOString() },
      priority: { suggested: 'P3', reason: 'Eén persoon.', chosen: 'P3', overrideReason: '' },
      outcome: { ...call.draft.outcome, kind: 'resolved', notes: longNotes },
    },
  })
  return call.id
}

function addTarget(db: Db, config: Record<string, unknown>): string {
  // Parsed as saving a target in settings would: the adapter's schema is what is stored.
  return db.insert(t.exportTargets).values({ kind: 'rt', name: 'Request Tracker', config: rtAdapter.configSchema.parse(config) }).returning().get().id
}

/** Runs a worker until every entry of the calls is sent (or failed), then stops it. */
async function drain(db: Db, callIds: string[], secret: string, owner = 'integration'): Promise<void> {
  const worker = startOutboxWorker({ db, adapters: { rt: rtAdapter }, owner, credentials: { get: () => secret }, pollMs: 100, timeoutMs: 20_000 })
  try {
    const deadline = Date.now() + 60_000
    for (;;) {
      const entries = callIds.flatMap((callId) => entriesOfCall(db, callId))
      if (entries.every((e) => e.status === 'sent' || e.status === 'failed')) return
      if (Date.now() > deadline) throw new Error(`not sent in time: ${JSON.stringify(entries.map((e) => [e.status, e.lastError]))}`)
      worker.wake()
      await new Promise((resolve) => setTimeout(resolve, 100))
    }
  } finally {
    await worker.stop()
  }
}

describe('export to a real Request Tracker 5', () => {
  it('sends finished calls through the outbox and RT holds them as the agent wrote them', async () => {
    const demo = demoRuntime('nl')
    const db = demo.runtime.database!.db
    const { config, secret } = rtTargetConfig(rt.url, { queueByCategory: { 'network-vpn': RT_SECOND_QUEUE }, priorityMap: { P2: '70', P3: '40' } })
    addTarget(db, config)
    const calls = [await refusalWithPromise(demo), await longResolved(demo)]

    await drain(db, calls, secret)

    for (const callId of calls) {
      const [entry] = entriesOfCall(db, callId)
      expect(entry, entry?.lastError).toMatchObject({ status: 'sent', attempts: 1 })
      const note = loadExportNote(db, callId)
      const ticket = await reader.ticket(entry!.remoteId!)
      expect(entry!.remoteUrl).toBe(`${rt.url}/Ticket/Display.html?id=${ticket.id}`)
      expect(ticket.subject).toBe(subjectOf(note))
      // The note verbatim, UTF-8 intact, to the last line break.
      expect(ticket.content).toBe(toPlainText(note))
      expect(ticket.contentType).toBe('text/plain')
      expect(ticket.requestors).toEqual([note.caller.email])
      expect(ticket.customFields[RT_CALL_ID_FIELD]).toEqual([callId])
      expect(await reader.ticketsWithCallId(callId)).toEqual([ticket.id])
    }

    const refused = await reader.ticket(entriesOfCall(db, calls[0]!)[0]!.remoteId!)
    expect(refused).toMatchObject({ queue: 'General', priority: '70', requestors: ['o.bennett@example.nl'] })
    const note = loadExportNote(db, calls[0]!)
    expect(refused.content).toContain(note.refusal!.spoken)
    expect(refused.content).toContain('U hoort vóór donderdag 12:00 van het team Financiën — één vraag staat nog open.')
    expect(refused.content).toContain('€ 1.234,56')

    const resolved = await reader.ticket(entriesOfCall(db, calls[1]!)[0]!.remoteId!)
    expect(resolved).toMatchObject({ queue: RT_SECOND_QUEUE, priority: '40', requestors: ['l.vandenberg@example.nl'] })
    expect(resolved.content).toContain(longNotes)
    expect(resolved.subject).toContain('VPN valt steeds weg bij één ëxtra scherm — “time-out” na 5 min')
  }, 120_000)

  it('does not make a second ticket when a sender died after RT created it', async () => {
    const demo = demoRuntime('nl')
    const db = demo.runtime.database!.db
    const { config, secret } = rtTargetConfig(rt.url)
    const targetId = addTarget(db, config)
    const callId = await longResolved(demo)

    // A first worker claims the entry and creates the ticket, then dies before recording it.
    const claimed = claim(db, 'crashed-worker', new Date(), 1)
    expect(claimed).toMatchObject({ callId, attempts: 1 })
    const ctx: AdapterContext = { target: { id: targetId, kind: 'rt', name: 'Request Tracker', config }, credential: secret, signal: AbortSignal.timeout(20_000) }
    const created = await rtAdapter.send(loadExportNote(db, callId), ctx)
    await new Promise((resolve) => setTimeout(resolve, 10))

    // The lease ran out; another worker claims it again, finds the ticket and records it.
    await drain(db, [callId], secret, 'second-worker')
    const [entry] = entriesOfCall(db, callId)
    expect(entry).toMatchObject({ status: 'sent', attempts: 2, remoteId: created.remoteId })
    expect(await reader.ticketsWithCallId(callId)).toEqual([created.remoteId])
    expect(db.select().from(t.outbox).where(eq(t.outbox.callId, callId)).all()).toHaveLength(1)
  }, 120_000)

  it('test connection names what is wrong with each kind of mistake', async () => {
    const good = rtTargetConfig(rt.url, { queueByCategory: { 'network-vpn': RT_SECOND_QUEUE } })
    const probe = (config: Record<string, unknown>, credential: string | null = good.secret) =>
      rtAdapter.test!({ target: { id: 'x', kind: 'rt', name: 'RT', config: rtAdapter.configSchema.parse(config) }, credential, signal: AbortSignal.timeout(20_000) })

    const ok = await probe(good.config)
    expect(ok).toMatchObject({ ok: true, detail: expect.stringMatching(/Request Tracker 5\.0\.\d.*General, Network/) })
    // Basic auth with root's password works as well as the token.
    expect(await probe({ ...good.config, username: 'root' }, RT_ROOT_PASSWORD)).toMatchObject({ ok: true })

    expect(await probe(good.config, 'not-a-token')).toMatchObject({ ok: false, error: { reason: 'wrong-credentials' } })
    expect(await probe({ ...good.config, username: 'root' }, 'wrong password')).toMatchObject({
      ok: false,
      error: { reason: 'wrong-credentials', message: expect.stringContaining('user name root or its password') },
    })
    expect(await probe({ ...good.config, username: RT_NO_RIGHTS_USER }, RT_ROOT_PASSWORD)).toMatchObject({
      ok: false,
      error: { reason: 'missing-permission', message: expect.stringContaining('"General"') },
    })
    expect(await probe({ ...good.config, username: RT_SEE_ONLY_USER }, RT_ROOT_PASSWORD)).toMatchObject({
      ok: false,
      error: { reason: 'missing-permission', message: expect.stringContaining('may not create tickets in queue "General"') },
    })
    expect(await probe({ ...good.config, queueByCategory: { printer: 'Printers' } })).toMatchObject({
      ok: false,
      error: { reason: 'unknown-queue', message: expect.stringContaining('no queue "Printers"') },
    })
    expect(await probe({ ...good.config, callIdField: 'Ticket reference' })).toMatchObject({
      ok: false,
      error: { reason: 'misconfigured', message: expect.stringContaining('no ticket custom field "Ticket reference"') },
    })
    expect(await probe({ ...good.config, baseUrl: `${rt.url}/rt` })).toMatchObject({ ok: false, error: { reason: 'misconfigured', message: expect.stringContaining('not Request Tracker') } })
    expect(await probe({ ...good.config, baseUrl: 'http://127.0.0.1:9' })).toMatchObject({ ok: false, error: { reason: 'unreachable' } })
  }, 60_000)
})
