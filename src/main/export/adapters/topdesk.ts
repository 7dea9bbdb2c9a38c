import { z } from 'zod'
import { flowCategorySchema } from '../../../shared/call/flow-schema'
import { toPlainText } from '../../../shared/export/plain-text'
import { subjectOf } from '../../../shared/export/subject'
import { prioritySchema } from '../../../shared/priority-level'
import { ExportError, asExportError, httpError, type AdapterContext, type ExportAdapter, type RemoteTicket, type TestResult } from '../adapter'
import type { ExportNote } from '../note'
import { withoutSecret } from '../redact'

/**
 * TOPdesk, through its incidents API. Documentation followed:
 * - https://developers.topdesk.com/explorer/?page=incident#/incident/createIncident (POST /tas/api/incidents: caller or
 *   callerLookup, briefDescription of at most 80 characters, request, externalNumber of at most 60, category, priority,
 *   operatorGroup given by id or name; only operators may set externalNumber)
 * - https://developers.topdesk.com/explorer/?page=incident#/incident/getIncidents (GET /tas/api/incidents with a FIQL
 *   `query`; the older `external_number` parameter is deprecated in favour of `query=externalNumber==...`, so that is used;
 *   it needs TOPdesk's REST API 3.4.0 or later)
 * - https://developers.topdesk.com/tutorial.html (basic authentication with the login name and an application password)
 *
 * The console's call id is the incident's `externalNumber`; before a retry the adapter searches for it, so an incident
 * that was created while the answer got lost is recorded instead of created again.
 */

/** A table from a call's category or priority to a name in TOPdesk; an empty cell (from the form) means "not mapped". */
const mapping = <K extends string>(keys: z.ZodEnum<Record<K, K>>) =>
  z.preprocess(
    (value) => (value && typeof value === 'object' ? Object.fromEntries(Object.entries(value).filter(([, v]) => v !== '' && v != null)) : value),
    z.partialRecord(keys, z.string().trim().min(1).max(80)),
  )

export const topdeskConfigSchema = z.object({
  baseUrl: z.url({ protocol: /^https?$/, error: 'baseUrl must be the http(s) address of TOPdesk' }).transform((u) => u.replace(/\/+$/, '')),
  username: z.string().trim().min(1, 'username is required').regex(/^[^:]*$/, 'username cannot contain ":"'),
  /** Call category → TOPdesk incident category name. */
  categoryMap: mapping(flowCategorySchema).default({}),
  /** P1–P4 → TOPdesk priority name. Unmapped: TOPdesk's own default (usually from impact and urgency). */
  priorityMap: mapping(prioritySchema).default({}),
  /** The operator group every incident goes to (by name); empty leaves it to TOPdesk's routing. */
  operatorGroup: z.string().trim().max(80).optional(),
  /**
   * Link the incident to the registered person with the caller's e-mail (`callerLookup`). When TOPdesk knows no such
   * person, the incident is made with an unregistered caller (name, e-mail, phone) instead. Off unless switched on,
   * as the settings form shows an unset switch.
   */
  callerLookup: z.boolean().default(false),
  /** The branch (id) for unregistered callers, where TOPdesk's call form asks one. */
  callerBranchId: z.string().trim().optional(),
})
export type TopdeskConfig = z.infer<typeof topdeskConfigSchema>

function configOf(ctx: AdapterContext): TopdeskConfig {
  const parsed = topdeskConfigSchema.safeParse(ctx.target.config)
  if (!parsed.success) {
    const where = parsed.error.issues.map((i) => `${i.path.join('.') || 'config'}: ${i.message}`).join('; ')
    throw new ExportError('misconfigured', `The TOPdesk target "${ctx.target.name}" is not set up correctly (${where}).`)
  }
  return parsed.data
}

function authorization(ctx: AdapterContext, config: TopdeskConfig): string {
  if (!ctx.credential) throw new ExportError('misconfigured', `No application password is stored for the TOPdesk target "${ctx.target.name}".`)
  return `Basic ${Buffer.from(`${config.username}:${ctx.credential}`, 'utf8').toString('base64')}`
}

interface Answer {
  status: number
  text: string
  retryAfter: string | null
}

async function call(ctx: AdapterContext, config: TopdeskConfig, method: string, path: string, body?: unknown): Promise<Answer> {
  const url = `${config.baseUrl}${path}`
  const headers: Record<string, string> = { Accept: 'application/json', Authorization: authorization(ctx, config), 'User-Agent': 'ServicedeskConsole' }
  if (body !== undefined) headers['Content-Type'] = 'application/json; charset=utf-8'
  try {
    // No redirects: a redirect would carry the credentials elsewhere, and TOPdesk answering with one means a wrong address.
    const response = await fetch(url, { method, headers, body: body === undefined ? undefined : JSON.stringify(body), signal: ctx.signal, redirect: 'error' })
    // A connection that breaks while the body arrives leaves the outcome unknown: the next attempt searches first.
    return { status: response.status, text: await response.text(), retryAfter: response.headers.get('retry-after') }
  } catch (error) {
    throw asExportError(error, `${config.baseUrl}${path.split('?')[0]}`)
  }
}

const ok = (answer: Answer) => answer.status >= 200 && answer.status < 300
/** The error for an answer that is not a success; a body that repeats the password (some proxies echo headers) loses it. */
const failure = (answer: Answer, ctx: AdapterContext, config: TopdeskConfig, path: string) =>
  httpError(answer.status, `${config.baseUrl}${path.split('?')[0]}`, withoutSecret(answer.text, ctx.credential), answer.retryAfter)

function parseJson(text: string): unknown {
  try {
    return text ? (JSON.parse(text) as unknown) : null
  } catch {
    return null
  }
}

interface Incident {
  id: string
  number: string
  externalNumber?: string
}

function incidentOf(value: unknown): Incident | null {
  if (!value || typeof value !== 'object') return null
  const { id, number, externalNumber } = value as Record<string, unknown>
  if (typeof id !== 'string' || typeof number !== 'string') return null
  return { id, number, ...(typeof externalNumber === 'string' ? { externalNumber } : {}) }
}

function remoteOf(incident: Incident, config: TopdeskConfig): RemoteTicket {
  return { remoteId: incident.number, remoteUrl: `${config.baseUrl}/tas/secure/incident?unid=${encodeURIComponent(incident.id)}` }
}

/** TOPdesk's text fields take a few HTML tags, and line breaks as <br>: what was typed is escaped so it shows as typed. */
export function topdeskText(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/\r?\n/g, '<br>')
}

/** The subject, shortened to TOPdesk's 80 characters (counted as characters, not UTF-16 units). */
export function briefDescription(note: ExportNote): string {
  const chars = Array.from(subjectOf(note))
  return chars.length <= 80 ? chars.join('') : `${chars.slice(0, 79).join('').trimEnd()}…`
}

/** The incident as TOPdesk's create call takes it; `lookup` says whether the caller is looked up by e-mail. */
export function topdeskIncident(note: ExportNote, config: TopdeskConfig, lookup: boolean): Record<string, unknown> {
  const category = note.category ? config.categoryMap[note.category] : undefined
  const priority = note.priority ? config.priorityMap[note.priority.chosen] : undefined
  const caller = lookup
    ? { callerLookup: { email: note.caller.email } }
    : {
        caller: {
          dynamicName: note.caller.name,
          ...(note.caller.email ? { email: note.caller.email } : {}),
          ...(note.caller.phone ? { phoneNumber: note.caller.phone } : {}),
          ...(config.callerBranchId ? { branch: { id: config.callerBranchId } } : {}),
        },
      }
  return {
    ...caller,
    briefDescription: briefDescription(note),
    request: topdeskText(toPlainText(note).trimEnd()),
    externalNumber: note.callId,
    ...(category ? { category: { name: category } } : {}),
    ...(priority ? { priority: { name: priority } } : {}),
    ...(config.operatorGroup ? { operatorGroup: { name: config.operatorGroup } } : {}),
  }
}

async function searchByCallId(note: ExportNote, ctx: AdapterContext, config: TopdeskConfig): Promise<RemoteTicket | null> {
  const query = new URLSearchParams({ query: `externalNumber=="${note.callId}"`, fields: 'id,number,externalNumber', page_size: '10' })
  const path = `/tas/api/incidents?${query.toString()}`
  const answer = await call(ctx, config, 'GET', path)
  // TOPdesk answers 204 when nothing matches and 206 when there are more pages.
  if (answer.status === 204) return null
  if (!ok(answer)) throw failure(answer, ctx, config, path)
  const list = parseJson(answer.text)
  const found = (Array.isArray(list) ? list : []).map(incidentOf).find((incident) => incident?.externalNumber === note.callId)
  return found ? remoteOf(found, config) : null
}

/** The names TOPdesk has in a list endpoint (`/tas/api/incidents/categories`, `/priorities`). */
async function namesIn(ctx: AdapterContext, config: TopdeskConfig, path: string): Promise<Set<string>> {
  const answer = await call(ctx, config, 'GET', path)
  if (answer.status === 204) return new Set()
  if (!ok(answer)) throw failure(answer, ctx, config, path)
  const list = parseJson(answer.text)
  return new Set((Array.isArray(list) ? list : []).map((item) => (item as { name?: unknown }).name).filter((n): n is string => typeof n === 'string'))
}

export const topdeskAdapter: ExportAdapter = {
  kind: 'topdesk',
  configSchema: topdeskConfigSchema,

  async send(note, ctx): Promise<RemoteTicket> {
    const config = configOf(ctx)
    const lookup = config.callerLookup && note.caller.email !== ''
    let answer = await call(ctx, config, 'POST', '/tas/api/incidents', topdeskIncident(note, config, lookup))
    // A 400 created nothing; the usual cause with a lookup is a caller TOPdesk does not know, so try once as unregistered.
    if (lookup && answer.status === 400) answer = await call(ctx, config, 'POST', '/tas/api/incidents', topdeskIncident(note, config, false))
    if (!ok(answer)) throw failure(answer, ctx, config, '/tas/api/incidents')
    const incident = incidentOf(parseJson(answer.text))
    if (!incident) throw new ExportError('server-error', `${config.baseUrl}/tas/api/incidents answered without an incident number.`)
    return remoteOf(incident, config)
  },

  async findExisting(note, ctx) {
    return searchByCallId(note, ctx, configOf(ctx))
  },

  async test(ctx): Promise<TestResult> {
    try {
      const config = configOf(ctx)
      // Reading one incident proves the address, the password and the API permission without creating anything.
      const probe = `/tas/api/incidents?${new URLSearchParams({ fields: 'id', page_size: '1' }).toString()}`
      const answer = await call(ctx, config, 'GET', probe)
      if (!ok(answer)) throw failure(answer, ctx, config, probe)
      const unknown: string[] = []
      const mappedCategories = Object.entries(config.categoryMap)
      if (mappedCategories.length > 0) {
        const names = await namesIn(ctx, config, '/tas/api/incidents/categories')
        for (const [from, name] of mappedCategories) if (!names.has(name)) unknown.push(`category "${name}" (for ${from})`)
      }
      const mappedPriorities = Object.entries(config.priorityMap)
      if (mappedPriorities.length > 0) {
        const names = await namesIn(ctx, config, '/tas/api/incidents/priorities')
        for (const [from, name] of mappedPriorities) if (!names.has(name)) unknown.push(`priority "${name}" (for ${from})`)
      }
      if (unknown.length > 0) throw new ExportError('unknown-queue', `TOPdesk at ${config.baseUrl} has no ${unknown.join(', ')}.`)
      return { ok: true, detail: `TOPdesk at ${config.baseUrl} accepts ${config.username}` }
    } catch (error) {
      return { ok: false, error: asExportError(error) }
    }
  },
}
