import { request } from 'node:http'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { startHostServer, type HostServer } from '../../../src/main/host/server'
import { root } from '../support/paths'
import { demoRuntime } from '../support/runtime'

const servers: HostServer[] = []
afterEach(async () => {
  for (const s of servers.splice(0)) await s.close()
})

async function host() {
  const { runtime, dispatch } = demoRuntime()
  const server = await startHostServer({ dispatch, events: runtime.events, rendererDir: join(root, 'out/renderer'), token: 'secret-token', port: 0 })
  servers.push(server)
  return { server, runtime }
}

function post(server: HostServer, path: string, body: unknown, headers: Record<string, string> = {}) {
  return fetch(`${server.url}${path}`, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify(body) })
}
const auth = { authorization: 'Bearer secret-token' }

describe('the browser host', () => {
  it('listens on 127.0.0.1 only', async () => {
    const { server } = await host()
    expect(server.address.address).toBe('127.0.0.1')
    expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/)
  })

  it('answers 401 to every /api request without the token, before any routing', async () => {
    const { server } = await host()
    for (const path of ['/api/departments:list', '/api/no-such-channel', '/api/events', '/api']) {
      expect((await post(server, path, {})).status, path).toBe(401)
    }
    expect((await post(server, '/api/departments:list', {}, { authorization: 'Bearer wrong' })).status).toBe(401)
    expect((await fetch(`${server.url}/api/events?token=wrong`)).status).toBe(401)
  })

  it('serves requests with the token', async () => {
    const { server } = await host()
    const response = await post(server, '/api/departments:list', {}, auth)
    expect(response.status).toBe(200)
    const body = (await response.json()) as { ok: boolean; value: { name: string }[] }
    expect(body.ok).toBe(true)
    expect(body.value.map((d) => d.name)).toContain('Financiën')
  })

  it('answers invalid input with 400 and the field', async () => {
    const { server } = await host()
    const response = await post(server, '/api/departments:get', { id: 42 }, auth)
    expect(response.status).toBe(400)
    expect(await response.json()).toMatchObject({ ok: false, error: { code: 'invalid-input', issues: [{ field: 'id' }] } })
  })

  it('refuses requests from another site, even with the token', async () => {
    const { server } = await host()
    const response = await post(server, '/api/departments:list', {}, { ...auth, origin: 'http://evil.example' })
    expect(response.status).toBe(403)
    expect((await post(server, '/api/departments:list', {}, { ...auth, origin: server.url })).status).toBe(200)
  })

  it('serves the renderer, and nothing outside its folder', async () => {
    const { server } = await host()
    const statusOf = (path: string) =>
      new Promise<number>((resolve) => {
        // fetch normalises "..", so send the raw path.
        const req = request({ host: '127.0.0.1', port: server.address.port, path }, (res) => resolve(res.statusCode ?? 0))
        req.end()
      })
    const index = await fetch(`${server.url}/`)
    expect(index.status).toBe(200)
    expect(index.headers.get('x-frame-options')).toBe('DENY')
    expect(await index.text()).toContain('<div id="root">')
    for (const path of ['/../../package.json', '/..%2f..%2fpackage.json', '/..%5c..%5cpackage.json', '/%2e%2e/%2e%2e/package.json']) {
      expect(await statusOf(path), path).toBe(404)
    }
  })

  it('pushes events to the stream', async () => {
    const { server, runtime } = await host()
    const controller = new AbortController()
    const response = await fetch(`${server.url}/api/events?token=secret-token`, { signal: controller.signal })
    const reader = response.body!.getReader()
    await reader.read() // ": connected"
    await post(server, '/api/settings:set-language', { language: 'en' }, auth)
    let text = ''
    while (!text.includes('\n\n', text.indexOf('event:'))) text += new TextDecoder().decode((await reader.read()).value)
    controller.abort()
    expect(text).toContain('event: settings:changed')
    expect(JSON.parse(/data: (.*)/.exec(text)![1]!)).toMatchObject({ uiLanguage: 'en', organisationName: 'Gemeente Zuiderhaven' })
    expect(runtime.status.state).toBe('ready')
  })
})
