import { z } from 'zod'
import { flowCategorySchema } from '../../../shared/call/flow-schema'
import { toPlainText } from '../../../shared/export/plain-text'
import { subjectOf } from '../../../shared/export/subject'
import { prioritySchema } from '../../../shared/priority-level'
import { ExportError, asExportError, type AdapterContext, type ExportAdapter, type RemoteTicket, type TestResult } from '../adapter'
import type { ExportNote } from '../note'
import { withoutEmpty } from './config'
import { basicAuthClient, ok, parseJson } from './http'

/**
 * Zendesk Support, through the Tickets API. Documentation followed:
 * - https://developer.zendesk.com/api-reference/ticketing/tickets/tickets/#create-ticket (POST /api/v2/tickets: subject,
 *   comment.body and comment.public, requester {name, email}, priority low/normal/high/urgent, group_id, external_id)
 * - https://developer.zendesk.com/api-reference/ticketing/introduction/#idempotency (an `Idempotency-Key` header makes a
 *   repeated create return the first ticket, `x-idempotency-lookup: hit`; the key lasts about two hours and must come
 *   with the same body)
 * - https://developer.zendesk.com/api-reference/ticketing/tickets/tickets/#list-tickets (`external_id` lists the
 *   tickets with that external id)
 * - https://developer.zendesk.com/api-reference/introduction/security-and-auth/ (basic auth `{email}/token:{api_token}`)
 * - https://developer.zendesk.com/api-reference/ticketing/users/users/#show-the-currently-authenticated-user
 *
 * Every try carries the call id as the idempotency key and as `external_id`. A retry after the key has expired (a
 * long outage) is covered by the search on `external_id` the worker runs first.
 */

export const zendeskPriorities = ['low', 'normal', 'high', 'urgent'] as const

/** What most Zendesk administrators would choose; the mapping in settings overrides each. */
const defaultPriorities = { P1: 'urgent', P2: 'high', P3: 'normal', P4: 'low' } as const

const groupId = z
  .union([z.string(), z.number()])
  .transform((v) => String(v).trim())
  .pipe(z.string().regex(/^\d+$/, 'groupByCategory takes Zendesk group ids (numbers)'))

export const zendeskConfigSchema = z.object({
  baseUrl: z.url({ protocol: /^https?$/, error: 'baseUrl must be the http(s) address of the Zendesk account' }).transform((u) => u.replace(/\/+$/, '')),
  email: z.email({ error: 'email must be the e-mail address of the Zendesk agent the token belongs to' }),
  /** Call category → Zendesk group id. Unmapped: Zendesk's own routing. */
  groupByCategory: z.preprocess(withoutEmpty, z.partialRecord(flowCategorySchema, groupId)).default({}),
  /** P1–P4 → Zendesk priority. */
  priorityMap: z.preprocess(withoutEmpty, z.partialRecord(prioritySchema, z.enum(zendeskPriorities, { error: 'priorityMap takes low, normal, high or urgent' }))).default({}),
  /**
   * Whether the note is a public comment the requester sees (and is mailed). Off by default: the note is the
   * servicedesk's record for the resolvers; telling the caller is left to Zendesk's triggers.
   */
  publicComment: z.boolean().default(false),
})
export type ZendeskConfig = z.infer<typeof zendeskConfigSchema>

// Zendesk's API token authentication: the user name is `{email}/token`.
const client = (ctx: AdapterContext) =>
  basicAuthClient(ctx, { schema: zendeskConfigSchema, label: 'Zendesk', secretName: 'API token', user: (config) => `${config.email}/token` })

/**
 * The ticket as the create call takes it. It depends only on the note and the settings, so every try sends the same
 * body, as Zendesk requires for a repeated idempotency key.
 */
export function zendeskTicket(note: ExportNote, config: ZendeskConfig): { ticket: Record<string, unknown> } {
  const priority = note.priority ? (config.priorityMap[note.priority.chosen] ?? defaultPriorities[note.priority.chosen]) : undefined
  const group = note.category ? config.groupByCategory[note.category] : undefined
  return {
    ticket: {
      subject: subjectOf(note),
      comment: { body: toPlainText(note).trimEnd(), public: config.publicComment },
      // Zendesk finds or creates the requester by e-mail; without one the agent the token belongs to is the requester.
      ...(note.caller.email ? { requester: { name: note.caller.name || note.caller.email, email: note.caller.email } } : {}),
      ...(priority ? { priority } : {}),
      ...(group ? { group_id: Number(group) } : {}),
      external_id: note.callId,
      tags: ['servicedesk_console'],
    },
  }
}

const remoteOf = (config: ZendeskConfig, id: number | string): RemoteTicket => ({ remoteId: String(id), remoteUrl: `${config.baseUrl}/agent/tickets/${id}` })

const ticketId = (value: unknown): number | string | null => {
  const id = (value as { id?: unknown } | null)?.id
  return typeof id === 'number' || typeof id === 'string' ? id : null
}

export const zendeskAdapter: ExportAdapter = {
  kind: 'zendesk',
  configSchema: zendeskConfigSchema,

  async send(note, ctx): Promise<RemoteTicket> {
    const zendesk = client(ctx)
    const answer = await zendesk.call('POST', '/api/v2/tickets', {
      body: zendeskTicket(note, zendesk.config),
      headers: { 'Idempotency-Key': note.callId },
    })
    if (!ok(answer)) throw zendesk.failure(answer, '/api/v2/tickets')
    const id = ticketId((parseJson(answer.text) as { ticket?: unknown } | null)?.ticket)
    if (id === null) throw new ExportError('server-error', `${zendesk.config.baseUrl}/api/v2/tickets answered without a ticket id.`)
    return remoteOf(zendesk.config, id)
  },

  async findExisting(note, ctx) {
    const zendesk = client(ctx)
    const path = `/api/v2/tickets?${new URLSearchParams({ external_id: note.callId }).toString()}`
    const answer = await zendesk.call('GET', path)
    if (!ok(answer)) throw zendesk.failure(answer, path)
    const tickets = (parseJson(answer.text) as { tickets?: unknown } | null)?.tickets
    // External ids need not be unique in Zendesk: the oldest ticket is the one this call made first.
    const mine = (Array.isArray(tickets) ? (tickets as { external_id?: unknown; id?: unknown }[]) : [])
      .filter((t) => t.external_id === note.callId && ticketId(t) !== null)
      .sort((a, b) => Number(ticketId(a)) - Number(ticketId(b)))[0]
    return mine ? remoteOf(zendesk.config, ticketId(mine)!) : null
  },

  async test(ctx): Promise<TestResult> {
    try {
      const zendesk = client(ctx)
      const { config } = zendesk
      const me = await zendesk.call('GET', '/api/v2/users/me')
      if (!ok(me)) throw zendesk.failure(me, '/api/v2/users/me')
      const user = (parseJson(me.text) as { user?: { id?: unknown; role?: unknown } } | null)?.user
      // Zendesk answers an unauthenticated /users/me with an anonymous user (no id) rather than a 401.
      if (!user || user.id === null || user.id === undefined) {
        throw new ExportError('wrong-credentials', `${config.baseUrl} did not accept the API token for ${config.email}.`)
      }
      if (user.role !== 'agent' && user.role !== 'admin') {
        throw new ExportError('missing-permission', `${config.email} is not an agent in Zendesk, so it cannot create tickets for callers.`)
      }
      const unknown: string[] = []
      for (const [category, id] of Object.entries(config.groupByCategory)) {
        const path = `/api/v2/groups/${id}`
        const answer = await zendesk.call('GET', path)
        if (answer.status === 404) unknown.push(`${id} (for ${category})`)
        else if (!ok(answer)) throw zendesk.failure(answer, path)
      }
      if (unknown.length > 0) throw new ExportError('unknown-queue', `Zendesk at ${config.baseUrl} has no group ${unknown.join(', ')}.`)
      return { ok: true, detail: `Zendesk at ${config.baseUrl} accepts ${config.email} (${String(user.role)})` }
    } catch (error) {
      return { ok: false, error: asExportError(error) }
    }
  },
}
