import type { z } from 'zod'
import type { TargetKind } from '../../shared/export/targets'
import type { ExportNote } from './note'

/** What a target needs to know when sending: its stored (non-secret) configuration and its secret. */
export interface AdapterContext {
  target: { id: string; kind: string; name: string; config: Record<string, unknown> }
  /** The target's secret (token, password) from the credential provider; null when none is stored. */
  credential: string | null
  /** Aborts a request that takes too long; every adapter passes it on to its I/O. */
  signal: AbortSignal
}

/** Where the ticket lives in the target: its number or id and, where the target has one, a link. */
export interface RemoteTicket {
  remoteId: string
  remoteUrl?: string
}

export type TestResult = { ok: true; detail?: string } | { ok: false; error: ExportError }

/**
 * One kind of target (one file under `adapters/`). A retry must never create a second ticket: an adapter
 * whose API takes an idempotency key sends the call id as the key; one without searches, in
 * `findExisting`, for a ticket carrying the call id as its external reference before creating.
 */
export interface ExportAdapter {
  kind: TargetKind
  /**
   * The target's settings (the fields of `targetKindInfo[kind]` in src/shared/export/targets.ts). Saving
   * a target validates its config with this, so a wrong field is named before anything is sent.
   */
  configSchema: z.ZodType<Record<string, unknown>>
  send(note: ExportNote, ctx: AdapterContext): Promise<RemoteTicket>
  findExisting?(note: ExportNote, ctx: AdapterContext): Promise<RemoteTicket | null>
  test?(ctx: AdapterContext): Promise<TestResult>
}

/**
 * Why a send failed, as an administrator would name it. `retryable` problems (the network, a timeout,
 * a 5xx, a 429) are tried again later; `permanent` ones wait until someone fixes the cause and retries.
 */
export type ExportErrorReason =
  | 'unreachable'
  | 'timeout'
  | 'server-error'
  | 'rate-limited'
  | 'wrong-credentials'
  | 'missing-permission'
  | 'unknown-queue'
  | 'rejected'
  | 'misconfigured'
  | 'no-adapter'

const retryableReasons: ReadonlySet<ExportErrorReason> = new Set(['unreachable', 'timeout', 'server-error', 'rate-limited'])

export class ExportError extends Error {
  readonly retryable: boolean
  constructor(
    readonly reason: ExportErrorReason,
    message: string,
    /** Seconds the target asked to wait (Retry-After), when it said. */
    readonly retryAfterSeconds?: number,
  ) {
    super(message)
    this.name = 'ExportError'
    this.retryable = retryableReasons.has(reason)
  }
}

/** The error for an HTTP status that is not a success, with what the target said (shortened). */
export function httpError(status: number, url: string, body: string, retryAfter?: string | null): ExportError {
  const said = body.trim().replace(/\s+/g, ' ').slice(0, 200)
  const suffix = said ? `: ${said}` : ''
  const seconds = retryAfter && /^\d+$/.test(retryAfter) ? Number(retryAfter) : undefined
  if (status === 401) return new ExportError('wrong-credentials', `${url} refused the credentials (HTTP 401)${suffix}`)
  if (status === 403) return new ExportError('missing-permission', `${url} says the account may not do this (HTTP 403)${suffix}`)
  if (status === 404) return new ExportError('unknown-queue', `${url} does not exist on the target (HTTP 404)${suffix}`)
  if (status === 408) return new ExportError('timeout', `${url} timed out (HTTP 408)`)
  if (status === 429) return new ExportError('rate-limited', `${url} asks to slow down (HTTP 429)`, seconds)
  if (status >= 500) return new ExportError('server-error', `${url} had a server error (HTTP ${status})${suffix}`, seconds)
  return new ExportError('rejected', `${url} rejected the ticket (HTTP ${status})${suffix}`)
}

/** Any thrown value as an ExportError: an abort is a timeout, anything else a network problem; both are retried. */
export function asExportError(error: unknown, url = 'the target'): ExportError {
  if (error instanceof ExportError) return error
  if (error instanceof Error && (error.name === 'AbortError' || error.name === 'TimeoutError')) {
    return new ExportError('timeout', `${url} did not answer in time`)
  }
  if (error instanceof TypeError && error.message === 'fetch failed') {
    const cause = (error as TypeError & { cause?: { code?: string; message?: string } }).cause
    return new ExportError('unreachable', `${url} cannot be reached (${cause?.code ?? cause?.message ?? 'network error'})`)
  }
  const message = error instanceof Error ? error.message : String(error)
  return new ExportError('unreachable', `${url}: ${message}`)
}
