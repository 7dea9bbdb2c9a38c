import { describe, expect, it } from 'vitest'
import { topdeskAdapter, topdeskConfigSchema } from '../../../src/main/export/adapters/topdesk'
import { targetKindInfo } from '../../../src/shared/export/targets'
import { CALL_ID, fixtureNote } from '../export/fixture'
import { startFakeTopdesk } from './fakes/topdesk'
import { ctx, deliverThroughOutbox, expectNoSecret, problemOf, rejection, startEchoingServer } from './support'

const LOGIN = 'sdc-koppeling'
const SECRET = 'tdpw-5ecret-app'

const config = (baseUrl: string, extra: Record<string, unknown> = {}) => ({
  baseUrl,
  username: LOGIN,
  categoryMap: { printer: 'Werkplek', 'application-error': 'Software' },
  priorityMap: { P1: 'Kritiek', P2: 'Hoog' },
  operatorGroup: 'Team Werkplek',
  ...extra,
})

describe('the TOPdesk adapter', () => {
  it('asks in settings for exactly the fields it reads, required where it needs them', () => {
    const fields = targetKindInfo.topdesk.fields
    expect(fields.map((f) => f.key).sort()).toEqual(Object.keys(topdeskConfigSchema.shape).sort())
    for (const field of fields) expect(topdeskConfigSchema.shape[field.key as keyof typeof topdeskConfigSchema.shape].safeParse(undefined).success, field.key).toBe(!field.required)
  })

  it('creates the incident as the incidents API documents it: basic auth, caller, brief description, request, external number, mapping', async () => {
    const topdesk = await startFakeTopdesk()
    try {
      const remote = await topdeskAdapter.send(fixtureNote(), ctx('topdesk', config(topdesk.url), SECRET))
      const request = topdesk.requests.at(-1)!
      expect(request.method).toBe('POST')
      expect(request.path).toBe('/tas/api/incidents')
      expect(request.headers.authorization).toBe(`Basic ${Buffer.from(`${LOGIN}:${SECRET}`).toString('base64')}`)
      expect(request.headers['content-type']).toMatch(/^application\/json/)
      const body = request.json as Record<string, unknown>
      // Lookup is off by default: an unregistered caller with name, e-mail and phone.
      expect(body.caller).toEqual({ dynamicName: 'Ëlsa van IJzendoorn', email: 'elsa@zuiderhaven.example', phoneNumber: '+31600000106' })
      expect(body).not.toHaveProperty('callerLookup')
      expect(body.externalNumber).toBe(CALL_ID)
      expect(body.category).toEqual({ name: 'Werkplek' })
      expect(body.priority).toEqual({ name: 'Hoog' })
      expect(body.operatorGroup).toEqual({ name: 'Team Werkplek' })
      const brief = body.briefDescription as string
      expect(Array.from(brief).length).toBeLessThanOrEqual(80)
      expect(brief).toMatch(/^\[SDC-1A2B3C4D\] Printer op de 2e verdieping drukt niet af, “papierstoring”/)
      // The note verbatim, UTF-8 intact, line breaks as the <br> TOPdesk's text fields take.
      const text = body.request as string
      expect(text).toContain('Printer op de 2e verdieping drukt niet af, “papierstoring”<br>Tweede regel: de rië-lade, ĳzer en café')
      expect(text).toContain('Beste mevrouw Ëlsa,<br><br>Een tweede printer kan ik niet regelen.')
      expect(text).toContain(CALL_ID)
      expect(text).not.toContain('\n')
      const incident = topdesk.incidents[0]!
      expect(remote).toEqual({ remoteId: 'I 2611 001', remoteUrl: `${topdesk.url}/tas/secure/incident?unid=${incident.id}` })
    } finally {
      await topdesk.close()
    }
  })

  it('shortens a long subject to 80 characters, escapes typed HTML, and leaves unmapped category and priority to TOPdesk', async () => {
    const topdesk = await startFakeTopdesk()
    try {
      const base = fixtureNote()
      const note = fixtureNote({
        category: 'email',
        priority: { ...base.priority!, chosen: 'P4' },
        intake: { ...base.intake, what: `Outlook <b>vet</b> & ${'heel lang verhaal '.repeat(8)}` },
      })
      await topdeskAdapter.send(note, ctx('topdesk', config(topdesk.url), SECRET))
      const body = topdesk.requests.at(-1)!.json as Record<string, unknown>
      expect(Array.from(body.briefDescription as string)).toHaveLength(80)
      expect(body.briefDescription).toMatch(/…$/)
      expect(body.request).toContain('Outlook &lt;b&gt;vet&lt;/b&gt; &amp; heel lang verhaal')
      expect(body).not.toHaveProperty('category')
      expect(body).not.toHaveProperty('priority')
    } finally {
      await topdesk.close()
    }
  })

  it('links a registered caller by e-mail when asked, and makes an unregistered caller of someone TOPdesk does not know', async () => {
    const topdesk = await startFakeTopdesk()
    try {
      const settings = ctx('topdesk', config(topdesk.url, { callerLookup: true, callerBranchId: 'b1e7d0f2-0000-4000-8000-00000000b12a' }), SECRET)
      await topdeskAdapter.send(fixtureNote(), settings)
      expect(topdesk.incidents[0]!.callerLookup).toEqual({ email: 'elsa@zuiderhaven.example' })
      const stranger = fixtureNote({ callId: '9f8e7d6c-5b4a-4392-8170-6f5e4d3c2b1a', caller: { name: 'Jan Onbekend', phone: '', email: 'jan@elders.example', department: null } })
      await topdeskAdapter.send(stranger, settings)
      expect(topdesk.incidents).toHaveLength(2)
      expect(topdesk.incidents[1]).toMatchObject({
        callerLookup: null,
        caller: { dynamicName: 'Jan Onbekend', email: 'jan@elders.example', branch: { id: 'b1e7d0f2-0000-4000-8000-00000000b12a' } },
      })
    } finally {
      await topdesk.close()
    }
  })

  it('finds the incident by externalNumber after the answer was lost, so a retry creates no second incident', async () => {
    const topdesk = await startFakeTopdesk()
    try {
      const settings = ctx('topdesk', config(topdesk.url), SECRET)
      expect(await topdeskAdapter.findExisting!(fixtureNote(), settings)).toBeNull()
      topdesk.dropNextCreate()
      expect(await rejection(topdeskAdapter.send(fixtureNote(), settings))).toMatchObject({ reason: 'unreachable', retryable: true })
      expect(topdesk.incidents).toHaveLength(1)
      const found = await topdeskAdapter.findExisting!(fixtureNote(), settings)
      expect(found).toEqual({ remoteId: 'I 2611 001', remoteUrl: `${topdesk.url}/tas/secure/incident?unid=${topdesk.incidents[0]!.id}` })
      const search = topdesk.requests.at(-1)!
      expect(search.method).toBe('GET')
      expect(search.query.get('query')).toBe(`externalNumber=="${CALL_ID}"`)
      // Another call with no incident is not mistaken for this one.
      expect(await topdeskAdapter.findExisting!(fixtureNote({ callId: '9f8e7d6c-5b4a-4392-8170-6f5e4d3c2b1a' }), settings)).toBeNull()
    } finally {
      await topdesk.close()
    }
  })

  it('through the real outbox: the answer to the create is dropped, the worker searches, and there is one incident', async () => {
    const topdesk = await startFakeTopdesk()
    try {
      topdesk.dropNextCreate()
      const entry = await deliverThroughOutbox('topdesk', topdeskAdapter, config(topdesk.url), SECRET)
      expect(entry).toMatchObject({ status: 'sent', attempts: 2, remoteId: 'I 2611 001' })
      expect(topdesk.incidents.map((i) => i.externalNumber)).toEqual([entry.callId])
      expect(topdesk.requests.filter((r) => r.method === 'POST')).toHaveLength(1)
    } finally {
      await topdesk.close()
    }
  })

  it('tests the connection without creating anything and names each problem, never showing the password', async () => {
    const topdesk = await startFakeTopdesk()
    const noApi = await startFakeTopdesk({ apiAccess: false })
    try {
      const good = await topdeskAdapter.test!(ctx('topdesk', config(topdesk.url), SECRET))
      expect(good).toMatchObject({ ok: true, detail: expect.stringContaining(LOGIN) })
      expect(topdesk.requests.every((r) => r.method === 'GET')).toBe(true)

      const problems = [
        [problemOf(await topdeskAdapter.test!(ctx('topdesk', config(topdesk.url), 'wrong-password'))), 'wrong-credentials'],
        [problemOf(await topdeskAdapter.test!(ctx('topdesk', config(noApi.url), SECRET))), 'missing-permission'],
        [problemOf(await topdeskAdapter.test!(ctx('topdesk', config('http://127.0.0.1:9'), SECRET))), 'unreachable'],
        [problemOf(await topdeskAdapter.test!(ctx('topdesk', config(topdesk.url), null))), 'misconfigured'],
      ] as const
      for (const [error, reason] of problems) {
        expect(error.reason).toBe(reason)
        expectNoSecret(error.message, SECRET, LOGIN)
      }
      const unknown = problemOf(await topdeskAdapter.test!(ctx('topdesk', config(topdesk.url, { categoryMap: { printer: 'Printers' }, priorityMap: { P1: 'Spoed' } }), SECRET)))
      expect(unknown).toMatchObject({ reason: 'unknown-queue', message: expect.stringContaining('category "Printers" (for printer)') })
      expect(unknown.message).toContain('priority "Spoed" (for P1)')
    } finally {
      await topdesk.close()
      await noApi.close()
    }
  })

  it('refuses a send TOPdesk rejects with its reason, and settings that are wrong with the field named', async () => {
    const topdesk = await startFakeTopdesk()
    try {
      const rejected = await rejection(topdeskAdapter.send(fixtureNote(), ctx('topdesk', config(topdesk.url, { categoryMap: { printer: 'Printers' } }), SECRET)))
      expect(rejected).toMatchObject({ reason: 'rejected', retryable: false, message: expect.stringContaining('no category with name Printers') })
      expectNoSecret(rejected!.message, SECRET, LOGIN)
      expect(topdesk.incidents).toHaveLength(0)

      const bad = await rejection(topdeskAdapter.send(fixtureNote(), ctx('topdesk', { baseUrl: 'ftp://x', username: 'a:b', categoryMap: { printers: 'Werkplek' } }, SECRET)))
      expect(bad).toMatchObject({ reason: 'misconfigured', retryable: false, message: expect.stringContaining('The TOPdesk target "Zuiderhaven" is not set up correctly') })
      expect(bad!.message).toContain('baseUrl: baseUrl must be the http(s) address of TOPdesk')
      expect(bad!.message).toContain('username: username cannot contain ":"')
      expect(bad!.message).toContain('categoryMap: Unrecognized key: "printers"')
      // Empty cells from the mapping form mean "not mapped".
      expect(topdeskConfigSchema.parse({ baseUrl: 'https://td.example/', username: 'x', priorityMap: { P1: '', P2: 'Hoog' } })).toMatchObject({
        baseUrl: 'https://td.example',
        priorityMap: { P2: 'Hoog' },
      })
    } finally {
      await topdesk.close()
    }
  })

  it('keeps the secret out of its errors even when the server repeats what it was sent', async () => {
    const echo = await startEchoingServer()
    try {
      const sent = await rejection(topdeskAdapter.send(fixtureNote(), ctx('topdesk', config(echo.url), SECRET)))
      const tested = problemOf(await topdeskAdapter.test!(ctx('topdesk', config(echo.url), SECRET)))
      for (const error of [sent!, tested]) {
        expect(error.reason).toBe('wrong-credentials')
        // The server did repeat it: the message shows where it was taken out.
        expect(error.message).toContain('[secret removed]')
        expectNoSecret(error.message, SECRET, LOGIN)
      }
    } finally {
      await echo.close()
    }
  })
})
