import { z } from 'zod'
import { ExportError, asExportError, httpError, type AdapterContext, type ExportAdapter, type RemoteTicket, type TestResult } from '../adapter'
import type { ExportNote } from '../note'
import { requireSecret, targetConfig } from './config'
import { baseHeaders, basicAuth, exchange, JSON_TYPE, parseJson, type Answer } from './http'
import { flowCategorySchema } from '../../../shared/call/flow-schema'
import { toPlainText } from '../../../shared/export/plain-text'
import { subjectOf } from '../../../shared/export/subject'
import { prioritySchema } from '../../../shared/priority-level'

/**
 * Request Tracker 5, REST2 API (https://docs.bestpractical.com/rt/5.0.3/RT/REST2.html). A ticket is
 * created with `POST /REST/2.0/ticket`; the call id goes into a ticket custom field (`callIdField`).
 * RT has no idempotency key and, in 5.0.3, a custom field's UniqueValues does not stop a second ticket
 * with the same value, so a retry first searches `GET /REST/2.0/tickets?query=CF.{field} = '<id>'`.
 * RT silently drops a custom field the queue does not have; without it that search would never find
 * the ticket, so every send first checks that the queue carries the field.
 *
 * Authentication: an RT auth token (`Authorization: token …`, RT's recommendation) as the target's
 * secret; or, when `username` is set, basic auth with that user and the secret as password.
 */
export const DEFAULT_CALL_ID_FIELD = 'Servicedesk call id'

const mappingValue = z.string().trim().min(1, 'must not be empty')

export const rtConfigSchema = z.object({
  baseUrl: z
    .url({ protocol: /^https?$/, error: 'baseUrl must be an http(s) address, such as https://rt.example.org' })
    // People paste the API's address or one with a trailing slash; links and the API both hang off RT's web root.
    .transform((url) => url.replace(/\/+$/, '').replace(/\/REST\/2\.0$/i, '')),
  queue: z.string().trim().min(1, 'queue is required: the RT queue tickets go to when no category mapping applies'),
  queueByCategory: z.partialRecord(flowCategorySchema, mappingValue).optional(),
  /** RT's own priority for each console priority: a number (0–99) or, with PriorityAsString, a name such as "High". */
  priorityMap: z.partialRecord(prioritySchema, mappingValue).optional(),
  callIdField: z
    .string()
    .trim()
    .min(1)
    .regex(/^[^{}'\\]+$/, 'callIdField must not contain { } \' or \\ (RT could not search for it)')
    .default(DEFAULT_CALL_ID_FIELD),
  username: z.string().trim().min(1).optional(),
})
export type RtConfig = z.infer<typeof rtConfigSchema>

function authorization(config: RtConfig, ctx: AdapterContext): string {
  const secret = requireSecret(ctx, config.username ? `password for ${config.username}` : 'auth token', 'Request Tracker')
  return config.username ? basicAuth(config.username, secret) : `token ${secret}`
}

/** The queue a call goes to: its category's queue when mapped, else the default. */
export function queueFor(note: ExportNote, config: RtConfig): string {
  return (note.category && config.queueByCategory?.[note.category]) || config.queue
}

/** The JSON body of `POST /REST/2.0/ticket` for a call, as documented in REST2's ticket examples. */
export function ticketBody(note: ExportNote, config: RtConfig): Record<string, unknown> {
  const priority = note.priority ? config.priorityMap?.[note.priority.chosen] : undefined
  const email = note.caller.email.trim()
  return {
    Queue: queueFor(note, config),
    Subject: subjectOf(note),
    ...(email ? { Requestor: email } : {}),
    Content: toPlainText(note),
    ContentType: 'text/plain',
    ...(priority !== undefined ? { Priority: /^\d+$/.test(priority) ? Number(priority) : priority } : {}),
    CustomFields: { [config.callIdField]: note.callId },
  }
}

/** TicketSQL for the tickets carrying a call id; quotes are escaped although a call id has none. */
export function callIdQuery(config: RtConfig, callId: string): string {
  return `'CF.{${config.callIdField}}' = '${callId.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`
}

interface RtAnswer extends Answer {
  /** The body as JSON (null when it is none). */
  body: unknown
  /** The address asked, for messages. */
  url: string
}

interface Client {
  config: RtConfig
  get: (path: string) => Promise<RtAnswer>
  post: (path: string, body: unknown) => Promise<RtAnswer>
}

function client(ctx: AdapterContext): Client {
  const config = targetConfig(rtConfigSchema, ctx, 'Request Tracker')
  const headers = { ...baseHeaders, Authorization: authorization(config, ctx) }
  const call = async (path: string, init: RequestInit): Promise<RtAnswer> => {
    const url = `${config.baseUrl}/REST/2.0/${path}`
    // RT answers a bad login on a web path with a redirect to its login page; the API never redirects.
    const answer = await exchange(url, { ...init, redirect: 'manual' }, ctx)
    return { ...answer, body: parseJson(answer.text), url }
  }
  return {
    config,
    get: (path) => call(path, { method: 'GET', headers }),
    post: (path, body) => call(path, { method: 'POST', headers: { ...headers, 'Content-Type': JSON_TYPE }, body: JSON.stringify(body) }),
  }
}

const record = (value: unknown): Record<string, unknown> =>
  value && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : {}

/** RT's `{"message": "..."}` (or the raw text) for an error message. */
function said(answer: { body: unknown; text: string }): string {
  const message = record(answer.body).message
  return typeof message === 'string' ? message : answer.text
}

function ticketLink(config: RtConfig, id: string): RemoteTicket {
  return { remoteId: id, remoteUrl: `${config.baseUrl}/Ticket/Display.html?id=${encodeURIComponent(id)}` }
}

/**
 * The queue as RT shows it to this account: it must exist, be visible, carry the call-id field, and
 * offer the `create` link (RT shows it only with the CreateTicket right). Throws naming what is missing.
 */
async function checkQueue(rt: Client, name: string, needCreate: boolean): Promise<void> {
  const answer = await rt.get(`queue/${encodeURIComponent(name)}`)
  if (answer.status === 404) {
    throw new ExportError(
      'unknown-queue',
      `Request Tracker has no queue "${name}" (${answer.url}): check the queue name or the category mapping.`,
    )
  }
  if (answer.status === 403) {
    throw new ExportError(
      'missing-permission',
      `The RT account may not see queue "${name}": it needs the SeeQueue and CreateTicket rights on it.`,
    )
  }
  if (answer.status !== 200) throw httpError(answer.status, answer.url, said(answer), answer.retryAfter)
  const queue = record(answer.body)
  if (queue.Disabled === '1' || queue.Disabled === 1) {
    throw new ExportError('unknown-queue', `The RT queue "${name}" is disabled: enable it or map the calls to another queue.`)
  }
  const fields = Array.isArray(queue.TicketCustomFields) ? queue.TicketCustomFields.map((f) => record(f).name) : []
  if (!fields.includes(rt.config.callIdField)) {
    throw new ExportError(
      'misconfigured',
      `The RT queue "${name}" has no ticket custom field "${rt.config.callIdField}" the account can see. ` +
        'Create it (Admin → Custom fields, type "Enter one value", applies to Tickets) and apply it to this queue, ' +
        'or, if it is there, give the account the SeeCustomField and ModifyCustomField rights on it; ' +
        'without it a retry cannot find a ticket it already made.',
    )
  }
  const links = Array.isArray(queue._hyperlinks) ? queue._hyperlinks.map(record) : []
  if (needCreate && !links.some((link) => link.ref === 'create' && link.type === 'ticket')) {
    throw new ExportError(
      'missing-permission',
      `The RT account may not create tickets in queue "${name}": give it the CreateTicket right there.`,
    )
  }
}

async function search(rt: Client, callId: string): Promise<RemoteTicket | null> {
  const query = new URLSearchParams({ query: callIdQuery(rt.config, callId), orderby: 'id', order: 'ASC', per_page: '1', fields: 'id' })
  const answer = await rt.get(`tickets?${query.toString()}`)
  if (answer.status !== 200) throw httpError(answer.status, answer.url, said(answer), answer.retryAfter)
  const first = (record(answer.body).items as unknown[] | undefined)?.[0]
  const id = record(first).id
  // The oldest ticket wins: should duplicates exist (made by hand, or before this console), the first is the original.
  return typeof id === 'string' || typeof id === 'number' ? ticketLink(rt.config, String(id)) : null
}

export const rtAdapter: ExportAdapter = {
  kind: 'rt',
  configSchema: rtConfigSchema,

  async send(note: ExportNote, ctx: AdapterContext): Promise<RemoteTicket> {
    const rt = client(ctx)
    const body = ticketBody(note, rt.config)
    await checkQueue(rt, body.Queue as string, false)
    const answer = await rt.post('ticket', body)
    if (answer.status === 201 || answer.status === 200) {
      const id = record(answer.body).id
      if (typeof id === 'string' || typeof id === 'number') return ticketLink(rt.config, String(id))
      // Created, but the answer does not say which: the next attempt finds it by the call id.
      throw new ExportError('server-error', `${answer.url} created a ticket but did not say its number`)
    }
    // RT says 403 both for a queue without CreateTicket right and for one that does not exist.
    if (answer.status === 403) throw new ExportError('missing-permission', `Request Tracker refused the ticket: ${said(answer)}`)
    throw httpError(answer.status, answer.url, said(answer), answer.retryAfter)
  },

  async findExisting(note: ExportNote, ctx: AdapterContext): Promise<RemoteTicket | null> {
    return search(client(ctx), note.callId)
  },

  async test(ctx: AdapterContext): Promise<TestResult> {
    try {
      const rt = client(ctx)
      const about = await rt.get('rt')
      if (about.status === 401) {
        const what = rt.config.username ? `the user name ${rt.config.username} or its password` : 'the auth token'
        throw new ExportError('wrong-credentials', `Request Tracker at ${rt.config.baseUrl} refused ${what} (HTTP 401).`)
      }
      const version = record(about.body).Version
      if (about.status !== 200 || typeof version !== 'string') {
        if (about.status >= 500 || about.status === 429) throw httpError(about.status, about.url, said(about), about.retryAfter)
        throw new ExportError(
          'misconfigured',
          `${about.url} is not Request Tracker's REST2 API (HTTP ${about.status}): ` +
            "check the address; it is RT's web address, without /REST/2.0.",
        )
      }
      const queues = [...new Set([rt.config.queue, ...Object.values(rt.config.queueByCategory ?? {})])]
      for (const queue of queues) await checkQueue(rt, queue, true)
      // The search a retry relies on must work for this account (it needs ShowTicket to see results).
      await search(rt, '00000000-0000-4000-8000-000000000000')
      const which = `queue${queues.length > 1 ? 's' : ''} ${queues.join(', ')}`
      return { ok: true, detail: `Request Tracker ${version}: ${which} accept tickets with "${rt.config.callIdField}"` }
    } catch (error) {
      return { ok: false, error: asExportError(error) }
    }
  },
}
