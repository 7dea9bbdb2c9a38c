import { describe, expect, it } from 'vitest'
import { zendeskAdapter, zendeskConfigSchema } from '../../../src/main/export/adapters/zendesk'
import { targetKindInfo } from '../../../src/shared/export/targets'
import { CALL_ID, fixtureNote, noteText } from '../export/fixture'
import { startFakeZendesk } from './fakes/zendesk'
import { ctx, deliverThroughOutbox, expectNoSecret, problemOf, rejection, startEchoingServer } from './support'

const EMAIL = 'koppeling@zuiderhaven.example'
const SECRET = 'zd-5ecret-api-token'

const config = (baseUrl: string, extra: Record<string, unknown> = {}) => ({
  baseUrl,
  email: EMAIL,
  groupByCategory: { printer: '360001', 'network-vpn': 360002 },
  ...extra,
})

describe('the Zendesk adapter', () => {
  it('asks in settings for exactly the fields it reads, required where it needs them', () => {
    const fields = targetKindInfo.zendesk.fields
    expect(fields.map((f) => f.key).sort()).toEqual(Object.keys(zendeskConfigSchema.shape).sort())
    for (const field of fields) expect(zendeskConfigSchema.shape[field.key as keyof typeof zendeskConfigSchema.shape].safeParse(undefined).success, field.key).toBe(!field.required)
  })

  it('creates the ticket as documented: token auth, idempotency key, external id, requester, private note, mapping', async () => {
    const zendesk = await startFakeZendesk()
    try {
      const remote = await zendeskAdapter.send(fixtureNote(), ctx('zendesk', config(zendesk.url), SECRET))
      expect(remote).toEqual({ remoteId: '101', remoteUrl: `${zendesk.url}/agent/tickets/101` })
      const create = zendesk.requests.at(-1)!
      expect(create.method).toBe('POST')
      expect(create.path).toBe('/api/v2/tickets')
      expect(create.headers.authorization).toBe(`Basic ${Buffer.from(`${EMAIL}/token:${SECRET}`).toString('base64')}`)
      expect(create.headers['idempotency-key']).toBe(CALL_ID)
      expect(create.headers['content-type']).toMatch(/^application\/json/)
      const ticket = (create.json as { ticket: Record<string, unknown> }).ticket
      expect(ticket).toMatchObject({
        subject: expect.stringMatching(/^\[SDC-1A2B3C4D\] Printer op de 2e verdieping/),
        requester: { name: 'Ëlsa van IJzendoorn', email: 'elsa@zuiderhaven.example' },
        // P2 by the default mapping; the printer category to its group.
        priority: 'high',
        group_id: 360001,
        external_id: CALL_ID,
      })
      const comment = ticket.comment as { body: string; public: boolean }
      expect(comment.public).toBe(false)
      expect(comment.body).toContain(noteText.what)
      expect(comment.body).toContain(noteText.notes)
      expect(comment.body).toContain(noteText.promise)
      expect(zendesk.tickets[0]).toMatchObject({ id: 101, external_id: CALL_ID, priority: 'high', group_id: 360001 })
    } finally {
      await zendesk.close()
    }
  })

  it('follows the priority mapping, leaves an unmapped category to Zendesk, and a caller without e-mail to the agent', async () => {
    const zendesk = await startFakeZendesk()
    try {
      const base = fixtureNote()
      const note = fixtureNote({ category: 'email', caller: { ...base.caller, email: '' } })
      await zendeskAdapter.send(note, ctx('zendesk', config(zendesk.url, { priorityMap: { P2: 'urgent', P3: '' }, publicComment: true }), SECRET))
      const ticket = (zendesk.requests.at(-1)!.json as { ticket: Record<string, unknown> }).ticket
      expect(ticket.priority).toBe('urgent')
      expect(ticket).not.toHaveProperty('group_id')
      expect(ticket).not.toHaveProperty('requester')
      expect(ticket.comment).toMatchObject({ public: true })
    } finally {
      await zendesk.close()
    }
  })

  it('sends the same idempotency key and body on every try, so a retry after a lost answer gets the same ticket', async () => {
    const zendesk = await startFakeZendesk()
    try {
      const settings = ctx('zendesk', config(zendesk.url), SECRET)
      zendesk.dropNextCreate()
      expect(await rejection(zendeskAdapter.send(fixtureNote(), settings))).toMatchObject({ reason: 'unreachable', retryable: true })
      expect(await zendeskAdapter.send(fixtureNote(), settings)).toEqual({ remoteId: '101', remoteUrl: `${zendesk.url}/agent/tickets/101` })
      expect(await zendeskAdapter.send(fixtureNote(), settings)).toMatchObject({ remoteId: '101' })
      expect(zendesk.tickets).toHaveLength(1)
      const posts = zendesk.requests.filter((r) => r.method === 'POST')
      expect(posts).toHaveLength(3)
      expect(posts.map((p) => p.headers['idempotency-key'])).toEqual([CALL_ID, CALL_ID, CALL_ID])
      expect(new Set(posts.map((p) => p.body)).size).toBe(1)
    } finally {
      await zendesk.close()
    }
  })

  it('once the key has expired, finds the ticket by external_id, the second safety', async () => {
    const zendesk = await startFakeZendesk()
    try {
      const settings = ctx('zendesk', config(zendesk.url), SECRET)
      expect(await zendeskAdapter.findExisting!(fixtureNote(), settings)).toBeNull()
      zendesk.dropNextCreate()
      await rejection(zendeskAdapter.send(fixtureNote(), settings))
      zendesk.expireKeys()
      expect(await zendeskAdapter.findExisting!(fixtureNote(), settings)).toEqual({ remoteId: '101', remoteUrl: `${zendesk.url}/agent/tickets/101` })
      expect(zendesk.requests.at(-1)!.query.get('external_id')).toBe(CALL_ID)
      expect(await zendeskAdapter.findExisting!(fixtureNote({ callId: '9f8e7d6c-5b4a-4392-8170-6f5e4d3c2b1a' }), settings)).toBeNull()
    } finally {
      await zendesk.close()
    }
  })

  it('through the real outbox: the answer to the create is dropped and there is one ticket', async () => {
    const zendesk = await startFakeZendesk()
    try {
      zendesk.dropNextCreate()
      const entry = await deliverThroughOutbox('zendesk', zendeskAdapter, config(zendesk.url), SECRET)
      expect(entry).toMatchObject({ status: 'sent', attempts: 2, remoteId: '101' })
      expect(zendesk.tickets.map((t) => t.external_id)).toEqual([entry.callId])
      expect(zendesk.requests.filter((r) => r.method === 'POST').every((r) => r.headers['idempotency-key'] === entry.callId)).toBe(true)
    } finally {
      await zendesk.close()
    }
  })

  it('tests the connection without creating anything and names each problem, never showing the token', async () => {
    const zendesk = await startFakeZendesk()
    const endUser = await startFakeZendesk({ role: 'end-user' })
    try {
      const good = await zendeskAdapter.test!(ctx('zendesk', config(zendesk.url), SECRET))
      expect(good).toMatchObject({ ok: true, detail: expect.stringContaining(EMAIL) })
      expect(zendesk.requests.every((r) => r.method === 'GET')).toBe(true)
      const cases = [
        [config(zendesk.url), 'wrong-token', 'wrong-credentials', 'refused the credentials (HTTP 401)'],
        [config(endUser.url), SECRET, 'missing-permission', 'not an agent'],
        [config(zendesk.url, { groupByCategory: { printer: '999' } }), SECRET, 'unknown-queue', 'no group 999 (for printer)'],
        [config('http://127.0.0.1:9'), SECRET, 'unreachable', '127.0.0.1:9'],
        [config(zendesk.url, { priorityMap: { P1: 'critical' } }), SECRET, 'misconfigured', 'priorityMap.P1: priorityMap takes low, normal, high or urgent'],
        [config(zendesk.url, { groupByCategory: { printer: 'Werkplek' } }), SECRET, 'misconfigured', 'groupByCategory takes Zendesk group ids'],
      ] as const
      for (const [settings, token, reason, words] of cases) {
        const error = problemOf(await zendeskAdapter.test!(ctx('zendesk', settings, token)))
        expect(error, `${reason} ${words}`).toMatchObject({ reason, message: expect.stringContaining(words) })
        expectNoSecret(error.message, SECRET, EMAIL, '/token:')
      }
    } finally {
      await zendesk.close()
      await endUser.close()
    }
  })

  it('reports what Zendesk refused, without the token, and wrong credentials on a send as such', async () => {
    const zendesk = await startFakeZendesk({ groups: [] })
    try {
      const invalid = await rejection(zendeskAdapter.send(fixtureNote(), ctx('zendesk', config(zendesk.url), SECRET)))
      expect(invalid).toMatchObject({ reason: 'rejected', retryable: false, message: expect.stringContaining('Group: is invalid') })
      expectNoSecret(invalid!.message, SECRET, EMAIL, '/token:')
      const refused = await rejection(zendeskAdapter.send(fixtureNote(), ctx('zendesk', config(zendesk.url, { groupByCategory: {} }), 'wrong-token')))
      expect(refused).toMatchObject({ reason: 'wrong-credentials', retryable: false })
      expect(zendesk.tickets).toHaveLength(0)
    } finally {
      await zendesk.close()
    }
  })

  it('waits as long as Zendesk asks when it rate-limits', async () => {
    const zendesk = await startFakeZendesk({ rateLimited: 42 })
    try {
      const error = await rejection(zendeskAdapter.send(fixtureNote(), ctx('zendesk', config(zendesk.url), SECRET)))
      expect(error).toMatchObject({ reason: 'rate-limited', retryable: true, retryAfterSeconds: 42 })
    } finally {
      await zendesk.close()
    }
  })

  it('keeps the secret out of its errors even when the server repeats what it was sent', async () => {
    const echo = await startEchoingServer()
    try {
      const sent = await rejection(zendeskAdapter.send(fixtureNote(), ctx('zendesk', config(echo.url), SECRET)))
      const tested = problemOf(await zendeskAdapter.test!(ctx('zendesk', config(echo.url), SECRET)))
      for (const error of [sent!, tested]) {
        expect(error.reason).toBe('wrong-credentials')
        // The server did repeat it: the message shows where it was taken out.
        expect(error.message).toContain('[secret removed]')
        expectNoSecret(error.message, SECRET, EMAIL, '/token:')
      }
    } finally {
      await echo.close()
    }
  })
})
