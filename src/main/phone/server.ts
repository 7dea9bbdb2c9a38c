import { timingSafeEqual } from 'node:crypto'
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import type { AppErrorData } from '../../shared/result'
import { AppError } from '../../shared/result'
import { describeIssues } from '../../shared/zod-issues'
import { deliverCtiEvent, type CtiDelivery } from './deliver'
import { ctiEventName, readCtiEvent, readQuery, type QueryValues } from './request'

export interface PhoneEndpointOptions extends CtiDelivery {
  /** 0 picks a free port. */
  port: number
  /** The shared secret the phone system sends. */
  token: string
  log?: (message: string, error: unknown) => void
}

export interface PhoneEndpoint {
  /** `http://127.0.0.1:PORT/cti`, without the token. */
  url: string
  address: AddressInfo
  close(): Promise<void>
}

export const PHONE_ADDRESS = '127.0.0.1'
/** A screen-pop request is a few dozen bytes; anything near this is not one. */
export const MAX_PHONE_BODY = 4 * 1024

type Body = { ok: true; callId: string | null; personId: string | null } | { ok: false; error: AppErrorData }

function send(res: ServerResponse, status: number, body: Body, headers: Record<string, string> = {}): void {
  // Deliberately no Access-Control-* headers: no web page may read these answers.
  res.writeHead(status, {
    'content-type': 'application/json; charset=utf-8',
    'cache-control': 'no-store',
    'x-content-type-options': 'nosniff',
    ...headers,
  })
  res.end(JSON.stringify(body))
}

const refuse = (res: ServerResponse, status: number, code: AppErrorData['code'], message: string, headers?: Record<string, string>) =>
  send(res, status, { ok: false, error: { code, message } }, headers)

function sameSecret(given: string, token: string): boolean {
  const a = Buffer.from(given)
  const b = Buffer.from(token)
  return a.length === b.length && timingSafeEqual(a, b)
}

class BodyTooLarge extends Error {}

async function readBody(req: IncomingMessage): Promise<string> {
  if (Number(req.headers['content-length'] ?? 0) > MAX_PHONE_BODY) throw new BodyTooLarge()
  let size = 0
  const chunks: Buffer[] = []
  for await (const chunk of req) {
    size += (chunk as Buffer).length
    if (size > MAX_PHONE_BODY) throw new BodyTooLarge()
    chunks.push(chunk as Buffer)
  }
  return Buffer.concat(chunks).toString('utf8')
}

/**
 * The loopback endpoint a softphone or CTI connector announces calls on, on 127.0.0.1 only:
 * `POST /cti` with `{"event":"newCall"|"answer"|"hangup","number":…,"callId":…}`, or — for phone
 * systems that can only open a URL — `GET /cti/newCall?number=…&callId=…` (and `/cti/answer`,
 * `/cti/hangup`). Every request carries the token (`Authorization: Bearer …` or `?token=`).
 *
 * A web page in the agent's browser must not be able to announce calls: the Host header must name this
 * loopback address (a DNS-rebinding page sends its own host name), requests a browser marks as made by
 * a page's script (Origin, Sec-Fetch-Site without a navigation) are refused, and no CORS header is sent.
 */
export async function startPhoneEndpoint(options: PhoneEndpointOptions): Promise<PhoneEndpoint> {
  const { token, log = console.error } = options
  let port = 0

  const server = createServer((req, res) => {
    void (async () => {
      const host = req.headers.host?.toLowerCase()
      // A request without Host (HTTP/1.0) cannot come from a browser page, so it is no rebinding risk.
      if (host !== undefined && host !== `${PHONE_ADDRESS}:${port}` && host !== `localhost:${port}`) {
        return refuse(res, 403, 'unavailable', `The Host header must be ${PHONE_ADDRESS}:${port} or localhost:${port}.`)
      }
      // A page's script or subresource (fetch, img) reaching in from another site is refused; a top-level
      // navigation is allowed, since web-based phone clients announce calls by opening the URL in a tab.
      const site = req.headers['sec-fetch-site']
      const fromPage = req.headers.origin !== undefined || (site !== undefined && site !== 'none' && site !== 'same-origin')
      if (fromPage && req.headers['sec-fetch-mode'] !== 'navigate') {
        return refuse(res, 403, 'unavailable', 'Requests from scripts on web pages are refused; the phone system calls this endpoint directly or opens it as a page.')
      }

      const raw = req.url ?? '/'
      const q = raw.indexOf('?')
      const path = (q < 0 ? raw : raw.slice(0, q)).replace(/\/+$/, '')
      const query = readQuery(q < 0 ? '' : raw.slice(q + 1))
      const given = req.headers.authorization?.startsWith('Bearer ') ? req.headers.authorization.slice(7).trim() : (query.values.token ?? '')
      if (!sameSecret(given, token)) {
        return refuse(res, 401, 'unavailable', 'Missing or wrong token: send the console\'s screen-pop token as "Authorization: Bearer <token>" or as ?token=<token>.')
      }
      if (query.issues.length > 0) return invalid(res, query.issues)

      if (path === '/cti') {
        if (req.method !== 'POST') return refuse(res, 405, 'invalid-input', 'Use POST with a JSON body on /cti, or GET /cti/newCall?number=…', { allow: 'POST' })
        let body: unknown
        try {
          body = JSON.parse(await readBody(req))
        } catch (error) {
          if (error instanceof BodyTooLarge) return refuse(res, 413, 'invalid-input', `The request is larger than ${MAX_PHONE_BODY} bytes.`, { connection: 'close' })
          return send(res, 400, { ok: false, error: { code: 'invalid-input', message: 'The request body is not JSON.', issues: [{ field: '', message: 'not JSON' }] } })
        }
        return answer(res, readCtiEvent(body))
      }

      const event = path.startsWith('/cti/') ? ctiEventName(path.slice('/cti/'.length)) : undefined
      if (!event) return refuse(res, 404, 'not-found', `Unknown address ${JSON.stringify((path || '/').slice(0, 60))}; use POST /cti, or GET /cti/newCall, /cti/answer or /cti/hangup.`)
      if (req.method !== 'GET') return refuse(res, 405, 'invalid-input', `Use GET on /cti/${event}.`, { allow: 'GET' })
      return answer(res, readCtiEvent(fromQuery(event, query.values)))
    })().catch((error: unknown) => {
      log('The screen-pop endpoint failed', error)
      if (!res.headersSent) refuse(res, 500, 'internal', 'The console could not handle the call; see its log.')
      else res.end()
    })
  })

  function answer(res: ServerResponse, read: ReturnType<typeof readCtiEvent>): void {
    if (!read.ok) return invalid(res, read.issues)
    try {
      const result = deliverCtiEvent(options, read.value)
      send(res, 200, { ok: true, callId: result.callId, personId: result.personId })
    } catch (error) {
      if (error instanceof AppError && error.code !== 'internal') return refuse(res, error.code === 'unavailable' ? 503 : 409, error.code, error.message)
      throw error
    }
  }

  // Slow or stalled clients must not hold a socket for minutes.
  server.requestTimeout = 10_000
  server.headersTimeout = 5_000
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject)
    server.listen(options.port, PHONE_ADDRESS, () => {
      server.off('error', reject)
      resolve()
    })
  })
  const address = server.address() as AddressInfo
  port = address.port
  return {
    url: `http://${PHONE_ADDRESS}:${port}/cti`,
    address,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections()
        server.close(() => resolve())
      }),
  }
}

function invalid(res: ServerResponse, issues: { field: string; message: string }[]): void {
  send(res, 400, { ok: false, error: { code: 'invalid-input', message: `Invalid screen-pop request: ${describeIssues(issues)}`, issues } })
}

function fromQuery(event: string, values: QueryValues): Record<string, unknown> {
  const input: Record<string, unknown> = { event }
  if (values.number !== undefined) input.number = values.number
  if (values.callId !== undefined) input.callId = values.callId
  return input
}
