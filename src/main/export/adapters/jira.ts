import { z } from 'zod'
import { flowCategorySchema } from '../../../shared/call/flow-schema'
import { toPlainText } from '../../../shared/export/plain-text'
import { shortCallId, subjectOf } from '../../../shared/export/subject'
import { prioritySchema } from '../../../shared/priority-level'
import { ExportError, asExportError, type AdapterContext, type ExportAdapter, type RemoteTicket, type TestResult } from '../adapter'
import type { ExportNote } from '../note'
import { nameMapping, withoutEmpty } from './config'
import { basicAuthClient, ok, parseJson, type ApiClient } from './http'

/**
 * Jira Service Management (Cloud): the call becomes a customer request. Documentation followed:
 * - https://developer.atlassian.com/cloud/jira/service-desk/rest/api-group-request/#api-rest-servicedeskapi-request-post
 *   (serviceDeskId, requestTypeId, requestFieldValues, raiseOnBehalfOf = the customer's accountId)
 * - https://developer.atlassian.com/cloud/jira/service-desk/rest/api-group-requesttype/#api-rest-servicedeskapi-servicedesk-servicedeskid-requesttype-requesttypeid-field-get
 *   (which fields a request type takes: only those may be in requestFieldValues)
 * - https://developer.atlassian.com/cloud/jira/platform/rest/v3/api-group-issue-search/#api-rest-api-3-search-jql-get
 *   (the JQL search that replaced /rest/api/3/search)
 * - https://developer.atlassian.com/cloud/jira/platform/rest/v3/api-group-issues/#api-rest-api-3-issue-issueidorkey-put
 * - https://developer.atlassian.com/cloud/jira/platform/rest/v3/api-group-user-search/#api-rest-api-3-user-search-get
 * - https://developer.atlassian.com/cloud/jira/platform/basic-auth-for-rest-apis/ (e-mail address + API token)
 *
 * The call id travels as the label `sdc-<call id>`. The servicedesk API only takes fields that are on the request type,
 * and Labels usually is not: then the request is created first and labelled with a follow-up edit. Should the console
 * die between the two, the label is missing; so the search before a retry also looks for the short id in the summary
 * ("[SDC-1A2B3C4D] …"), accepts only an issue whose description carries the full call id, and adds the label then.
 */

const numericId = (name: string) => z.union([z.string(), z.number()]).transform(String).pipe(z.string().regex(/^\d+$/, `${name} must be a number`))

export const jiraConfigSchema = z.object({
  baseUrl: z.url({ protocol: /^https?$/, error: 'baseUrl must be the http(s) address of the Jira site' }).transform((u) => u.replace(/\/+$/, '')),
  /** The account's e-mail address: with the API token, the basic authentication Jira Cloud takes. */
  email: z.email({ error: 'email must be the e-mail address of the Jira account' }),
  serviceDeskId: numericId('serviceDeskId'),
  /** The request type for calls whose category has no entry in requestTypeByCategory. */
  requestTypeId: numericId('requestTypeId'),
  requestTypeByCategory: z.preprocess(withoutEmpty, z.partialRecord(flowCategorySchema, numericId('requestTypeByCategory'))).default({}),
  /** P1–P4 → Jira priority name; used when the request type has the Priority field. */
  priorityMap: nameMapping(prioritySchema, 255).default({}),
})
export type JiraConfig = z.infer<typeof jiraConfigSchema>

/** The label carrying the call id: Jira labels take no spaces, and a uuid has none. */
export const callIdLabel = (callId: string) => `sdc-${callId}`

type Jira = ApiClient & { config: JiraConfig }

const jiraOf = (ctx: AdapterContext): Jira =>
  basicAuthClient(ctx, { schema: jiraConfigSchema, label: 'Jira', secretName: 'API token', user: (config) => config.email })

const requestTypeFor = (note: ExportNote, config: JiraConfig) => (note.category && config.requestTypeByCategory[note.category]) || config.requestTypeId

interface RequestTypeField {
  fieldId: string
  required: boolean
}

/** The fields of a request type; a 404 means the service desk or the request type does not exist. */
async function requestTypeFields(jira: Jira, requestTypeId: string): Promise<RequestTypeField[]> {
  const path = `/rest/servicedeskapi/servicedesk/${jira.config.serviceDeskId}/requesttype/${requestTypeId}/field`
  const answer = await jira.call('GET', path)
  if (answer.status === 404) {
    throw new ExportError('unknown-queue', `Service desk ${jira.config.serviceDeskId} on ${jira.config.baseUrl} has no request type ${requestTypeId}.`)
  }
  if (!ok(answer)) throw jira.failure(answer, path)
  const fields = (parseJson(answer.text) as { requestTypeFields?: unknown } | null)?.requestTypeFields
  return (Array.isArray(fields) ? fields : []).flatMap((f: { fieldId?: unknown; required?: unknown }) =>
    typeof f.fieldId === 'string' ? [{ fieldId: f.fieldId, required: f.required === true }] : [],
  )
}

/** The customer's accountId for the caller's e-mail address, when Jira knows exactly one such account. */
async function accountIdOf(jira: Jira, email: string): Promise<string | null> {
  if (!email) return null
  const answer = await jira.call('GET', `/rest/api/3/user/search?${new URLSearchParams({ query: email }).toString()}`)
  // Not being allowed to look people up only costs the "raised on behalf of"; the caller is in the description anyway.
  if (!ok(answer)) {
    if (answer.status >= 500 || answer.status === 429) throw jira.failure(answer, '/rest/api/3/user/search')
    return null
  }
  const users = parseJson(answer.text)
  if (!Array.isArray(users)) return null
  const accounts = users as { accountId?: unknown; emailAddress?: unknown }[]
  const exact = accounts.filter((u) => typeof u.emailAddress === 'string' && u.emailAddress.toLowerCase() === email.toLowerCase())
  const match = exact.length === 1 ? exact[0] : accounts.length === 1 ? accounts[0] : undefined
  return typeof match?.accountId === 'string' ? match.accountId : null
}

/** The customer request as the servicedesk API takes it, given the fields the request type has. */
export function jiraRequest(note: ExportNote, config: JiraConfig, fieldIds: ReadonlySet<string>, onBehalfOf: string | null): Record<string, unknown> {
  const priority = note.priority ? config.priorityMap[note.priority.chosen] : undefined
  return {
    serviceDeskId: config.serviceDeskId,
    requestTypeId: requestTypeFor(note, config),
    requestFieldValues: {
      summary: subjectOf(note),
      description: toPlainText(note).trimEnd(),
      ...(fieldIds.has('labels') ? { labels: [callIdLabel(note.callId)] } : {}),
      ...(priority && fieldIds.has('priority') ? { priority: { name: priority } } : {}),
    },
    ...(onBehalfOf ? { raiseOnBehalfOf: onBehalfOf } : {}),
  }
}

async function addLabel(jira: Jira, key: string, callId: string): Promise<void> {
  const path = `/rest/api/3/issue/${encodeURIComponent(key)}`
  const answer = await jira.call('PUT', path, { body: { update: { labels: [{ add: callIdLabel(callId) }] } } })
  if (!ok(answer)) throw jira.failure(answer, path)
}

const remoteOf = (config: JiraConfig, key: string): RemoteTicket => ({ remoteId: key, remoteUrl: `${config.baseUrl}/browse/${encodeURIComponent(key)}` })

interface FoundIssue {
  key: string
  labels: string[]
  summary: string
  description: unknown
}

async function search(jira: Jira, jql: string): Promise<FoundIssue[]> {
  const path = `/rest/api/3/search/jql?${new URLSearchParams({ jql, fields: 'summary,labels,description', maxResults: '20' }).toString()}`
  const answer = await jira.call('GET', path)
  if (!ok(answer)) throw jira.failure(answer, path)
  const issues = (parseJson(answer.text) as { issues?: unknown } | null)?.issues
  return (Array.isArray(issues) ? issues : []).flatMap((issue: { key?: unknown; fields?: Record<string, unknown> }) => {
    if (typeof issue.key !== 'string') return []
    const fields = issue.fields ?? {}
    const labels = Array.isArray(fields.labels) ? fields.labels.filter((l): l is string => typeof l === 'string') : []
    return [{ key: issue.key, labels, summary: typeof fields.summary === 'string' ? fields.summary : '', description: fields.description }]
  })
}

export const jiraAdapter: ExportAdapter = {
  kind: 'jira',
  configSchema: jiraConfigSchema,

  async send(note, ctx): Promise<RemoteTicket> {
    const jira = jiraOf(ctx)
    const fields = new Set((await requestTypeFields(jira, requestTypeFor(note, jira.config))).map((f) => f.fieldId))
    const onBehalfOf = await accountIdOf(jira, note.caller.email)
    let answer = await jira.call('POST', '/rest/servicedeskapi/request', { body: jiraRequest(note, jira.config, fields, onBehalfOf) })
    // A 400 created nothing; the usual cause is an account that is not a customer of this service desk, so try once without it.
    if (answer.status === 400 && onBehalfOf) answer = await jira.call('POST', '/rest/servicedeskapi/request', { body: jiraRequest(note, jira.config, fields, null) })
    if (!ok(answer)) throw jira.failure(answer, '/rest/servicedeskapi/request')
    const key = (parseJson(answer.text) as { issueKey?: unknown } | null)?.issueKey
    if (typeof key !== 'string') throw new ExportError('server-error', `${jira.config.baseUrl}/rest/servicedeskapi/request answered without an issue key.`)
    // The request exists: a failed label must not make the outbox try again. Should this answer still get lost, the
    // search finds the request by its summary and adds the label then. (test() checks the permission the label needs.)
    if (!fields.has('labels')) await addLabel(jira, key, note.callId).catch(() => undefined)
    return remoteOf(jira.config, key)
  },

  async findExisting(note, ctx) {
    const jira = jiraOf(ctx)
    const labelled = await search(jira, `labels = "${callIdLabel(note.callId)}" ORDER BY created ASC`)
    if (labelled[0]) return remoteOf(jira.config, labelled[0].key)
    const tag = `SDC-${shortCallId(note.callId)}`
    const candidates = await search(jira, `summary ~ "\\"${tag}\\"" ORDER BY created ASC`)
    // The short id can be shared by two calls; only the full id in the description makes the issue this call's.
    const mine = candidates.find((issue) => issue.summary.includes(`[${tag}]`) && JSON.stringify(issue.description ?? '').includes(note.callId))
    if (!mine) return null
    // The label only speeds up the next search; the request is found either way.
    await addLabel(jira, mine.key, note.callId).catch(() => undefined)
    return remoteOf(jira.config, mine.key)
  },

  async test(ctx): Promise<TestResult> {
    try {
      const jira = jiraOf(ctx)
      const { config } = jira
      const me = await jira.call('GET', '/rest/api/3/myself')
      if (!ok(me)) throw jira.failure(me, '/rest/api/3/myself')
      const deskPath = `/rest/servicedeskapi/servicedesk/${config.serviceDeskId}`
      const desk = await jira.call('GET', deskPath)
      if (desk.status === 404) throw new ExportError('unknown-queue', `${config.baseUrl} has no service desk ${config.serviceDeskId} (or this account cannot see it).`)
      if (!ok(desk)) throw jira.failure(desk, deskPath)
      const projectKey = (parseJson(desk.text) as { projectKey?: unknown } | null)?.projectKey
      const notes: string[] = []
      let needsEdit = false
      const typeIds = [...new Set([config.requestTypeId, ...Object.values(config.requestTypeByCategory)])].filter((id): id is string => !!id)
      for (const typeId of typeIds) {
        const fields = await requestTypeFields(jira, typeId)
        const ids = new Set(fields.map((f) => f.fieldId))
        const missing = fields.filter((f) => f.required && !['summary', 'description', 'labels', 'priority'].includes(f.fieldId)).map((f) => f.fieldId)
        if (!ids.has('summary')) missing.unshift('summary')
        if (missing.length > 0) {
          throw new ExportError('misconfigured', `Request type ${typeId} needs fields the console does not fill (${missing.join(', ')}); choose another request type.`)
        }
        if (!ids.has('labels')) needsEdit = true
        if (Object.keys(config.priorityMap).length > 0 && !ids.has('priority')) notes.push(`request type ${typeId} has no Priority field, so the priority mapping is not used there`)
      }
      if (needsEdit && typeof projectKey === 'string') {
        // The label is added by editing the new issue, which needs the Edit issues permission in the project.
        const path = `/rest/api/3/mypermissions?${new URLSearchParams({ projectKey, permissions: 'EDIT_ISSUES' }).toString()}`
        const perms = await jira.call('GET', path)
        if (!ok(perms)) throw jira.failure(perms, path)
        const have = (parseJson(perms.text) as { permissions?: { EDIT_ISSUES?: { havePermission?: unknown } } } | null)?.permissions?.EDIT_ISSUES?.havePermission
        if (have !== true) {
          throw new ExportError('missing-permission', `${config.email} may not edit issues in project ${projectKey}, which the console needs to label each request with its call id.`)
        }
      }
      const detail = [`service desk ${config.serviceDeskId}${typeof projectKey === 'string' ? ` (${projectKey})` : ''} on ${config.baseUrl} accepts ${config.email}`, ...notes]
      return { ok: true, detail: detail.join('; ') }
    } catch (error) {
      return { ok: false, error: asExportError(error) }
    }
  },
}
