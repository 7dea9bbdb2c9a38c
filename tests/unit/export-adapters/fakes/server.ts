// The plumbing the three fake ticket systems share: a loopback HTTP server that records every request and can drop
// the connection after doing the work (a ticket created, the answer lost).
import { createServer, type IncomingHttpHeaders, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'

export interface Recorded {
  method: string
  path: string
  query: URLSearchParams
  headers: IncomingHttpHeaders
  body: string
  json: unknown
}

export interface Reply {
  json(status: number, value: unknown, headers?: Record<string, string>): void
  empty(status: number): void
  /** Closes the connection without an answer: the client sees a network error. */
  drop(): void
}

export interface FakeServer {
  url: string
  requests: Recorded[]
  close(): Promise<void>
}

export async function startFakeServer(handle: (request: Recorded, reply: Reply) => void): Promise<FakeServer> {
  const requests: Recorded[] = []
  const server = createServer((request, response) => {
    let body = ''
    request.setEncoding('utf8')
    request.on('data', (chunk: string) => (body += chunk))
    request.once('end', () => {
      const url = new URL(request.url ?? '/', 'http://127.0.0.1')
      let json: unknown
      try {
        json = body ? (JSON.parse(body) as unknown) : null
      } catch {
        json = null
      }
      const recorded: Recorded = { method: request.method ?? 'GET', path: url.pathname, query: url.searchParams, headers: request.headers, body, json }
      requests.push(recorded)
      handle(recorded, reply(response))
    })
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    requests,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections()
        server.close(() => resolve())
      }),
  }
}

function reply(response: ServerResponse): Reply {
  return {
    json(status, value, headers = {}) {
      response.writeHead(status, { 'Content-Type': 'application/json; charset=utf-8', ...headers })
      response.end(JSON.stringify(value))
    },
    empty(status) {
      response.writeHead(status)
      response.end()
    },
    drop() {
      response.socket?.destroy()
    },
  }
}

/** The user and password of a basic Authorization header, or null without one. */
export function basicAuth(headers: IncomingHttpHeaders): { user: string; password: string } | null {
  const match = /^Basic (.+)$/.exec(headers.authorization ?? '')
  if (!match) return null
  const decoded = Buffer.from(match[1]!, 'base64').toString('utf8')
  const colon = decoded.indexOf(':')
  return colon < 0 ? null : { user: decoded.slice(0, colon), password: decoded.slice(colon + 1) }
}
