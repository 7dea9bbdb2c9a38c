import { describe, expect, it } from 'vitest'
import { jiraAdapter, jiraConfigSchema } from '../../../src/main/export/adapters/jira'
import { targetKindInfo } from '../../../src/shared/export/targets'
import { CALL_ID, fixtureNote, noteText } from '../export/fixture'
import { startFakeJira } from './fakes/jira'
import { ctx, deliverThroughOutbox, expectNoSecret, problemOf, rejection, startEchoingServer } from './support'

const EMAIL = 'koppeling@zuiderhaven.example'
const SECRET = 'ATATT-5ecret-jira-token'
const LABEL = `sdc-${CALL_ID}`

const config = (baseUrl: string, extra: Record<string, unknown> = {}) => ({
  baseUrl,
  email: EMAIL,
  serviceDeskId: '4',
  requestTypeId: '11',
  requestTypeByCategory: { 'application-error': '12' },
  priorityMap: { P1: 'Highest', P2: 'High', P3: 'Medium', P4: 'Low' },
  ...extra,
})

describe('the Jira Service Management adapter', () => {
  it('asks in settings for exactly the fields it reads, required where it needs them', () => {
    const fields = targetKindInfo.jira.fields
    expect(fields.map((f) => f.key).sort()).toEqual(Object.keys(jiraConfigSchema.shape).sort())
    for (const field of fields) expect(jiraConfigSchema.shape[field.key as keyof typeof jiraConfigSchema.shape].safeParse(undefined).success, field.key).toBe(!field.required)
  })

  it('creates a customer request as documented, on behalf of the caller, then labels it with the call id', async () => {
    const jira = await startFakeJira()
    try {
      const remote = await jiraAdapter.send(fixtureNote(), ctx('jira', config(jira.url), SECRET))
      expect(remote).toEqual({ remoteId: 'ZH-1', remoteUrl: `${jira.url}/browse/ZH-1` })
      const create = jira.requests.find((r) => r.method === 'POST')!
      expect(create.path).toBe('/rest/servicedeskapi/request')
      expect(create.headers.authorization).toBe(`Basic ${Buffer.from(`${EMAIL}:${SECRET}`).toString('base64')}`)
      expect(create.headers['content-type']).toMatch(/^application\/json/)
      const body = create.json as { requestFieldValues: Record<string, unknown> } & Record<string, unknown>
      expect(body).toMatchObject({ serviceDeskId: '4', requestTypeId: '11', raiseOnBehalfOf: 'qm:ab12cd34:elsa' })
      expect(body.requestFieldValues.summary).toMatch(/^\[SDC-1A2B3C4D\] Printer op de 2e verdieping drukt niet af, “papierstoring”$/)
      // The note verbatim as the description, UTF-8 and line breaks intact, with the full call id.
      expect(body.requestFieldValues.description).toContain(noteText.what)
      expect(body.requestFieldValues.description).toContain(noteText.written)
      expect(body.requestFieldValues.description).toContain(CALL_ID)
      // P2 through the mapping, as the request type has a Priority field; no labels, as it has none.
      expect(body.requestFieldValues.priority).toEqual({ name: 'High' })
      expect(body.requestFieldValues).not.toHaveProperty('labels')
      const edit = jira.requests.find((r) => r.method === 'PUT')!
      expect(edit.path).toBe('/rest/api/3/issue/ZH-1')
      expect(edit.json).toEqual({ update: { labels: [{ add: LABEL }] } })
      expect(jira.issues[0]).toMatchObject({ key: 'ZH-1', labels: [LABEL], reporter: 'qm:ab12cd34:elsa', priority: 'High' })
    } finally {
      await jira.close()
    }
  })

  it('uses the request type mapped to the category, labels on create where the request type has Labels, and skips an unknown customer', async () => {
    const jira = await startFakeJira()
    try {
      const note = fixtureNote({ category: 'application-error', caller: { name: 'Jan Onbekend', phone: '', email: 'jan@elders.example', department: null } })
      await jiraAdapter.send(note, ctx('jira', config(jira.url), SECRET))
      const body = jira.requests.find((r) => r.method === 'POST')!.json as { requestFieldValues: Record<string, unknown> } & Record<string, unknown>
      expect(body.requestTypeId).toBe('12')
      expect(body.requestFieldValues.labels).toEqual([LABEL])
      // Request type 12 has no Priority field: sending one would be refused.
      expect(body.requestFieldValues).not.toHaveProperty('priority')
      expect(body).not.toHaveProperty('raiseOnBehalfOf')
      expect(jira.requests.some((r) => r.method === 'PUT')).toBe(false)
      expect(jira.issues[0]).toMatchObject({ requestTypeId: '12', labels: [LABEL] })
    } finally {
      await jira.close()
    }
  })

  it('after the answer to the create was lost, finds the request by its summary and full call id, and labels it', async () => {
    const jira = await startFakeJira()
    try {
      const settings = ctx('jira', config(jira.url), SECRET)
      expect(await jiraAdapter.findExisting!(fixtureNote(), settings)).toBeNull()
      jira.dropNextCreate()
      expect(await rejection(jiraAdapter.send(fixtureNote(), settings))).toMatchObject({ reason: 'unreachable', retryable: true })
      expect(jira.issues).toHaveLength(1)
      expect(jira.issues[0]!.labels).toEqual([])
      // Another call whose id starts the same has the same short id in its subject: it must not take this issue.
      const twin = fixtureNote({ callId: '1a2b3c4d-0000-4000-8000-000000000000' })
      expect(await jiraAdapter.findExisting!(twin, settings)).toBeNull()
      expect(await jiraAdapter.findExisting!(fixtureNote(), settings)).toEqual({ remoteId: 'ZH-1', remoteUrl: `${jira.url}/browse/ZH-1` })
      expect(jira.issues[0]!.labels).toEqual([LABEL])
      // From now on the label finds it directly.
      const searches = jira.requests.filter((r) => r.path === '/rest/api/3/search/jql').length
      expect(await jiraAdapter.findExisting!(fixtureNote(), settings)).toMatchObject({ remoteId: 'ZH-1' })
      expect(jira.requests.filter((r) => r.path === '/rest/api/3/search/jql').map((r) => r.query.get('jql')).slice(searches)).toEqual([
        `labels = "${LABEL}" ORDER BY created ASC`,
      ])
      expect(jira.issues).toHaveLength(1)
    } finally {
      await jira.close()
    }
  })

  it('a label that fails does not fail the send (the request exists); a later search still finds it and adds the label', async () => {
    const jira = await startFakeJira()
    try {
      const settings = ctx('jira', config(jira.url), SECRET)
      jira.dropNextEdit()
      expect(await jiraAdapter.send(fixtureNote(), settings)).toEqual({ remoteId: 'ZH-1', remoteUrl: `${jira.url}/browse/ZH-1` })
      expect(jira.issues[0]!.labels).toEqual([])
      expect(await jiraAdapter.findExisting!(fixtureNote(), settings)).toMatchObject({ remoteId: 'ZH-1' })
      expect(jira.issues).toHaveLength(1)
      expect(jira.issues[0]!.labels).toEqual([LABEL])
    } finally {
      await jira.close()
    }
  })

  it('raises the request itself when the caller has an account that is not a customer of this service desk', async () => {
    const jira = await startFakeJira({ others: [{ accountId: '712020:0f1e2d3c', emailAddress: 'elsa@zuiderhaven.example', displayName: 'Ëlsa' }], customers: [] })
    try {
      expect(await jiraAdapter.send(fixtureNote(), ctx('jira', config(jira.url), SECRET))).toMatchObject({ remoteId: 'ZH-1' })
      const posts = jira.requests.filter((r) => r.method === 'POST').map((r) => r.json as Record<string, unknown>)
      expect(posts.map((p) => p.raiseOnBehalfOf)).toEqual(['712020:0f1e2d3c', undefined])
      expect(jira.issues).toHaveLength(1)
    } finally {
      await jira.close()
    }
  })

  it('through the real outbox: the answer to the create is dropped, the worker searches, and there is one request', async () => {
    const jira = await startFakeJira()
    try {
      jira.dropNextCreate()
      const entry = await deliverThroughOutbox('jira', jiraAdapter, config(jira.url), SECRET)
      expect(entry).toMatchObject({ status: 'sent', attempts: 2, remoteId: 'ZH-1', remoteUrl: `${jira.url}/browse/ZH-1` })
      expect(jira.issues).toHaveLength(1)
      expect(jira.issues[0]!.labels).toEqual([`sdc-${entry.callId}`])
    } finally {
      await jira.close()
    }
  })

  it('tests the connection without creating anything and names each problem, never showing the token', async () => {
    const jira = await startFakeJira()
    const readOnly = await startFakeJira({ canEdit: false })
    const strict = await startFakeJira({ requestTypes: { '11': { fields: ['summary', 'description', 'customfield_10050'], required: ['customfield_10050'] } } })
    try {
      const good = await jiraAdapter.test!(ctx('jira', config(jira.url), SECRET))
      expect(good).toMatchObject({ ok: true, detail: expect.stringContaining('service desk 4 (ZH)') })
      expect(good.ok && good.detail).toContain('request type 12 has no Priority field')
      expect(jira.requests.every((r) => r.method === 'GET')).toBe(true)

      const cases = [
        [config(jira.url), 'wrong-token', 'wrong-credentials', ''],
        [config(jira.url, { serviceDeskId: '99' }), SECRET, 'unknown-queue', 'no service desk 99'],
        [config(jira.url, { requestTypeByCategory: { printer: '77' } }), SECRET, 'unknown-queue', 'no request type 77'],
        [config(readOnly.url), SECRET, 'missing-permission', 'may not edit issues in project ZH'],
        [config(strict.url, { requestTypeByCategory: {} }), SECRET, 'misconfigured', 'customfield_10050'],
        [config('http://127.0.0.1:9'), SECRET, 'unreachable', '127.0.0.1:9'],
        [config(jira.url, { serviceDeskId: 'ZH' }), SECRET, 'misconfigured', 'serviceDeskId must be a number'],
      ] as const
      for (const [settings, token, reason, words] of cases) {
        const error = problemOf(await jiraAdapter.test!(ctx('jira', settings, token)))
        expect(error, `${reason} ${words}`).toMatchObject({ reason, message: expect.stringContaining(words) })
        expectNoSecret(error.message, SECRET, EMAIL)
      }
      expect(problemOf(await jiraAdapter.test!(ctx('jira', config(jira.url), null)))).toMatchObject({ reason: 'misconfigured', message: expect.stringContaining('No API token') })
    } finally {
      await jira.close()
      await readOnly.close()
      await strict.close()
    }
  })

  it('reports a refused create with what Jira said, without the token', async () => {
    const agentless = await startFakeJira({ canCreate: false })
    try {
      const error = await rejection(jiraAdapter.send(fixtureNote(), ctx('jira', config(agentless.url), SECRET)))
      expect(error).toMatchObject({ reason: 'missing-permission', retryable: false, message: expect.stringContaining('permission to create requests') })
      expectNoSecret(error!.message, SECRET, EMAIL)
      expect(agentless.issues).toHaveLength(0)
    } finally {
      await agentless.close()
    }
  })

  it('keeps the secret out of its errors even when the server repeats what it was sent', async () => {
    const echo = await startEchoingServer()
    try {
      const sent = await rejection(jiraAdapter.send(fixtureNote(), ctx('jira', config(echo.url), SECRET)))
      const tested = problemOf(await jiraAdapter.test!(ctx('jira', config(echo.url), SECRET)))
      for (const error of [sent!, tested]) {
        expect(error.reason).toBe('wrong-credentials')
        // The server did repeat it: the message shows where it was taken out.
        expect(error.message).toContain('[secret removed]')
        expectNoSecret(error.message, SECRET, EMAIL)
      }
    } finally {
      await echo.close()
    }
  })
})
