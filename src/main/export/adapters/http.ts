import type { z } from 'zod'
import { asExportError, httpError, type AdapterContext, type ExportError } from '../adapter'
import { withoutSecret } from '../redact'
import { requireSecret, targetConfig } from './config'

/** What the console says about itself and what it wants back, on every request to a ticket system. */
export const baseHeaders: Readonly<Record<string, string>> = { Accept: 'application/json', 'User-Agent': 'ServicedeskConsole' }

export const JSON_TYPE = 'application/json; charset=utf-8'

/** A target's answer, read in full. */
export interface Answer {
  status: number
  text: string
  /** The Retry-After header, for `httpError`. */
  retryAfter: string | null
  headers: Headers
}

export const ok = (answer: Pick<Answer, 'status'>): boolean => answer.status >= 200 && answer.status < 300

/**
 * One request, with the attempt's abort signal, answered in full. Any failure on the way (the network, the
 * timeout, a connection that breaks while the body arrives) becomes an ExportError naming `where`.
 */
export async function exchange(url: string, init: RequestInit, ctx: Pick<AdapterContext, 'signal'>, where = url): Promise<Answer> {
  try {
    // No redirects unless the adapter asks: a redirect would carry the credentials elsewhere, and a ticket API
    // answering with one means a wrong address.
    const response = await fetch(url, { redirect: 'error', ...init, signal: ctx.signal })
    // Read inside the try: a connection that breaks after the status line may have created the ticket, so the
    // attempt fails as retryable and the next one looks for the ticket first.
    const text = await response.text()
    return { status: response.status, text, retryAfter: response.headers.get('retry-after'), headers: response.headers }
  } catch (error) {
    throw asExportError(error, where)
  }
}

/** The body as JSON; null for an empty or unparsable body (the caller then treats the answer as saying nothing). */
export function parseJson(text: string): unknown {
  try {
    return text ? (JSON.parse(text) as unknown) : null
  } catch {
    return null
  }
}

/** HTTP basic authentication (RFC 7617), UTF-8. */
export const basicAuth = (user: string, secret: string): string => `Basic ${Buffer.from(`${user}:${secret}`, 'utf8').toString('base64')}`

/** A JSON REST API under one base address, with one Authorization header. */
export interface ApiClient {
  call(method: string, path: string, options?: { body?: unknown; headers?: Record<string, string> }): Promise<Answer>
  /**
   * The error for an answer that is not a success. It names the endpoint without its query (which may hold an
   * e-mail address), and the target's words lose the secret (some targets and proxies echo what they were sent).
   */
  failure(answer: Answer, path: string): ExportError
}

export function apiClient(ctx: AdapterContext, baseUrl: string, authorization: string): ApiClient {
  const where = (path: string) => `${baseUrl}${path.split('?')[0]}`
  return {
    call(method, path, options = {}) {
      const headers: Record<string, string> = { ...baseHeaders, Authorization: authorization, ...options.headers }
      const init: RequestInit = { method, headers }
      if (options.body !== undefined) {
        headers['Content-Type'] = JSON_TYPE
        init.body = JSON.stringify(options.body)
      }
      return exchange(`${baseUrl}${path}`, init, ctx, where(path))
    },
    failure: (answer, path) => httpError(answer.status, where(path), withoutSecret(answer.text, ctx.credential), answer.retryAfter),
  }
}

/**
 * The client of a target whose API takes basic authentication with a user name from its settings and the stored
 * secret (`secretName`: "API token"), at the settings' `baseUrl`. Fails as misconfigured, naming what is wrong,
 * before any request: settings that do not parse, or no secret.
 */
export function basicAuthClient<S extends z.ZodType<{ baseUrl: string }>>(
  ctx: AdapterContext,
  target: { schema: S; label: string; secretName: string; user: (config: z.output<S>) => string },
): ApiClient & { config: z.output<S> } {
  const config = targetConfig(target.schema, ctx, target.label)
  const authorization = basicAuth(target.user(config), requireSecret(ctx, target.secretName, target.label))
  return { config, ...apiClient(ctx, config.baseUrl, authorization) }
}
