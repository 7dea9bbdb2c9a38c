import { z } from 'zod'
import { flowCategorySchema } from '../../../shared/call/flow-schema'
import { toPlainText } from '../../../shared/export/plain-text'
import { subjectOf } from '../../../shared/export/subject'
import { prioritySchema } from '../../../shared/priority-level'
import { ExportError, asExportError, type AdapterContext, type ExportAdapter, type RemoteTicket, type TestResult } from '../adapter'
import type { ExportNote } from '../note'
import { nameMapping } from './config'
import { basicAuthClient, ok, parseJson, type ApiClient } from './http'

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

export const topdeskConfigSchema = z.object({
  baseUrl: z.url({ protocol: /^https?$/, error: 'baseUrl must be the http(s) address of TOPdesk' }).transform((u) => u.replace(/\/+$/, '')),
  username: z.string().trim().min(1, 'username is required').regex(/^[^:]*$/, 'username cannot contain ":"'),
  /** Call category → TOPdesk incident category name. */
  categoryMap: nameMapping(flowCategorySchema, 80).default({}),
  /** P1–P4 → TOPdesk priority name. Unmapped: TOPdesk's own default (usually from impact and urgency). */
  priorityMap: nameMapping(prioritySchema, 80).default({}),
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

type Topdesk = ApiClient & { config: TopdeskConfig }

const topdeskOf = (ctx: AdapterContext): Topdesk =>
  basicAuthClient(ctx, { schema: topdeskConfigSchema, label: 'TOPdesk', secretName: 'application password', user: (config) => config.username })

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

async function searchByCallId(note: ExportNote, topdesk: Topdesk): Promise<RemoteTicket | null> {
  const query = new URLSearchParams({ query: `externalNumber=="${note.callId}"`, fields: 'id,number,externalNumber', page_size: '10' })
  const path = `/tas/api/incidents?${query.toString()}`
  const answer = await topdesk.call('GET', path)
  // TOPdesk answers 204 when nothing matches and 206 when there are more pages.
  if (answer.status === 204) return null
  if (!ok(answer)) throw topdesk.failure(answer, path)
  const list = parseJson(answer.text)
  const found = (Array.isArray(list) ? list : []).map(incidentOf).find((incident) => incident?.externalNumber === note.callId)
  return found ? remoteOf(found, topdesk.config) : null
}

/** The names TOPdesk has in a list endpoint (`/tas/api/incidents/categories`, `/priorities`). */
async function namesIn(topdesk: Topdesk, path: string): Promise<Set<string>> {
  const answer = await topdesk.call('GET', path)
  if (answer.status === 204) return new Set()
  if (!ok(answer)) throw topdesk.failure(answer, path)
  const list = parseJson(answer.text)
  return new Set((Array.isArray(list) ? list : []).map((item) => (item as { name?: unknown }).name).filter((n): n is string => typeof n === 'string'))
}

export const topdeskAdapter: ExportAdapter = {
  kind: 'topdesk',
  configSchema: topdeskConfigSchema,

  async send(note, ctx): Promise<RemoteTicket> {
    const topdesk = topdeskOf(ctx)
    const { config } = topdesk
    const lookup = config.callerLookup && note.caller.email !== ''
    let answer = await topdesk.call('POST', '/tas/api/incidents', { body: topdeskIncident(note, config, lookup) })
    // A 400 created nothing; the usual cause with a lookup is a caller TOPdesk does not know, so try once as unregistered.
    if (lookup && answer.status === 400) answer = await topdesk.call('POST', '/tas/api/incidents', { body: topdeskIncident(note, config, false) })
    if (!ok(answer)) throw topdesk.failure(answer, '/tas/api/incidents')
    const incident = incidentOf(parseJson(answer.text))
    if (!incident) throw new ExportError('server-error', `${config.baseUrl}/tas/api/incidents answered without an incident number.`)
    return remoteOf(incident, config)
  },

  async findExisting(note, ctx) {
    return searchByCallId(note, topdeskOf(ctx))
  },

  async test(ctx): Promise<TestResult> {
    try {
      const topdesk = topdeskOf(ctx)
      const { config } = topdesk
      // Reading one incident proves the address, the password and the API permission without creating anything.
      const probe = `/tas/api/incidents?${new URLSearchParams({ fields: 'id', page_size: '1' }).toString()}`
      const answer = await topdesk.call('GET', probe)
      if (!ok(answer)) throw topdesk.failure(answer, probe)
      const unknown: string[] = []
      const mappedCategories = Object.entries(config.categoryMap)
      if (mappedCategories.length > 0) {
        const names = await namesIn(topdesk, '/tas/api/incidents/categories')
        for (const [from, name] of mappedCategories) if (!names.has(name)) unknown.push(`category "${name}" (for ${from})`)
      }
      const mappedPriorities = Object.entries(config.priorityMap)
      if (mappedPriorities.length > 0) {
        const names = await namesIn(topdesk, '/tas/api/incidents/priorities')
        for (const [from, name] of mappedPriorities) if (!names.has(name)) unknown.push(`priority "${name}" (for ${from})`)
      }
      if (unknown.length > 0) throw new ExportError('unknown-queue', `TOPdesk at ${config.baseUrl} has no ${unknown.join(', ')}.`)
      return { ok: true, detail: `TOPdesk at ${config.baseUrl} accepts ${config.username}` }
    } catch (error) {
      return { ok: false, error: asExportError(error) }
    }
  },
}
