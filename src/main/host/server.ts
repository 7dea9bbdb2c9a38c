import { readFile } from 'node:fs/promises'
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import { extname, join, normalize, sep } from 'node:path'
import { timingSafeEqual } from 'node:crypto'
import type { Dispatch } from '../contract/dispatch'
import type { EventBus } from '../contract/event-bus'

export interface HostServerOptions {
  dispatch: Dispatch
  events: EventBus
  /** Built renderer (out/renderer). */
  rendererDir: string
  /** Random per-launch secret; every /api request must carry it. */
  token: string
  port: number
}

export interface HostServer {
  url: string
  /** The URL to open, with the token. */
  openUrl: string
  address: AddressInfo
  close(): Promise<void>
}

export const HOST_ADDRESS = '127.0.0.1'
/** Large enough for a 50,000-row CSV import sent as text. */
const MAX_BODY = 64 * 1024 * 1024

const contentTypes: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.json': 'application/json',
}

function send(res: ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store' })
  res.end(JSON.stringify(body))
}

function tokenOf(req: IncomingMessage, url: URL): string {
  const header = req.headers.authorization ?? ''
  if (header.startsWith('Bearer ')) return header.slice(7)
  // EventSource cannot set headers: the event stream takes the token as a query parameter.
  return url.searchParams.get('token') ?? ''
}

function sameSecret(a: string, b: string): boolean {
  const x = Buffer.from(a)
  const y = Buffer.from(b)
  return x.length === y.length && timingSafeEqual(x, y)
}

class BodyTooLarge extends Error {}

async function readBody(req: IncomingMessage): Promise<string> {
  let size = 0
  const chunks: Buffer[] = []
  for await (const chunk of req) {
    size += (chunk as Buffer).length
    if (size > MAX_BODY) throw new BodyTooLarge()
    chunks.push(chunk as Buffer)
  }
  return Buffer.concat(chunks).toString('utf8')
}

/**
 * The browser host: the built renderer, `POST /api/<channel>` and `GET /api/events` (server-sent events),
 * on 127.0.0.1 only. Every /api request without the launch token gets 401 before any routing; a request
 * whose Origin is not this host's own is refused, so other pages in the browser cannot drive the console.
 */
export async function startHostServer(options: HostServerOptions): Promise<HostServer> {
  const { dispatch, events, rendererDir, token } = options
  let ownOrigin = ''

  const server = createServer((req, res) => {
    void (async () => {
      const url = new URL(req.url ?? '/', ownOrigin || 'http://127.0.0.1')
      const origin = req.headers.origin
      if (origin !== undefined && origin !== ownOrigin) return send(res, 403, { ok: false, error: { code: 'unavailable', message: 'Requests from other sites are refused.' } })

      if (url.pathname === '/api' || url.pathname.startsWith('/api/')) {
        if (!sameSecret(tokenOf(req, url), token)) return send(res, 401, { ok: false, error: { code: 'unavailable', message: 'Missing or wrong token: open the URL the host printed.' } })
        if (url.pathname === '/api/events' && req.method === 'GET') return streamEvents(req, res, events)
        if (req.method !== 'POST') return send(res, 405, { ok: false, error: { code: 'invalid-input', message: 'Use POST for requests.' } })
        let input: unknown
        try {
          const body = await readBody(req)
          input = body ? JSON.parse(body) : {}
        } catch (error) {
          if (error instanceof BodyTooLarge) return send(res, 413, { ok: false, error: { code: 'invalid-input', message: `The request is larger than ${MAX_BODY / 1024 / 1024} MB; split the file.` } })
          return send(res, 400, { ok: false, error: { code: 'invalid-input', message: 'The request body is not JSON.' } })
        }
        const result = await dispatch(decodeURIComponent(url.pathname.slice('/api/'.length)), input)
        const status = result.ok ? 200 : result.error.code === 'invalid-input' ? 400 : result.error.code === 'not-found' ? 404 : result.error.code === 'internal' ? 500 : 409
        return send(res, status, result)
      }
      return serveStatic(rendererDir, url.pathname, res)
    })().catch((error: unknown) => {
      console.error('Browser host request failed', error)
      if (!res.headersSent) send(res, 500, { ok: false, error: { code: 'internal', message: 'The host failed; see its log.' } })
      else res.end()
    })
  })

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject)
    server.listen(options.port, HOST_ADDRESS, () => resolve())
  })
  const address = server.address() as AddressInfo
  ownOrigin = `http://${HOST_ADDRESS}:${address.port}`
  return {
    url: ownOrigin,
    openUrl: `${ownOrigin}/?token=${encodeURIComponent(token)}`,
    address,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections()
        server.close(() => resolve())
      }),
  }
}

function streamEvents(req: IncomingMessage, res: ServerResponse, events: EventBus): void {
  res.writeHead(200, { 'content-type': 'text/event-stream', 'cache-control': 'no-store', connection: 'keep-alive' })
  res.write(': connected\n\n')
  const unsubscribe = events.subscribe((event, payload) => {
    res.write(`event: ${event}\ndata: ${JSON.stringify(payload)}\n\n`)
  })
  const keepAlive = setInterval(() => res.write(': keep-alive\n\n'), 15_000)
  req.on('close', () => {
    clearInterval(keepAlive)
    unsubscribe()
  })
}

async function serveStatic(root: string, pathname: string, res: ServerResponse): Promise<void> {
  const relative = normalize(decodeURIComponent(pathname === '/' ? '/index.html' : pathname)).replace(/^([/\\])+/, '')
  const file = join(root, relative)
  if (!file.startsWith(root + sep)) return send(res, 404, { ok: false, error: { code: 'not-found', message: 'Not found' } })
  try {
    const body = await readFile(file)
    res.writeHead(200, {
      'content-type': contentTypes[extname(file)] ?? 'application/octet-stream',
      'x-content-type-options': 'nosniff',
      // The console is never shown inside another page.
      'x-frame-options': 'DENY',
      'content-security-policy': "frame-ancestors 'none'",
    })
    res.end(body)
  } catch {
    send(res, 404, { ok: false, error: { code: 'not-found', message: 'Not found' } })
  }
}
