import { z } from 'zod'
import { ExportError, asExportError, httpError, type AdapterContext, type ExportAdapter, type RemoteTicket, type TestResult } from '../adapter'
import { toJson } from '../../../shared/export/json'
import type { ExportNote } from '../note'

/**
 * A generic JSON webhook: the note is POSTed as JSON to `url`. Every request carries the call id, as
 * `Idempotency-Key` (for receivers that honour it) and as `X-Servicedesk-Console-Call-Id`. A receiver
 * that does not deduplicate can offer `lookupUrl`: before a retry the adapter asks
 * `GET <lookupUrl>?callId=<id>` and, when the ticket is there, records it instead of creating another.
 */
export const webhookConfigSchema = z.object({
  url: z.url({ protocol: /^https?$/, error: 'url must be an http(s) address' }),
  lookupUrl: z.url({ protocol: /^https?$/, error: 'lookupUrl must be an http(s) address' }).optional(),
  /** Where the receiver's answer names the ticket: a field of the JSON body (default `id`, then `url`). */
  idField: z.string().min(1).default('id'),
  urlField: z.string().min(1).default('url'),
})
export type WebhookConfig = z.infer<typeof webhookConfigSchema>

function configOf(ctx: AdapterContext): WebhookConfig {
  const parsed = webhookConfigSchema.safeParse(ctx.target.config)
  if (!parsed.success) {
    const where = parsed.error.issues.map((i) => `${i.path.join('.') || 'config'}: ${i.message}`).join('; ')
    throw new ExportError('misconfigured', `The webhook target "${ctx.target.name}" is not set up correctly (${where}).`)
  }
  return parsed.data
}

function headers(ctx: AdapterContext, callId: string | null): Record<string, string> {
  const h: Record<string, string> = { Accept: 'application/json', 'User-Agent': 'ServicedeskConsole' }
  if (callId) {
    h['Idempotency-Key'] = callId
    h['X-Servicedesk-Console-Call-Id'] = callId
  }
  if (ctx.credential) h.Authorization = `Bearer ${ctx.credential}`
  return h
}

async function request(url: string, init: RequestInit, ctx: AdapterContext): Promise<Response> {
  try {
    return await fetch(url, { ...init, signal: ctx.signal, redirect: 'error' })
  } catch (error) {
    throw asExportError(error, url)
  }
}

async function bodyOf(response: Response, url: string): Promise<string> {
  try {
    return await response.text()
  } catch (error) {
    // The connection broke after the status line: the ticket may exist; the next attempt looks first.
    throw asExportError(error, url)
  }
}

function ticketFrom(value: unknown, config: WebhookConfig): RemoteTicket | null {
  const record = Array.isArray(value) ? value[0] : value
  if (!record || typeof record !== 'object') return null
  const fields = record as Record<string, unknown>
  const id = fields[config.idField]
  if (typeof id !== 'string' && typeof id !== 'number') return null
  const url = fields[config.urlField]
  return { remoteId: String(id), ...(typeof url === 'string' && url ? { remoteUrl: url } : {}) }
}

function parseJson(text: string): unknown {
  try {
    return text ? (JSON.parse(text) as unknown) : null
  } catch {
    return null
  }
}

export const webhookAdapter: ExportAdapter = {
  kind: 'webhook',
  configSchema: webhookConfigSchema,

  async send(note: ExportNote, ctx: AdapterContext): Promise<RemoteTicket> {
    const config = configOf(ctx)
    const response = await request(
      config.url,
      { method: 'POST', headers: { ...headers(ctx, note.callId), 'Content-Type': 'application/json; charset=utf-8' }, body: toJson(note) },
      ctx,
    )
    const text = await bodyOf(response, config.url)
    if (!response.ok) throw httpError(response.status, config.url, text, response.headers.get('retry-after'))
    // A receiver that answers without an id still took the note: the call id is then the reference.
    return ticketFrom(parseJson(text), config) ?? { remoteId: response.headers.get('location') ?? note.callId }
  },

  async findExisting(note: ExportNote, ctx: AdapterContext): Promise<RemoteTicket | null> {
    const config = configOf(ctx)
    if (!config.lookupUrl) return null
    const url = new URL(config.lookupUrl)
    url.searchParams.set('callId', note.callId)
    const response = await request(url.href, { method: 'GET', headers: headers(ctx, note.callId) }, ctx)
    const text = await bodyOf(response, config.lookupUrl)
    if (response.status === 404) return null
    if (!response.ok) throw httpError(response.status, config.lookupUrl, text, response.headers.get('retry-after'))
    return ticketFrom(parseJson(text), config)
  },

  async test(ctx: AdapterContext): Promise<TestResult> {
    try {
      const config = configOf(ctx)
      // Only the lookup can be tried without creating anything; without one, reaching the host is the test.
      const probe = config.lookupUrl ? new URL(config.lookupUrl) : new URL(config.url)
      if (config.lookupUrl) probe.searchParams.set('callId', '00000000-0000-4000-8000-000000000000')
      const response = await request(probe.href, { method: config.lookupUrl ? 'GET' : 'HEAD', headers: headers(ctx, null) }, ctx)
      await bodyOf(response, probe.href)
      if (response.status === 401 || response.status === 403 || response.status >= 500) throw httpError(response.status, probe.href, '')
      if (config.lookupUrl && !response.ok && response.status !== 404) throw httpError(response.status, probe.href, '')
      return { ok: true, detail: `${probe.host} answered (HTTP ${response.status})` }
    } catch (error) {
      return { ok: false, error: asExportError(error) }
    }
  },
}
