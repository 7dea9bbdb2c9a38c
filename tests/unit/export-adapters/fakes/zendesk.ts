// A small Zendesk Support API on 127.0.0.1, built from Zendesk's documentation:
// - https://developer.zendesk.com/api-reference/ticketing/tickets/tickets/#create-ticket
// - https://developer.zendesk.com/api-reference/ticketing/introduction/#idempotency (a repeated Idempotency-Key returns
//   the first answer with `x-idempotency-lookup: hit`; the same key with another body is an error)
// - https://developer.zendesk.com/api-reference/ticketing/tickets/tickets/#list-tickets (`external_id`)
// - https://developer.zendesk.com/api-reference/introduction/security-and-auth/ (`{email}/token:{api_token}`)
// - https://developer.zendesk.com/api-reference/ticketing/users/users/#show-the-currently-authenticated-user
// - https://developer.zendesk.com/api-reference/ticketing/groups/groups/#show-group
import { basicAuth, startFakeServer, type FakeServer } from './server'

export interface ZendeskTicket {
  id: number
  subject: string
  comment: { body: string; public: boolean }
  requester: { name: string; email: string } | null
  priority: string | null
  group_id: number | null
  external_id: string | null
  tags: string[]
}

export interface FakeZendesk extends FakeServer {
  tickets: ZendeskTicket[]
  /** The next create makes the ticket (and remembers its key) and drops the connection before answering. */
  dropNextCreate(): void
  /** Forgets the idempotency keys, as Zendesk does after about two hours. */
  expireKeys(): void
}

export interface FakeZendeskOptions {
  email?: string
  token?: string
  role?: 'admin' | 'agent' | 'end-user'
  groups?: number[]
  /** Answers every other request with 429 and this Retry-After (seconds). */
  rateLimited?: number
}

const priorities = ['low', 'normal', 'high', 'urgent']

export async function startFakeZendesk(options: FakeZendeskOptions = {}): Promise<FakeZendesk> {
  const email = options.email ?? 'koppeling@zuiderhaven.example'
  const token = options.token ?? 'zd-5ecret-api-token'
  const groups = options.groups ?? [360001, 360002]
  const tickets: ZendeskTicket[] = []
  const keys = new Map<string, { body: string; status: number; value: unknown }>()
  let drop = false
  let next = 101

  const server = await startFakeServer((request, reply) => {
    const auth = basicAuth(request.headers)
    // /users/me without credentials shows the anonymous user; wrong credentials are refused everywhere.
    if (!request.headers.authorization && request.method === 'GET' && request.path === '/api/v2/users/me') {
      return reply.json(200, { user: { id: null, name: 'Anonymous user', role: 'end-user' } })
    }
    if (!auth || auth.user !== `${email}/token` || auth.password !== token) return reply.json(401, { error: "Couldn't authenticate you" })
    if (request.method === 'GET' && request.path === '/api/v2/users/me') return reply.json(200, { user: { id: 9001, email, role: options.role ?? 'agent' } })
    if (options.rateLimited) return reply.json(429, { error: 'APIRateLimitExceeded' }, { 'Retry-After': String(options.rateLimited) })

    const group = /^\/api\/v2\/groups\/(\d+)$/.exec(request.path)
    if (request.method === 'GET' && group) {
      const id = Number(group[1])
      return groups.includes(id) ? reply.json(200, { group: { id, name: `Group ${id}` } }) : reply.json(404, { error: 'RecordNotFound', description: 'Not found' })
    }

    if (request.method === 'GET' && request.path === '/api/v2/tickets') {
      const externalId = request.query.get('external_id')
      const found = externalId === null ? tickets : tickets.filter((t) => t.external_id === externalId)
      return reply.json(200, { tickets: found, count: found.length, next_page: null, previous_page: null })
    }

    if (request.method === 'POST' && request.path === '/api/v2/tickets') {
      const key = typeof request.headers['idempotency-key'] === 'string' ? request.headers['idempotency-key'] : null
      const seen = key ? keys.get(key) : undefined
      if (seen) {
        if (seen.body !== request.body) return reply.json(400, { error: 'IdempotentRequestError', description: 'Idempotency key was used with a different request' })
        return reply.json(seen.status, seen.value, { 'x-idempotency-lookup': 'hit' })
      }
      if (options.role === 'end-user') return reply.json(403, { error: 'Forbidden', description: 'You do not have access to this page.' })
      const t = ((request.json ?? {}) as { ticket?: Record<string, unknown> }).ticket ?? {}
      const comment = (t.comment ?? {}) as { body?: unknown; public?: unknown }
      const details: Record<string, { description: string }[]> = {}
      if (typeof comment.body !== 'string' || comment.body === '') details.description = [{ description: 'Description: cannot be blank' }]
      if (t.priority !== undefined && !priorities.includes(t.priority as string)) details.priority = [{ description: `Priority: ${String(t.priority)} is not valid` }]
      if (t.group_id !== undefined && !groups.includes(t.group_id as number)) details.group_id = [{ description: 'Group: is invalid' }]
      if (Object.keys(details).length > 0) return reply.json(422, { error: 'RecordInvalid', description: 'Record validation errors', details })
      const ticket: ZendeskTicket = {
        id: next++,
        subject: typeof t.subject === 'string' ? t.subject : '',
        comment: { body: comment.body as string, public: comment.public !== false },
        requester: (t.requester ?? null) as ZendeskTicket['requester'],
        priority: (t.priority as string | undefined) ?? null,
        group_id: (t.group_id as number | undefined) ?? null,
        external_id: (t.external_id as string | undefined) ?? null,
        tags: Array.isArray(t.tags) ? (t.tags as string[]) : [],
      }
      tickets.push(ticket)
      const value = { ticket: { ...ticket, url: `${server.url}/api/v2/tickets/${ticket.id}.json` } }
      if (key) keys.set(key, { body: request.body, status: 201, value })
      if (drop) {
        drop = false
        return reply.drop()
      }
      return reply.json(201, value, key ? { 'x-idempotency-lookup': 'miss' } : {})
    }
    reply.json(404, { error: 'InvalidEndpoint', description: 'Not found' })
  })
  return { ...server, tickets, dropNextCreate: () => (drop = true), expireKeys: () => keys.clear() }
}
