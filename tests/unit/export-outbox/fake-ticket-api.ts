// A small REST ticket system on 127.0.0.1 that misbehaves on purpose: it answers 500s, never answers
// (the client times out), resets connections, and sometimes creates the ticket but drops the answer.
// `POST /tickets` creates a ticket with the external reference from the body's `callId`;
// `GET /tickets?callId=` searches by external reference. It does not deduplicate by itself: whether a
// retry creates a second ticket is up to the sender.
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'

export interface Faults {
  /** Chance, per request, of each misbehaviour; the rest are answered properly. */
  error500: number
  timeout: number
  reset: number
  /** Create requests only: the ticket is created and the connection dropped before the answer. */
  createThenDrop: number
}

export const noFaults: Faults = { error500: 0, timeout: 0, reset: 0, createThenDrop: 0 }

export interface FakeTicket {
  id: string
  externalReference: string
  subject: string
  body: string
  authorization: string | null
  idempotencyKey: string | null
  callIdHeader: string | null
  contentType: string | null
}

export interface FakeTicketApi {
  url: string
  tickets: FakeTicket[]
  counts: { requests: number; creates: number; searches: number; error500: number; timeout: number; reset: number; createThenDrop: number }
  /** Tickets per external reference. */
  byReference(): Map<string, FakeTicket[]>
  setFaults(faults: Faults): void
  close(): Promise<void>
}

function readBody(request: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    let text = ''
    request.setEncoding('utf8')
    request.on('data', (chunk: string) => (text += chunk))
    request.once('end', () => resolve(text))
    request.once('error', reject)
  })
}

function header(request: IncomingMessage, name: string): string | null {
  const value = request.headers[name]
  return typeof value === 'string' ? value : null
}

export async function startFakeTicketApi(initial: Faults = noFaults, random: () => number = Math.random): Promise<FakeTicketApi> {
  let faults = initial
  const tickets: FakeTicket[] = []
  const counts = { requests: 0, creates: 0, searches: 0, error500: 0, timeout: 0, reset: 0, createThenDrop: 0 }
  let next = 1000

  const pick = (create: boolean): keyof Faults | null => {
    let roll = random()
    for (const fault of ['error500', 'timeout', 'reset', 'createThenDrop'] as const) {
      if (fault === 'createThenDrop' && !create) continue
      if (roll < faults[fault]) return fault
      roll -= faults[fault]
    }
    return null
  }

  const json = (response: ServerResponse, status: number, value: unknown) => {
    response.writeHead(status, { 'Content-Type': 'application/json; charset=utf-8' })
    response.end(JSON.stringify(value))
  }

  const server = createServer((request, response) => {
    void (async () => {
      counts.requests++
      const url = new URL(request.url ?? '/', 'http://127.0.0.1')
      const body = await readBody(request)
      const create = request.method === 'POST' && url.pathname === '/tickets'
      const search = request.method === 'GET' && url.pathname === '/tickets'
      if (!create && !search) return json(response, 404, { error: 'no such endpoint' })
      const fault = pick(create)
      if (fault) counts[fault]++
      if (fault === 'error500') return json(response, 500, { error: 'internal error' })
      if (fault === 'timeout') return // never answered; closed when the server closes
      if (fault === 'reset') return request.socket.destroy()
      if (search) {
        counts.searches++
        const reference = url.searchParams.get('callId') ?? ''
        return json(response, 200, tickets.filter((t) => t.externalReference === reference).map((t) => ({ id: t.id, url: `${address}/tickets/${t.id}` })))
      }
      const note = JSON.parse(body) as { callId?: string; subject?: string }
      if (!note.callId) return json(response, 422, { error: 'callId (the external reference) is required' })
      counts.creates++
      const ticket: FakeTicket = { id: String(next++), externalReference: note.callId, subject: note.subject ?? '', body, authorization: request.headers.authorization ?? null,
        idempotencyKey: header(request, 'idempotency-key'),
        callIdHeader: header(request, 'x-servicedesk-console-call-id'),
        contentType: header(request, 'content-type'),
      }
      tickets.push(ticket)
      if (fault === 'createThenDrop') return request.socket.destroy()
      return json(response, 201, { id: ticket.id, url: `${address}/tickets/${ticket.id}` })
    })()
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const address = `http://127.0.0.1:${(server.address() as AddressInfo).port}`

  return {
    url: address,
    tickets,
    counts,
    byReference() {
      const map = new Map<string, FakeTicket[]>()
      for (const ticket of tickets) map.set(ticket.externalReference, [...(map.get(ticket.externalReference) ?? []), ticket])
      return map
    },
    setFaults(value) {
      faults = value
    },
    close() {
      server.closeAllConnections()
      return new Promise((resolve) => server.close(() => resolve()))
    },
  }
}
