import { connect } from 'node:net'
import { networkInterfaces } from 'node:os'
import { describe, expect, it } from 'vitest'
import { MAX_PHONE_BODY } from '../../../src/main/phone/server'
import { bearer, demoCaller, phoneEndpoint, postCti, raw, TOKEN } from './support'

type Ok = { ok: true; callId: string | null; personId: string | null }
type Failed = { ok: false; error: { code: string; message: string; issues?: { field: string; message: string }[] } }

describe('the screen-pop endpoint: who may call it', () => {
  it('listens on 127.0.0.1 only, not on the machine\'s other addresses', async () => {
    const { endpoint } = await phoneEndpoint()
    expect(endpoint.address.address).toBe('127.0.0.1')
    expect(endpoint.url).toBe(`http://127.0.0.1:${endpoint.address.port}/cti`)

    const external = Object.values(networkInterfaces())
      .flat()
      .find((i) => i && i.family === 'IPv4' && !i.internal)
    if (!external) {
      // Nothing to try: this machine has no network address besides loopback.
      console.warn('No non-loopback IPv4 address on this machine: the refusal on another interface could not be checked.')
      return
    }
    const outcome = await new Promise<string>((resolve) => {
      const socket = connect({ host: external.address, port: endpoint.address.port })
      socket.once('connect', () => {
        socket.destroy()
        resolve('connected')
      })
      socket.once('error', (error: NodeJS.ErrnoException) => resolve(error.code ?? 'error'))
    })
    expect(outcome, `connecting to ${external.address}`).toBe('ECONNREFUSED')
  })

  it('answers 401 to a wrong or missing token and opens no call', async () => {
    const { endpoint, calls, events, pops } = await phoneEndpoint()
    const newCall = { event: 'newCall', number: '0201234567' }
    for (const headers of [{} as Record<string, string>, { authorization: 'Bearer wrong-token' }, { authorization: `Bearer ${TOKEN}x` }, { authorization: TOKEN }]) {
      const response = await postCti(endpoint, newCall, headers)
      expect(response.status, JSON.stringify(headers)).toBe(401)
      const body = (await response.json()) as Failed
      expect(body.error.message).toMatch(/token/)
    }
    expect((await fetch(`${endpoint.url}/newCall?number=0201234567&token=wrong`)).status).toBe(401)
    expect((await fetch(`${endpoint.url}/newCall?number=0201234567`)).status).toBe(401)
    expect(await calls()).toEqual([])
    expect(events).toEqual([])
    expect(pops).toEqual([])
  })

  it('accepts only its own loopback address as Host, against DNS rebinding', async () => {
    const { endpoint, calls } = await phoneEndpoint()
    const port = endpoint.address.port
    const path = `/cti/newCall?number=0201234567&token=${TOKEN}`
    for (const host of ['evil.example', `evil.example:${port}`, `127.0.0.1:${port + 1}`, `192.168.1.10:${port}`]) {
      const response = await raw(endpoint, { path, headers: { host } })
      expect(response.status, host).toBe(403)
      expect(JSON.parse(response.body)).toMatchObject({ ok: false, error: { message: expect.stringMatching(/Host/) } })
    }
    expect(await calls()).toEqual([])
    expect((await raw(endpoint, { path, headers: { host: `localhost:${port}` } })).status).toBe(200)
    expect((await raw(endpoint, { path, headers: { host: `127.0.0.1:${port}` } })).status).toBe(200)
  })

  it('refuses requests made by scripts on web pages, allows a tab opened on the URL, and sends no CORS headers', async () => {
    const { endpoint, calls } = await phoneEndpoint()
    const path = `/cti/newCall?number=0201234567&token=${TOKEN}`
    expect((await raw(endpoint, { path, headers: { origin: 'http://evil.example' } })).status).toBe(403)
    expect((await raw(endpoint, { path, headers: { 'sec-fetch-site': 'cross-site', 'sec-fetch-mode': 'no-cors' } })).status).toBe(403)
    expect((await raw(endpoint, { path: '/cti', method: 'POST', headers: { origin: 'http://evil.example', 'sec-fetch-mode': 'cors', 'content-type': 'text/plain' } })).status).toBe(403)
    const preflight = await raw(endpoint, { path: '/cti', method: 'OPTIONS', headers: { origin: 'http://evil.example', 'access-control-request-method': 'POST' } })
    expect(Object.keys(preflight.headers).filter((h) => h.startsWith('access-control-'))).toEqual([])
    expect(await calls()).toEqual([])

    // A web-based phone client opening the URL in a tab: a navigation, with the token.
    const ok = await raw(endpoint, { path, headers: { 'sec-fetch-site': 'cross-site', 'sec-fetch-mode': 'navigate' } })
    expect(ok.status).toBe(200)
    expect(Object.keys(ok.headers).filter((h) => h.startsWith('access-control-'))).toEqual([])
  })

  it('answers 404 to an unknown address and 405 to the wrong method', async () => {
    const { endpoint } = await phoneEndpoint()
    for (const path of ['/', '/cti/ring', '/api/cti', '/cti/newCall/extra']) {
      expect((await raw(endpoint, { path, headers: bearer })).status, path).toBe(404)
    }
    expect((await raw(endpoint, { path: '/cti', headers: bearer })).status).toBe(405)
    expect((await raw(endpoint, { path: '/cti/newCall?number=1234', method: 'POST', headers: bearer })).status).toBe(405)
  })
})

describe('the screen-pop endpoint: calls', () => {
  it('opens a call for a known number with the caller and their department, and tells the UI', async () => {
    const { endpoint, call, department, personId, events, pops } = await phoneEndpoint()
    const caller = demoCaller()
    const response = await postCti(endpoint, { event: 'newCall', number: caller.number, callId: 'pbx-4711' })
    expect(response.status).toBe(200)
    const body = (await response.json()) as Ok
    const person = { id: await personId(caller.name) }
    expect(person.id).toEqual(expect.any(String))
    expect(body).toEqual({ ok: true, callId: expect.any(String), personId: person.id })

    const record = await call(body.callId!)
    expect(record).toMatchObject({ source: 'phone', status: 'draft', phoneNumber: caller.number, ctiCallId: 'pbx-4711', endedAt: null })
    expect(record.draft.caller.personId).toBe(person.id)
    expect((await department(record.draft.departmentId!)).name).toBe(caller.departmentName)

    expect(events).toEqual([
      { event: 'calls:changed', payload: { ids: [body.callId] } },
      { event: 'phone:screen-pop', payload: { callId: body.callId, number: caller.number, personId: person.id } },
    ])
    expect(pops).toEqual([{ callId: body.callId, number: caller.number, personId: person.id }])
  })

  it('opens a call for an unknown number with the number filled in and no caller', async () => {
    const { endpoint, call, pops } = await phoneEndpoint()
    const response = await postCti(endpoint, { event: 'newCall', number: '+31 99 876 5432' })
    expect(response.status).toBe(200)
    const body = (await response.json()) as Ok
    expect(body.personId).toBeNull()
    const record = await call(body.callId!)
    expect(record.draft.caller).toMatchObject({ personId: null, phone: '+31 99 876 5432' })
    expect(record.draft.departmentId).toBeNull()
    expect(pops).toHaveLength(1)
  })

  it('takes the GET form a softphone opens as a URL, with a + kept as a plus and the token in the query', async () => {
    const { endpoint, call, personId } = await phoneEndpoint()
    const caller = demoCaller()
    const response = await fetch(`${endpoint.url}/newcall?token=${TOKEN}&number=${caller.number}&callId=&line=2`)
    expect(response.status).toBe(200)
    const body = (await response.json()) as Ok
    const person = { id: await personId(caller.name) }
    expect(person.id).toEqual(expect.any(String))
    expect(body.personId).toBe(person.id)
    const record = await call(body.callId!)
    expect(record.phoneNumber).toBe(caller.number)
    expect(record.ctiCallId).toBeNull()
  })

  it('stops the timer on hangup, by call id or by number; answer changes nothing', async () => {
    const { endpoint, call, events } = await phoneEndpoint()
    const first = (await (await postCti(endpoint, { event: 'newCall', number: '0201112233', callId: 'abc-1' })).json()) as Ok
    const second = (await (await fetch(`${endpoint.url}/newCall?number=0204445566&token=${TOKEN}`)).json()) as Ok

    const answered = await fetch(`${endpoint.url}/answer?callId=abc-1&token=${TOKEN}`)
    expect(answered.status).toBe(200)
    expect(await answered.json()).toEqual({ ok: true, callId: first.callId, personId: null })
    expect((await call(first.callId!)).endedAt).toBeNull()
    expect((await call(first.callId!)).status).toBe('draft')

    events.length = 0
    const hungUp = await postCti(endpoint, { event: 'hangup', callId: 'abc-1' })
    expect(await hungUp.json()).toEqual({ ok: true, callId: first.callId, personId: null })
    expect((await call(first.callId!)).endedAt).not.toBeNull()
    expect(events).toEqual([{ event: 'calls:changed', payload: { ids: [first.callId] } }])

    expect((await fetch(`${endpoint.url}/hangup?number=0204445566&token=${TOKEN}`)).status).toBe(200)
    expect((await call(second.callId!)).endedAt).not.toBeNull()
    // The notes stay open after the hang-up: the agent finishes them.
    expect((await call(second.callId!)).status).toBe('draft')

    // A hang-up for a call the console never saw is no error for the phone system.
    expect(await (await postCti(endpoint, { event: 'hangup', callId: 'never-seen' })).json()).toEqual({ ok: true, callId: null, personId: null })
  })

  it('shows the same call again when the phone system repeats a newCall for the same call id', async () => {
    const { endpoint, calls, pops } = await phoneEndpoint()
    const a = (await (await postCti(endpoint, { event: 'newCall', number: '0201234567', callId: 'dup-1' })).json()) as Ok
    const b = (await (await postCti(endpoint, { event: 'newCall', number: '0201234567', callId: 'dup-1' })).json()) as Ok
    expect(b.callId).toBe(a.callId)
    expect(await calls()).toHaveLength(1)
    expect(pops.map((p) => p.callId)).toEqual([a.callId, a.callId])
  })
})

describe('the screen-pop endpoint: bad input', () => {
  it('answers 400 naming the field', async () => {
    const { endpoint, calls } = await phoneEndpoint()
    const fieldOf = async (response: Response) => {
      expect(response.status).toBe(400)
      const body = (await response.json()) as Failed
      expect(body.error.code).toBe('invalid-input')
      return [...new Set(body.error.issues!.map((i) => i.field))]
    }
    expect(await fieldOf(await postCti(endpoint, { event: 'newCall', number: 'call me' }))).toEqual(['number'])
    expect(await fieldOf(await postCti(endpoint, { event: 'newCall', number: '++--' }))).toEqual(['number'])
    expect(await fieldOf(await postCti(endpoint, { event: 'newCall' }))).toEqual(['number'])
    expect(await fieldOf(await postCti(endpoint, { event: 'newCall', number: 31201234567 }))).toEqual(['number'])
    expect(await fieldOf(await postCti(endpoint, { event: 'newCall', number: '1'.repeat(40) }))).toEqual(['number'])
    expect(await fieldOf(await postCti(endpoint, { event: 'newCall', number: '0201234567', callId: 'has spaces' }))).toEqual(['callId'])
    expect(await fieldOf(await postCti(endpoint, { event: 'ring', number: '0201234567' }))).toEqual(['event'])
    expect(await fieldOf(await postCti(endpoint, 'not json'))).toEqual([''])
    expect(await fieldOf(await postCti(endpoint, [1, 2]))).toEqual([''])
    expect(await fieldOf(await fetch(`${endpoint.url}/newCall?number=abc&token=${TOKEN}`))).toEqual(['number'])
    expect(await fieldOf(await fetch(`${endpoint.url}/newCall?number=1&number=2&token=${TOKEN}`))).toEqual(['number'])
    expect(await fieldOf(await fetch(`${endpoint.url}/newCall?number=%E0%A4%A&token=${TOKEN}`))).toEqual(['number'])

    const named = (await (await postCti(endpoint, { event: 'newCall', number: 'call me' })).json()) as Failed
    expect(named.error.message).toMatch(/number/)
    expect(await calls()).toEqual([])
  })

  it('refuses a body larger than a screen-pop request can be', async () => {
    const { endpoint, calls } = await phoneEndpoint()
    const response = await postCti(endpoint, { event: 'newCall', number: '0201234567', padding: 'x'.repeat(MAX_PHONE_BODY) })
    expect(response.status).toBe(413)
    expect(await calls()).toEqual([])
  })
})
