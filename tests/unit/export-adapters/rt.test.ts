import { describe, expect, it } from 'vitest'
import * as t from '../../../src/main/db/schema'
import type { AdapterContext, ExportError } from '../../../src/main/export/adapter'
import { rtAdapter, rtConfigSchema } from '../../../src/main/export/adapters/rt'
import { entriesOfCall } from '../../../src/main/export/outbox'
import { startOutboxWorker } from '../../../src/main/export/worker'
import { toPlainText } from '../../../src/shared/export/plain-text'
import { subjectOf } from '../../../src/shared/export/subject'
import { CALL_ID, fixtureNote } from '../export/fixture'
import { finishedCall } from '../support/finished-call'
import { demoRuntime } from '../support/runtime'
import { startFakeRt, type FakeRt } from './fake-rt'

const TOKEN = '1-14-goodtoken'

const ctx = (config: Record<string, unknown>, credential: string | null = TOKEN): AdapterContext => ({
  target: { id: '00000000-0000-4000-8000-0000000000aa', kind: 'rt', name: 'RT Zuiderhaven', config },
  credential,
  signal: AbortSignal.timeout(5000),
})

async function withRt<T>(run: (rt: FakeRt) => Promise<T>, options: Parameters<typeof startFakeRt>[0] = {}): Promise<T> {
  const rt = await startFakeRt(options)
  try {
    return await run(rt)
  } finally {
    await rt.close()
  }
}

const failure = (promise: Promise<unknown>) => promise.then(() => null, (error: ExportError) => error)

describe('the Request Tracker adapter', () => {
  it('creates the ticket as in REST2\'s documented example: queue, subject, requestor, the note as text, priority and the call id field', async () => {
    await withRt(async (rt) => {
      const note = fixtureNote()
      const remote = await rtAdapter.send(note, ctx({ baseUrl: `${rt.url}/`, queue: 'General', priorityMap: { P2: '70' } }))
      expect(rt.tickets).toHaveLength(1)
      const ticket = rt.tickets[0]!
      expect(ticket.body).toEqual({
        Queue: 'General',
        Subject: subjectOf(note),
        Requestor: 'elsa@zuiderhaven.example',
        Content: toPlainText(note),
        ContentType: 'text/plain',
        Priority: 70,
        CustomFields: { 'Servicedesk call id': CALL_ID },
      })
      // UTF-8 intact through JSON: the Dutch note as typed.
      expect(ticket.body.Content).toContain('Tweede regel: de rië-lade, ĳzer en café')
      expect(ticket.customFields).toEqual({ 'Servicedesk call id': CALL_ID })
      expect(ticket.authorization).toBe(`token ${TOKEN}`)
      expect(ticket.contentType).toMatch(/^application\/json/)
      // The link an agent clicks opens the ticket in RT's web interface (trailing slash of baseUrl ignored).
      expect(remote).toEqual({ remoteId: '1', remoteUrl: `${rt.url}/Ticket/Display.html?id=1` })
      // The queue is looked at before creating: a queue without the call-id field would make retries unsafe.
      expect(rt.requests.map((r) => `${r.method} ${r.path}`)).toEqual(['GET /REST/2.0/queue/General', 'POST /REST/2.0/ticket'])
    })
  })

  it('maps the category to a queue and the priority to a name, leaves out what is not there, and logs in with a password when a user is set', async () => {
    await withRt(
      async (rt) => {
        const note = fixtureNote({ caller: { name: 'Anoniem', phone: '', email: '', department: '' } })
        await rtAdapter.send(note, ctx({ baseUrl: rt.url, queue: 'General', queueByCategory: { printer: 'Printers' }, priorityMap: { P2: 'High' }, username: 'sdc' }, 'pässwörd'))
        const ticket = rt.tickets[0]!
        expect(ticket).toMatchObject({ queue: 'Printers', body: { Queue: 'Printers', Priority: 'High' } })
        expect(ticket.body).not.toHaveProperty('Requestor')
        expect(ticket.authorization).toBe(`Basic ${Buffer.from('sdc:pässwörd').toString('base64')}`)

        await rtAdapter.send(fixtureNote({ category: 'email', priority: null }), ctx({ baseUrl: rt.url, queue: 'General', queueByCategory: { printer: 'Printers' }, priorityMap: { P2: 'High' } }))
        expect(rt.tickets[1]!.queue).toBe('General')
        expect(rt.tickets[1]!.body).not.toHaveProperty('Priority')
      },
      { queues: { General: ['Servicedesk call id'], Printers: ['Servicedesk call id'] }, users: { 'sdc:pässwörd': { seeQueue: true, createTicket: true } } },
    )
  })

  it('finds the ticket of a call by its custom field, the oldest when there are more, and nothing for another call', async () => {
    await withRt(async (rt) => {
      const config = { baseUrl: rt.url, queue: 'General' }
      const first = await rtAdapter.send(fixtureNote(), ctx(config))
      await rtAdapter.send(fixtureNote(), ctx(config))
      expect(await rtAdapter.findExisting!(fixtureNote(), ctx(config))).toEqual(first)
      expect(await rtAdapter.findExisting!(fixtureNote({ callId: '99999999-5e6f-4a70-8b91-a2b3c4d5e6f7' }), ctx(config))).toBeNull()
      const search = rt.requests.find((r) => r.path.startsWith('/REST/2.0/tickets'))!
      expect(new URL(search.path, 'http://x').searchParams.get('query')).toBe(`'CF.{Servicedesk call id}' = '${CALL_ID}'`)
    })
  })

  it('after RT created the ticket but the answer was lost, the outbox records that ticket and makes no second one', async () => {
    await withRt(async (rt) => {
      const db = demoRuntime().runtime.database!.db
      db.insert(t.exportTargets).values({ kind: 'rt', name: 'RT', config: rtConfigSchema.parse({ baseUrl: rt.url, queue: 'General' }) }).run()
      const callId = finishedCall(db, { name: 'Joëlle Ĳsselmuiden', email: 'joelle@example.nl', what: 'Scherm blijft zwart — “café”', notes: 'Stekker zat los.' })
      rt.dropAfterCreate(1)
      const worker = startOutboxWorker({ db, adapters: { rt: rtAdapter }, owner: 'unit', credentials: { get: () => TOKEN }, pollMs: 20, backoff: { baseMs: 10, capMs: 20 } })
      try {
        await expect.poll(() => entriesOfCall(db, callId)[0]?.status, { timeout: 10_000 }).toBe('sent')
      } finally {
        await worker.stop()
      }
      expect(rt.tickets).toHaveLength(1)
      expect(entriesOfCall(db, callId)[0]).toMatchObject({ attempts: 2, remoteId: '1', remoteUrl: `${rt.url}/Ticket/Display.html?id=1` })
      expect(rt.tickets[0]!.body).toMatchObject({ Requestor: 'joelle@example.nl', CustomFields: { 'Servicedesk call id': callId } })
    })
  })

  it('refuses to create a ticket in a queue without the call-id field, which RT would silently drop', async () => {
    await withRt(
      async (rt) => {
        const error = await failure(rtAdapter.send(fixtureNote(), ctx({ baseUrl: rt.url, queue: 'General' })))
        expect(error).toMatchObject({ reason: 'misconfigured', retryable: false, message: expect.stringContaining('no ticket custom field "Servicedesk call id"') })
        expect(rt.tickets).toEqual([])
      },
      { queues: { General: ['Severity'] } },
    )
  })

  it('says why a send failed: unknown queue, no permission, wrong token, RT down (retried), no token stored', async () => {
    await withRt(
      async (rt) => {
        const config = { baseUrl: rt.url, queue: 'General' }
        expect(await failure(rtAdapter.send(fixtureNote(), ctx({ ...config, queue: 'Nope' })))).toMatchObject({ reason: 'unknown-queue', message: expect.stringContaining('no queue "Nope"') })
        expect(await failure(rtAdapter.send(fixtureNote(), ctx(config, '1-16-lookertoken')))).toMatchObject({ reason: 'missing-permission', message: expect.stringContaining("queue 'General'") })
        expect(await failure(rtAdapter.send(fixtureNote(), ctx(config, '1-99-wrongtoken')))).toMatchObject({ reason: 'wrong-credentials', retryable: false })
        rt.failNext(1)
        expect(await failure(rtAdapter.send(fixtureNote(), ctx(config)))).toMatchObject({ reason: 'server-error', retryable: true })
        expect(await failure(rtAdapter.send(fixtureNote(), ctx(config, null)))).toMatchObject({ reason: 'misconfigured', message: expect.stringContaining('No auth token is stored') })
        expect(rt.tickets).toEqual([])
        await rt.close()
        expect(await failure(rtAdapter.send(fixtureNote(), ctx(config)))).toMatchObject({ reason: 'unreachable', retryable: true })
      },
      { tokens: { [TOKEN]: { seeQueue: true, createTicket: true }, '1-16-lookertoken': { seeQueue: true, createTicket: false } } },
    )
  })
})

describe('test connection for Request Tracker', () => {
  const accounts = {
    [TOKEN]: { seeQueue: true, createTicket: true },
    '1-15-blindtoken': { seeQueue: false, createTicket: false },
    '1-16-lookertoken': { seeQueue: true, createTicket: false },
  }
  const queues = { General: ['Servicedesk call id'], Printers: ['Servicedesk call id'], Bare: [] }

  it('names each problem an administrator can fix', async () => {
    await withRt(
      async (rt) => {
        const base = { baseUrl: rt.url, queue: 'General', queueByCategory: { printer: 'Printers' } }
        const probe = (config: Record<string, unknown>, credential: string | null = TOKEN) => rtAdapter.test!(ctx(config, credential))
        expect(await probe(base)).toEqual({ ok: true, detail: 'Request Tracker 5.0.3: queues General, Printers accept tickets with "Servicedesk call id"' })
        const problems: [Record<string, unknown>, string | null, string, RegExp][] = [
          [base, '1-99-wrongtoken', 'wrong-credentials', /refused the auth token \(HTTP 401\)/],
          [base, '1-15-blindtoken', 'missing-permission', /may not see queue "General"/],
          [base, '1-16-lookertoken', 'missing-permission', /may not create tickets in queue "General"/],
          [{ ...base, queueByCategory: { email: 'Mail' } }, TOKEN, 'unknown-queue', /no queue "Mail"/],
          [{ ...base, queue: 'Bare' }, TOKEN, 'misconfigured', /queue "Bare" has no ticket custom field "Servicedesk call id"/],
          [{ ...base, baseUrl: `${rt.url}/rt` }, TOKEN, 'misconfigured', /is not Request Tracker's REST2 API \(HTTP 404\)/],
          [{ ...base, queue: '' }, TOKEN, 'misconfigured', /queue: queue is required/],
          [base, null, 'misconfigured', /No auth token is stored for the Request Tracker target "RT Zuiderhaven"/],
        ]
        for (const [config, credential, reason, message] of problems) {
          const result = await probe(config, credential)
          expect(result, `${reason} ${String(message)}`).toMatchObject({ ok: false, error: { reason, message: expect.stringMatching(message) } })
          // What the administrator reads never repeats the secret.
          if (credential && !result.ok) expect(result.error.message).not.toContain(credential)
        }
        rt.failNext(1)
        expect(await probe(base)).toMatchObject({ ok: false, error: { reason: 'server-error' } })
        // Testing never creates a ticket.
        expect(rt.tickets).toEqual([])
      },
      { tokens: accounts, queues },
    )
  })

  it('says the target cannot be reached when nothing listens', async () => {
    const rt = await startFakeRt()
    await rt.close()
    expect(await rtAdapter.test!(ctx({ baseUrl: rt.url, queue: 'General' }))).toMatchObject({ ok: false, error: { reason: 'unreachable', message: expect.stringContaining('cannot be reached') } })
  })
})

describe('the Request Tracker settings', () => {
  it('accepts a full set-up and fills in the call-id field; RT\'s API address is taken as its web address', () => {
    expect(rtConfigSchema.parse({ baseUrl: 'https://rt.example.org/rt/REST/2.0/', queue: ' General ' })).toEqual({
      baseUrl: 'https://rt.example.org/rt',
      queue: 'General',
      callIdField: 'Servicedesk call id',
    })
  })

  it('names the field that is wrong', () => {
    const issues = (config: Record<string, unknown>) => rtConfigSchema.safeParse(config).error?.issues.map((i) => `${i.path.join('.')}: ${i.message}`)
    expect(issues({ baseUrl: 'rt.example.org', queue: 'General' })).toEqual(['baseUrl: baseUrl must be an http(s) address, such as https://rt.example.org'])
    expect(issues({ baseUrl: 'https://rt.example.org', queue: 'General', callIdField: "Call {id}'" })).toEqual([
      "callIdField: callIdField must not contain { } ' or \\ (RT could not search for it)",
    ])
    expect(issues({ baseUrl: 'https://rt.example.org', queue: 'General', queueByCategory: { printer: ' ' } })).toEqual(['queueByCategory.printer: must not be empty'])
    expect(issues({ baseUrl: 'https://rt.example.org', queue: 'General', priorityMap: { P9: '1' } })?.[0]).toMatch(/^priorityMap/)
  })
})
