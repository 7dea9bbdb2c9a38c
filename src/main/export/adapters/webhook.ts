import { z } from 'zod'
import { asExportError, httpError, type AdapterContext, type ExportAdapter, type RemoteTicket, type TestResult } from '../adapter'
import { toJson } from '../../../shared/export/json'
import type { ExportNote } from '../note'
import { targetConfig } from './config'
import { baseHeaders, exchange, JSON_TYPE, ok, parseJson } from './http'

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

const webhookConfig = (ctx: AdapterContext): WebhookConfig => targetConfig(webhookConfigSchema, ctx, 'webhook')

function headers(ctx: AdapterContext, callId: string | null): Record<string, string> {
  const h: Record<string, string> = { ...baseHeaders }
  if (callId) {
    h['Idempotency-Key'] = callId
    h['X-Servicedesk-Console-Call-Id'] = callId
  }
  if (ctx.credential) h.Authorization = `Bearer ${ctx.credential}`
  return h
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

export const webhookAdapter: ExportAdapter = {
  kind: 'webhook',
  configSchema: webhookConfigSchema,

  async send(note: ExportNote, ctx: AdapterContext): Promise<RemoteTicket> {
    const config = webhookConfig(ctx)
    const init = { method: 'POST', headers: { ...headers(ctx, note.callId), 'Content-Type': JSON_TYPE }, body: toJson(note) }
    const answer = await exchange(config.url, init, ctx)
    if (!ok(answer)) throw httpError(answer.status, config.url, answer.text, answer.retryAfter)
    // A receiver that answers without an id still took the note: the call id is then the reference.
    return ticketFrom(parseJson(answer.text), config) ?? { remoteId: answer.headers.get('location') ?? note.callId }
  },

  async findExisting(note: ExportNote, ctx: AdapterContext): Promise<RemoteTicket | null> {
    const config = webhookConfig(ctx)
    if (!config.lookupUrl) return null
    const url = new URL(config.lookupUrl)
    url.searchParams.set('callId', note.callId)
    const answer = await exchange(url.href, { method: 'GET', headers: headers(ctx, note.callId) }, ctx)
    if (answer.status === 404) return null
    if (!ok(answer)) throw httpError(answer.status, config.lookupUrl, answer.text, answer.retryAfter)
    return ticketFrom(parseJson(answer.text), config)
  },

  async test(ctx: AdapterContext): Promise<TestResult> {
    try {
      const config = webhookConfig(ctx)
      // Only the lookup can be tried without creating anything; without one, reaching the host is the test.
      const probe = config.lookupUrl ? new URL(config.lookupUrl) : new URL(config.url)
      if (config.lookupUrl) probe.searchParams.set('callId', '00000000-0000-4000-8000-000000000000')
      const answer = await exchange(probe.href, { method: config.lookupUrl ? 'GET' : 'HEAD', headers: headers(ctx, null) }, ctx)
      if (answer.status === 401 || answer.status === 403 || answer.status >= 500) throw httpError(answer.status, probe.href, '')
      if (config.lookupUrl && !ok(answer) && answer.status !== 404) throw httpError(answer.status, probe.href, '')
      return { ok: true, detail: `${probe.host} answered (HTTP ${answer.status})` }
    } catch (error) {
      return { ok: false, error: asExportError(error) }
    }
  },
}
