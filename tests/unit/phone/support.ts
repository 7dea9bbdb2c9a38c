import { readFileSync } from 'node:fs'
import { request } from 'node:http'
import { join } from 'node:path'
import { afterEach } from 'vitest'
import type { EventName } from '../../../src/shared/contract'
import type { CallRecord } from '../../../src/shared/call/record'
import type { ScreenPop } from '../../../src/main/phone/deliver'
import { startPhoneEndpoint, type PhoneEndpoint } from '../../../src/main/phone/server'
import { handleCtiEvent } from '../../../src/main/phone/events'
import { packsFolder } from '../support/paths'
import { demoRuntime } from '../support/runtime'

export const TOKEN = 'phone-test-token-0123456789'

const endpoints: PhoneEndpoint[] = []
afterEach(async () => {
  for (const e of endpoints.splice(0)) await e.close()
})

/** A real endpoint on a free loopback port, over a fresh demo database; records events and pops. */
export async function phoneEndpoint() {
  const { runtime, dispatch, dataDir } = demoRuntime('nl')
  const db = runtime.database!.db
  const events: { event: EventName; payload: unknown }[] = []
  runtime.events.subscribe((event, payload) => events.push({ event, payload }))
  const pops: ScreenPop[] = []
  const endpoint = await startPhoneEndpoint({ handle: (e) => handleCtiEvent(db, e), events: runtime.events, port: 0, token: TOKEN, onPop: (p) => pops.push(p) })
  endpoints.push(endpoint)
  const value = async <T>(channel: string, input: unknown): Promise<T> => {
    const result = await dispatch(channel, input)
    if (!result.ok) throw new Error(`${channel} failed: ${result.error.message}`)
    return result.value as T
  }
  return {
    endpoint,
    dataDir,
    events,
    pops,
    calls: () => value<{ id: string }[]>('calls:list', { query: '', limit: 100 }),
    call: (id: string) => value<CallRecord>('calls:get', { id }),
    department: (id: string) => value<{ name: string }>('departments:get', { id }),
    /** The id of the person with this name. */
    personId: async (name: string) => (await value<{ id: string; title: string }[]>('people:list', {})).find((p) => p.title === name)?.id,
  }
}

export const bearer = { authorization: `Bearer ${TOKEN}` }

export function postCti(endpoint: PhoneEndpoint, body: unknown, headers: Record<string, string> = bearer): Promise<Response> {
  return fetch(endpoint.url, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: typeof body === 'string' ? body : JSON.stringify(body) })
}

/** A raw request, for headers fetch will not let a caller set (Host) or paths it would normalise. */
export function raw(endpoint: PhoneEndpoint, options: { path: string; method?: string; headers?: Record<string, string>; host?: string }) {
  return new Promise<{ status: number; headers: Record<string, unknown>; body: string }>((resolve, reject) => {
    const req = request(
      { host: options.host ?? '127.0.0.1', port: endpoint.address.port, path: options.path, method: options.method ?? 'GET', headers: options.headers ?? {} },
      (res) => {
        let body = ''
        res.on('data', (c: Buffer) => (body += c.toString()))
        res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }))
      },
    )
    req.on('error', reject)
    req.end()
  })
}

interface PackPerson {
  name: string
  department?: string
  phones: { number: string }[]
}

/** A person of the demo organisation with a department, their number and the department's name. */
export function demoCaller(): { name: string; number: string; departmentName: string } {
  const pack = JSON.parse(readFileSync(join(packsFolder, 'demo.nl.json'), 'utf8')) as { people: PackPerson[]; departments: { key: string; name: string }[] }
  const person = pack.people.find((p) => p.department && p.phones.length > 0)!
  const department = pack.departments.find((d) => d.key === person.department)!
  return { name: person.name, number: person.phones[0]!.number, departmentName: department.name }
}
