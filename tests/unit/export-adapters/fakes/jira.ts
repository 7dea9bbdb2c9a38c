// A small Jira Service Management Cloud on 127.0.0.1, built from Atlassian's documentation:
// - https://developer.atlassian.com/cloud/jira/service-desk/rest/api-group-request/#api-rest-servicedeskapi-request-post
//   (requestFieldValues may only hold fields of the request type; raiseOnBehalfOf is a customer's accountId)
// - https://developer.atlassian.com/cloud/jira/service-desk/rest/api-group-requesttype/ (request type fields)
// - https://developer.atlassian.com/cloud/jira/service-desk/rest/api-group-servicedesk/#api-rest-servicedeskapi-servicedesk-servicedeskid-get
// - https://developer.atlassian.com/cloud/jira/platform/rest/v3/api-group-issue-search/#api-rest-api-3-search-jql-get
//   (v3 returns the description as an Atlassian Document Format document)
// - https://developer.atlassian.com/cloud/jira/platform/rest/v3/api-group-issues/#api-rest-api-3-issue-issueidorkey-put
// - https://developer.atlassian.com/cloud/jira/platform/rest/v3/api-group-myself/#api-rest-api-3-myself-get
// - https://developer.atlassian.com/cloud/jira/platform/rest/v3/api-group-permissions/#api-rest-api-3-mypermissions-get
// - https://developer.atlassian.com/cloud/jira/platform/rest/v3/api-group-user-search/#api-rest-api-3-user-search-get
// - https://developer.atlassian.com/cloud/jira/platform/basic-auth-for-rest-apis/
// Its JQL understands the two queries the adapter asks: `labels = "x"` and `summary ~ "\"phrase\""`.
import { basicAuth, startFakeServer, type FakeServer } from './server'

export interface JiraIssue {
  id: string
  key: string
  requestTypeId: string
  summary: string
  description: string
  labels: string[]
  priority: string | null
  reporter: string
}

export interface FakeJira extends FakeServer {
  issues: JiraIssue[]
  /** The next create makes the request and drops the connection before answering. */
  dropNextCreate(): void
  /** The next label edit fails with a dropped connection (the console died between create and label). */
  dropNextEdit(): void
}

export interface FakeJiraOptions {
  email?: string
  token?: string
  /** Request types of service desk 4 (project ZH) and the fields each has. */
  requestTypes?: Record<string, { fields: string[]; required?: string[] }>
  customers?: { accountId: string; emailAddress: string; displayName: string }[]
  /** Accounts the user search finds that are not customers of the service desk. */
  others?: { accountId: string; emailAddress: string; displayName: string }[]
  canEdit?: boolean
  /** Whether the account is an agent of the service desk (403 on create otherwise). */
  canCreate?: boolean
}

const SERVICE_DESK = { id: '4', projectId: '10004', projectKey: 'ZH', projectName: 'Zuiderhaven Servicedesk' }
const API_ACCOUNT = '5b10a2844c20165700ede21g'

const adf = (text: string) => ({ type: 'doc', version: 1, content: text.split('\n').map((line) => ({ type: 'paragraph', content: line ? [{ type: 'text', text: line }] : [] })) })

export async function startFakeJira(options: FakeJiraOptions = {}): Promise<FakeJira> {
  const email = options.email ?? 'koppeling@zuiderhaven.example'
  const token = options.token ?? 'ATATT-5ecret-jira-token'
  const requestTypes = options.requestTypes ?? { '11': { fields: ['summary', 'description', 'priority'] }, '12': { fields: ['summary', 'description', 'labels'] } }
  const customers = options.customers ?? [{ accountId: 'qm:ab12cd34:elsa', emailAddress: 'elsa@zuiderhaven.example', displayName: 'Ëlsa van IJzendoorn' }]
  const issues: JiraIssue[] = []
  let dropCreate = false
  let dropEdit = false
  let next = 1

  const server = await startFakeServer((request, reply) => {
    const auth = basicAuth(request.headers)
    // Jira Cloud answers wrong basic credentials with 401 and a plain message.
    if (!auth || auth.user !== email || auth.password !== token) return reply.json(401, { errorMessages: ['Client must be authenticated to access this resource.'] })
    const { method, path } = request

    if (method === 'GET' && path === '/rest/api/3/myself') return reply.json(200, { accountId: API_ACCOUNT, emailAddress: email, active: true })
    if (method === 'GET' && path === `/rest/servicedeskapi/servicedesk/${SERVICE_DESK.id}`) return reply.json(200, SERVICE_DESK)
    if (method === 'GET' && /^\/rest\/servicedeskapi\/servicedesk\/[^/]+$/.test(path)) return reply.json(404, { errorMessage: 'The service desk does not exist.' })

    const fieldsPath = /^\/rest\/servicedeskapi\/servicedesk\/([^/]+)\/requesttype\/([^/]+)\/field$/.exec(path)
    if (method === 'GET' && fieldsPath) {
      const type = fieldsPath[1] === SERVICE_DESK.id ? requestTypes[fieldsPath[2]!] : undefined
      if (!type) return reply.json(404, { errorMessage: 'The request type does not exist.' })
      const requestTypeFields = type.fields.map((fieldId) => ({ fieldId, name: fieldId, required: fieldId === 'summary' || (type.required ?? []).includes(fieldId) }))
      return reply.json(200, { requestTypeFields, canRaiseOnBehalfOf: true, canAddRequestParticipants: true })
    }

    if (method === 'GET' && path === '/rest/api/3/mypermissions') {
      const have = options.canEdit !== false && request.query.get('projectKey') === SERVICE_DESK.projectKey
      return reply.json(200, { permissions: { EDIT_ISSUES: { key: 'EDIT_ISSUES', havePermission: have } } })
    }

    if (method === 'GET' && path === '/rest/api/3/user/search') {
      const query = (request.query.get('query') ?? '').toLowerCase()
      const accounts = [...customers.map((c) => ({ ...c, accountType: 'customer' })), ...(options.others ?? []).map((c) => ({ ...c, accountType: 'atlassian' }))]
      return reply.json(200, accounts.filter((c) => c.emailAddress.toLowerCase().startsWith(query)))
    }

    if (method === 'POST' && path === '/rest/servicedeskapi/request') {
      if (options.canCreate === false) return reply.json(403, { errorMessage: 'You do not have permission to create requests in this service desk.' })
      const body = (request.json ?? {}) as { serviceDeskId?: unknown; requestTypeId?: unknown; requestFieldValues?: Record<string, unknown>; raiseOnBehalfOf?: unknown }
      if (body.serviceDeskId !== SERVICE_DESK.id) return reply.json(404, { errorMessage: 'The service desk does not exist.' })
      const type = requestTypes[String(body.requestTypeId)]
      if (!type) return reply.json(400, { errorMessage: 'The request type does not exist.' })
      const values = body.requestFieldValues ?? {}
      const foreign = Object.keys(values).filter((field) => !type.fields.includes(field))
      if (foreign.length > 0) return reply.json(400, { errorMessage: `Field(s) ${foreign.join(', ')} are not valid for this request type.` })
      if (typeof values.summary !== 'string' || values.summary === '') return reply.json(400, { errorMessage: 'Summary is required.' })
      if (body.raiseOnBehalfOf !== undefined && !customers.some((c) => c.accountId === body.raiseOnBehalfOf)) {
        return reply.json(400, { errorMessage: 'The user you are raising on behalf of is not a customer of this service desk.' })
      }
      const n = next++
      const issue: JiraIssue = {
        id: String(20000 + n),
        key: `${SERVICE_DESK.projectKey}-${n}`,
        requestTypeId: String(body.requestTypeId),
        summary: values.summary,
        description: typeof values.description === 'string' ? values.description : '',
        labels: Array.isArray(values.labels) ? (values.labels as string[]) : [],
        priority: (values.priority as { name?: string } | undefined)?.name ?? null,
        reporter: typeof body.raiseOnBehalfOf === 'string' ? body.raiseOnBehalfOf : API_ACCOUNT,
      }
      issues.push(issue)
      if (dropCreate) {
        dropCreate = false
        return reply.drop()
      }
      return reply.json(201, {
        issueId: issue.id,
        issueKey: issue.key,
        requestTypeId: issue.requestTypeId,
        serviceDeskId: SERVICE_DESK.id,
        _links: { web: `${server.url}/servicedesk/customer/portal/4/${issue.key}`, self: `${server.url}/rest/servicedeskapi/request/${issue.id}` },
      })
    }

    const edit = /^\/rest\/api\/3\/issue\/([^/]+)$/.exec(path)
    if (method === 'PUT' && edit) {
      const issue = issues.find((i) => i.key === decodeURIComponent(edit[1]!))
      if (!issue) return reply.json(404, { errorMessages: ['Issue does not exist or you do not have permission to see it.'] })
      if (options.canEdit === false) return reply.json(403, { errorMessages: ['You do not have permission to edit issues in this project.'] })
      if (dropEdit) {
        dropEdit = false
        return reply.drop()
      }
      const ops = ((request.json ?? {}) as { update?: { labels?: { add?: string; remove?: string }[] } }).update?.labels ?? []
      for (const op of ops) {
        if (op.add && !issue.labels.includes(op.add)) issue.labels.push(op.add)
        if (op.remove) issue.labels = issue.labels.filter((l) => l !== op.remove)
      }
      return reply.empty(204)
    }

    if (method === 'GET' && path === '/rest/api/3/search/jql') {
      const jql = request.query.get('jql') ?? ''
      const label = /^labels = "([^"]+)"/.exec(jql)
      const phrase = /^summary ~ "\\"([^"\\]+)\\""/.exec(jql)
      if (!label && !phrase) return reply.json(400, { errorMessages: [`The fake cannot parse the JQL: ${jql}`] })
      const words = (text: string) => text.toLowerCase().split(/[^a-z0-9]+/).filter(Boolean)
      const found = issues.filter((issue) => {
        if (label) return issue.labels.includes(label[1]!)
        // Jira's text search matches a phrase as consecutive words, ignoring punctuation and case.
        return ` ${words(issue.summary).join(' ')} `.includes(` ${words(phrase![1]!).join(' ')} `)
      })
      const asked = (request.query.get('fields') ?? '').split(',')
      return reply.json(200, {
        issues: found.map((issue) => ({
          id: issue.id,
          key: issue.key,
          fields: Object.fromEntries(
            asked.flatMap((f): [string, unknown][] =>
              f === 'summary' ? [[f, issue.summary]] : f === 'labels' ? [[f, issue.labels]] : f === 'description' ? [[f, adf(issue.description)]] : [],
            ),
          ),
        })),
        isLast: true,
      })
    }
    reply.json(404, { errorMessages: [`No endpoint ${method} ${path}`] })
  })
  return { ...server, issues, dropNextCreate: () => (dropCreate = true), dropNextEdit: () => (dropEdit = true) }
}
