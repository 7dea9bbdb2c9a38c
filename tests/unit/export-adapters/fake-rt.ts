// A small Request Tracker 5 REST2 API on 127.0.0.1, built from RT's REST2 documentation
// (https://docs.bestpractical.com/rt/5.0.3/RT/REST2.html: "Creating Tickets", "Ticket Examples",
// "Tickets" endpoints, "Authentication Methods") and from what a real RT 5.0.3 answered on this machine
// (tests/integration/rt.test.ts runs the same adapter against one):
// - `Authorization: token <t>` or basic auth, else 401 {"message":"Unauthorized"};
// - GET /REST/2.0/rt → {"Version": …};
// - GET /REST/2.0/queue/<name|id> → the queue with its TicketCustomFields, and a `create` hyperlink only
//   when the account has the CreateTicket right; 404 {"message":"Not Found"}; 403 without SeeQueue;
// - POST /REST/2.0/ticket → 201 {"_url","type","id"} with a Location header; a queue that does not exist
//   or cannot be used answers 403 "No permission to create tickets in the queue '<q>'"; a custom field
//   the queue does not have is silently dropped (as RT 5.0.3 does), and nothing stops two tickets with
//   the same custom field value (UniqueValues does not, in 5.0.3);
// - GET /REST/2.0/tickets?query=<TicketSQL> → {"items": [{"type","id","_url"}], "total", …}, for the one
//   form the console asks: 'CF.{<name>}' = '<value>'.
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'

export interface FakeRtAccount {
  /** What the account may do on every queue. */
  seeQueue: boolean
  createTicket: boolean
}

export interface FakeRtTicket {
  id: number
  queue: string
  /** The JSON body as RT received it. */
  body: Record<string, unknown>
  /** Custom field values RT kept (those the queue has). */
  customFields: Record<string, string>
  authorization: string | null
  contentType: string | null
}

export interface FakeRtOptions {
  /** Auth tokens and basic-auth "user:password" pairs RT accepts, with their rights. */
  tokens?: Record<string, FakeRtAccount>
  users?: Record<string, FakeRtAccount>
  /** Queue name → the ticket custom fields applied to it. */
  queues?: Record<string, string[]>
}

export interface FakeRt {
  url: string
  tickets: FakeRtTicket[]
  requests: { method: string; path: string }[]
  /** The next N ticket creations succeed, but the connection is dropped before the answer. */
  dropAfterCreate(times: number): void
  /** The next N requests answer 500. */
  failNext(times: number): void
  close(): Promise<void>
}

const all: FakeRtAccount = { seeQueue: true, createTicket: true }

function send(response: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  response.writeHead(status, { 'Content-Type': 'application/json; charset=utf-8', ...headers })
  response.end(JSON.stringify(body))
}

function readBody(request: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = []
    request.on('data', (chunk: Buffer) => chunks.push(chunk))
    request.once('end', () => resolve(Buffer.concat(chunks).toString('utf8')))
    request.once('error', reject)
  })
}

export async function startFakeRt(options: FakeRtOptions = {}): Promise<FakeRt> {
  const tokens = options.tokens ?? { '1-14-goodtoken': all }
  const users = options.users ?? {}
  const queues = options.queues ?? { General: ['Servicedesk call id'] }
  const queueIds = Object.keys(queues)
  const tickets: FakeRtTicket[] = []
  const requests: FakeRt['requests'] = []
  let drops = 0
  let failures = 0
  let url = ''

  const account = (request: IncomingMessage): FakeRtAccount | null => {
    const header = request.headers.authorization ?? ''
    const token = /^token (.+)$/i.exec(header)?.[1]
    if (token) return tokens[token] ?? null
    const basic = /^basic (.+)$/i.exec(header)?.[1]
    if (basic) return users[Buffer.from(basic, 'base64').toString('utf8')] ?? null
    return null
  }

  const queueJson = (name: string, who: FakeRtAccount) => {
    const id = queueIds.indexOf(name) + 1
    return {
      id,
      Name: name,
      Disabled: '0',
      Lifecycle: 'default',
      TicketCustomFields: queues[name]!.map((cf, i) => ({ id: String(i + 2), name: cf, type: 'customfield', ref: 'customfield', _url: `${url}/REST/2.0/customfield/${i + 2}` })),
      _hyperlinks: [
        { ref: 'self', type: 'queue', id, _url: `${url}/REST/2.0/queue/${id}` },
        { ref: 'history', _url: `${url}/REST/2.0/queue/${id}/history` },
        ...(who.createTicket ? [{ ref: 'create', type: 'ticket', _url: `${url}/REST/2.0/ticket?Queue=${id}` }] : []),
      ],
    }
  }

  const server = createServer(async (request, response) => {
    const path = new URL(request.url ?? '/', 'http://fake').pathname
    const query = new URL(request.url ?? '/', 'http://fake').searchParams
    requests.push({ method: request.method ?? '', path: `${path}${query.size ? `?${query.toString()}` : ''}` })
    const body = await readBody(request)
    if (failures > 0) {
      failures--
      return send(response, 500, { message: 'Internal Server Error' })
    }
    if (!path.startsWith('/REST/2.0/')) {
      response.writeHead(404, { 'Content-Type': 'text/html' })
      return response.end('<html><body>Page not found</body></html>')
    }
    const who = account(request)
    if (!who) return send(response, 401, { message: 'Unauthorized' })
    const route = path.slice('/REST/2.0/'.length)

    if (request.method === 'GET' && route === 'rt') return send(response, 200, { Version: '5.0.3', Plugins: [] })

    const queueRoute = /^queue\/(.+)$/.exec(route)
    if (request.method === 'GET' && queueRoute) {
      const key = decodeURIComponent(queueRoute[1]!)
      const name = /^\d+$/.test(key) ? queueIds[Number(key) - 1] : key
      if (!name || !queues[name]) return send(response, 404, { message: 'Not Found' })
      if (!who.seeQueue) return send(response, 403, { message: 'Forbidden' })
      return send(response, 200, queueJson(name, who))
    }

    if (request.method === 'POST' && route === 'ticket') {
      if (!/^application\/json/.test(request.headers['content-type'] ?? '')) return send(response, 415, { message: 'Unsupported Media Type' })
      const fields = JSON.parse(body) as Record<string, unknown>
      const queue = String(fields.Queue ?? '')
      if (!queues[queue] || !who.createTicket) return send(response, 403, { message: `No permission to create tickets in the queue '${queue}'` })
      const given = (fields.CustomFields ?? {}) as Record<string, string>
      const kept = Object.fromEntries(Object.entries(given).filter(([name]) => queues[queue]!.includes(name)))
      const id = tickets.length + 1
      tickets.push({ id, queue, body: fields, customFields: kept, authorization: request.headers.authorization ?? null, contentType: request.headers['content-type'] ?? null })
      if (drops > 0) {
        drops--
        return request.socket.destroy()
      }
      return send(response, 201, { _url: `${url}/REST/2.0/ticket/${id}`, type: 'ticket', id: String(id) }, { Location: `${url}/REST/2.0/ticket/${id}` })
    }

    if (request.method === 'GET' && route === 'tickets') {
      const match = /^'CF\.\{([^}]+)\}' = '((?:[^'\\]|\\.)*)'$/.exec(query.get('query') ?? '')
      if (!match) return send(response, 400, { message: `Invalid query: ${query.get('query')}` })
      const [, field, value] = match
      const found = tickets.filter((ticket) => ticket.customFields[field!] === value!.replace(/\\(.)/g, '$1'))
      const perPage = Number(query.get('per_page') ?? 20)
      const items = found.slice(0, perPage).map((ticket) => ({ type: 'ticket', id: String(ticket.id), _url: `${url}/REST/2.0/ticket/${ticket.id}` }))
      return send(response, 200, { count: items.length, page: 1, pages: Math.ceil(found.length / perPage), per_page: perPage, total: found.length, items })
    }

    return send(response, 404, { message: 'Not Found' })
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`

  return {
    url,
    tickets,
    requests,
    dropAfterCreate: (times) => (drops = times),
    failNext: (times) => (failures = times),
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections()
        server.close(() => resolve())
      }),
  }
}
