// A small TOPdesk incidents API on 127.0.0.1, built from TOPdesk's documentation:
// - https://developers.topdesk.com/explorer/?page=incident#/incident/createIncident
// - https://developers.topdesk.com/explorer/?page=incident#/incident/getIncidents (FIQL `query`, `fields`, `page_size`;
//   204 when nothing matches)
// - https://developers.topdesk.com/tutorial.html (basic auth with an application password; the API permission)
// It checks what TOPdesk checks that matters here: the credentials, the permission, briefDescription ≤ 80 characters,
// externalNumber ≤ 60, categories and priorities by name, and a caller lookup that must find a person.
import { randomUUID } from 'node:crypto'
import { basicAuth, startFakeServer, type FakeServer } from './server'

export interface TopdeskIncident {
  id: string
  number: string
  externalNumber: string
  briefDescription: string
  request: string
  caller: Record<string, unknown>
  callerLookup: Record<string, unknown> | null
  category: string | null
  priority: string | null
  operatorGroup: string | null
}

export interface FakeTopdesk extends FakeServer {
  incidents: TopdeskIncident[]
  /** The next create makes the incident and drops the connection before answering. */
  dropNextCreate(): void
}

export interface FakeTopdeskOptions {
  login?: string
  password?: string
  /** Whether the account has the REST API permission (403 otherwise). */
  apiAccess?: boolean
  categories?: string[]
  priorities?: string[]
  persons?: { id: string; email: string; dynamicName: string }[]
}

const error = (message: string) => [{ message }]

export async function startFakeTopdesk(options: FakeTopdeskOptions = {}): Promise<FakeTopdesk> {
  const login = options.login ?? 'sdc-koppeling'
  const password = options.password ?? 'tdpw-5ecret-app'
  const categories = options.categories ?? ['Werkplek', 'Software', 'Netwerk']
  const priorities = options.priorities ?? ['Kritiek', 'Hoog', 'Normaal', 'Laag']
  const persons = options.persons ?? [{ id: randomUUID(), email: 'elsa@zuiderhaven.example', dynamicName: 'Ëlsa van IJzendoorn' }]
  const incidents: TopdeskIncident[] = []
  let drop = false
  let counter = 1

  const server = await startFakeServer((request, reply) => {
    const auth = basicAuth(request.headers)
    if (!auth || auth.user !== login || auth.password !== password) return reply.json(401, error('Authentication failed'))
    if (options.apiAccess === false) return reply.json(403, error('No permission to use the REST API'))

    if (request.method === 'GET' && request.path === '/tas/api/incidents/categories') return reply.json(200, categories.map((name) => ({ id: randomUUID(), name })))
    if (request.method === 'GET' && request.path === '/tas/api/incidents/priorities') return reply.json(200, priorities.map((name) => ({ id: randomUUID(), name })))

    if (request.method === 'GET' && request.path === '/tas/api/incidents') {
      const query = request.query.get('query')
      let found = incidents
      if (query) {
        // FIQL takes a value in double quotes, single quotes or bare.
        const match = /^externalNumber==(?:"([^"]*)"|'([^']*)'|([^;,"']*))$/.exec(query)
        if (!match) return reply.json(400, error(`Cannot parse query ${query}`))
        const value = match[1] ?? match[2] ?? match[3]
        found = incidents.filter((i) => i.externalNumber === value)
      }
      found = found.slice(0, Number(request.query.get('page_size') ?? 10))
      if (found.length === 0) return reply.empty(204)
      const fields = request.query.get('fields')?.split(',')
      return reply.json(200, found.map((i) => (fields ? Object.fromEntries(fields.map((f) => [f, i[f as keyof TopdeskIncident]])) : i)))
    }

    if (request.method === 'POST' && request.path === '/tas/api/incidents') {
      const body = (request.json ?? {}) as Record<string, unknown>
      const name = (value: unknown) => (value && typeof value === 'object' ? ((value as { name?: unknown }).name as string | undefined) ?? null : null)
      const brief = typeof body.briefDescription === 'string' ? body.briefDescription : ''
      if (brief.length > 80) return reply.json(400, error('briefDescription: maximum length is 80'))
      const externalNumber = typeof body.externalNumber === 'string' ? body.externalNumber : ''
      if (externalNumber.length > 60) return reply.json(400, error('externalNumber: maximum length is 60'))
      const category = name(body.category)
      if (category !== null && !categories.includes(category)) return reply.json(400, error(`category: no category with name ${category}`))
      const priority = name(body.priority)
      if (priority !== null && !priorities.includes(priority)) return reply.json(400, error(`priority: no priority with name ${priority}`))
      const lookup = (body.callerLookup ?? null) as Record<string, unknown> | null
      let caller = (body.caller ?? {}) as Record<string, unknown>
      if (lookup) {
        const person = persons.find((p) => p.email === lookup.email)
        if (!person) return reply.json(400, error('callerLookup: no person found'))
        caller = { id: person.id, dynamicName: person.dynamicName, email: person.email }
      } else if (typeof caller.dynamicName !== 'string' || caller.dynamicName === '') {
        return reply.json(400, error('caller.dynamicName is required for an unregistered caller'))
      }
      const incident: TopdeskIncident = {
        id: randomUUID(),
        number: `I 2611 ${String(counter++).padStart(3, '0')}`,
        externalNumber,
        briefDescription: brief,
        request: typeof body.request === 'string' ? body.request : '',
        caller,
        callerLookup: lookup,
        category,
        priority,
        operatorGroup: name(body.operatorGroup),
      }
      incidents.push(incident)
      if (drop) {
        drop = false
        return reply.drop()
      }
      return reply.json(201, incident)
    }
    reply.json(404, error(`No endpoint ${request.method} ${request.path}`))
  })
  return { ...server, incidents, dropNextCreate: () => (drop = true) }
}
