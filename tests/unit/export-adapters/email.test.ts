import { createServer as createTcpServer, type Server, type Socket } from 'node:net'
import type { AddressInfo } from 'node:net'
import PostalMime from 'postal-mime'
import { afterEach, describe, expect, it } from 'vitest'
import type { AdapterContext } from '../../../src/main/export/adapter'
import { adapters } from '../../../src/main/export/adapters'
import { emailAdapter, transportOptions, type EmailConfig } from '../../../src/main/export/adapters/email'
import { CALL_ID_HEADER, messageIdOf } from '../../../src/shared/export/eml'
import { toPlainText } from '../../../src/shared/export/plain-text'
import { subjectOf } from '../../../src/shared/export/subject'
import { CALL_ID, fixtureNote, noteText } from '../export/fixture'
import { startSmtpServer, type TestSmtpServer } from './smtp-server'

const PASSWORD = 'smtp-wachtwoord-ëé-42'
const USER = 'servicedesk'

const servers: TestSmtpServer[] = []
afterEach(async () => {
  for (const server of servers.splice(0)) await server.close()
})

async function intake(options: Parameters<typeof startSmtpServer>[0] = {}) {
  const server = await startSmtpServer({ users: { [USER]: PASSWORD }, mailboxes: ['tickets@zuiderhaven.example'], ...options })
  servers.push(server)
  return server
}

const config = (server: { host: string; port: number }, extra: Partial<EmailConfig> = {}): Record<string, unknown> => ({
  host: server.host,
  port: server.port,
  username: USER,
  from: 'Servicedesk Zuiderhaven <servicedesk@zuiderhaven.example>',
  to: 'tickets@zuiderhaven.example',
  ...extra,
})

const ctx = (settings: Record<string, unknown>, credential: string | null = PASSWORD, timeoutMs = 10_000): AdapterContext => ({
  target: { id: '00000000-0000-4000-8000-0000000000e1', kind: 'email', name: 'Intake', config: settings },
  credential,
  signal: AbortSignal.timeout(timeoutMs),
})

const failure = (promise: Promise<unknown>) => promise.then(() => null, (error: unknown) => error)
const header = (email: Awaited<ReturnType<typeof PostalMime.parse>>, name: string) => email.headers.find((h) => h.key === name.toLowerCase())?.value

describe('the e-mail target', () => {
  it('is registered for the kind "email"', () => {
    expect(adapters.email).toBe(emailAdapter)
  })

  it('delivers the note to the intake address: it parses back with the subject, UTF-8 text, call id and stable Message-ID', async () => {
    const server = await intake()
    const note = fixtureNote()
    const remote = await emailAdapter.send(note, ctx(config(server)))

    expect(remote).toEqual({ remoteId: messageIdOf(CALL_ID) })
    expect(server.logins).toEqual([{ user: USER, ok: true }])
    expect(server.received).toHaveLength(1)
    const mail = server.received[0]!
    // The SMTP envelope uses the bare addresses; the headers keep the display name.
    expect(mail).toMatchObject({ from: 'servicedesk@zuiderhaven.example', to: ['tickets@zuiderhaven.example'], user: USER })
    const email = await PostalMime.parse(mail.raw)
    expect(email.subject).toBe(subjectOf(note))
    expect(email.from).toMatchObject({ name: 'Servicedesk Zuiderhaven', address: 'servicedesk@zuiderhaven.example' })
    expect(email.messageId).toBe(messageIdOf(CALL_ID))
    expect(header(email, CALL_ID_HEADER)).toBe(CALL_ID)
    const text = email.text?.replace(/\r\n/g, '\n')
    expect(text).toBe(toPlainText(note, 'nl'))
    for (const typed of [noteText.what, noteText.notes, noteText.written, noteText.promise]) expect(text).toContain(typed)
  })

  it('sends a repeat with the same Message-ID and call id, so a gateway can recognise it', async () => {
    const server = await intake()
    const note = fixtureNote()
    await emailAdapter.send(note, ctx(config(server)))
    await emailAdapter.send(note, ctx(config(server)))
    const parsed = await Promise.all(server.received.map((m) => PostalMime.parse(m.raw)))
    expect(parsed.map((e) => e.messageId)).toEqual([messageIdOf(CALL_ID), messageIdOf(CALL_ID)])
    expect(parsed.map((e) => header(e, CALL_ID_HEADER))).toEqual([CALL_ID, CALL_ID])
    // SMTP cannot be searched: there is nothing to look up before a retry.
    expect(emailAdapter.findExisting).toBeUndefined()
  })

  it('logs in with the sender address when no username is set', async () => {
    const server = await intake({ users: { 'servicedesk@zuiderhaven.example': PASSWORD } })
    await emailAdapter.send(fixtureNote(), ctx(config(server, { username: '' })))
    expect(server.logins).toEqual([{ user: 'servicedesk@zuiderhaven.example', ok: true }])
  })

  it('names a wrong password as wrong credentials, permanently, without repeating it', async () => {
    const server = await intake({ echoSecrets: true })
    const wrong = 'niet-het-wachtwoord-123'
    const error = await failure(emailAdapter.send(fixtureNote(), ctx(config(server), wrong)))
    expect(error).toMatchObject({ reason: 'wrong-credentials', retryable: false, message: expect.stringContaining('refused the login') })
    const message = (error as Error).message
    expect(message).toContain('535')
    // The server did repeat it (plain and in base64); both are taken out.
    expect(message.match(/\[secret removed\]/g)).toHaveLength(2)
    expect(message).not.toContain(wrong)
    expect(message).not.toContain(Buffer.from(`\0${USER}\0${wrong}`).toString('base64'))
    expect(server.received).toEqual([])

    const tested = await emailAdapter.test!(ctx(config(server), wrong))
    expect(tested).toMatchObject({ ok: false, error: { reason: 'wrong-credentials' } })
    expect(JSON.stringify(tested)).not.toContain(wrong)
    expect(await emailAdapter.test!(ctx(config(server)))).toEqual({ ok: true, detail: `127.0.0.1:${server.port} accepted the login` })
  })

  it('says when the server wants a login and no password is stored', async () => {
    const server = await intake()
    const error = await failure(emailAdapter.send(fixtureNote(), ctx(config(server), null)))
    expect(error).toMatchObject({ reason: 'wrong-credentials', message: expect.stringContaining('no password is stored') })
  })

  it('names an intake address the server does not know as an unknown queue', async () => {
    const server = await intake()
    const error = await failure(emailAdapter.send(fixtureNote(), ctx(config(server, { to: 'tikets@zuiderhaven.example' }))))
    expect(error).toMatchObject({ reason: 'unknown-queue', retryable: false, message: expect.stringContaining('tikets@zuiderhaven.example') })
  })

  it('retries later when the server cannot be reached or does not answer in time', async () => {
    // Nothing listens on port 9 of the loopback address.
    const refused = await failure(emailAdapter.send(fixtureNote(), ctx({ ...config({ host: '127.0.0.1', port: 9 }) })))
    expect(refused).toMatchObject({ reason: 'unreachable', retryable: true, message: expect.stringContaining('127.0.0.1:9') })
    expect(await emailAdapter.test!(ctx(config({ host: '127.0.0.1', port: 9 })))).toMatchObject({ ok: false, error: { reason: 'unreachable' } })

    const unknownHost = await failure(emailAdapter.send(fixtureNote(), ctx(config({ host: 'smtp.no-such-host.invalid', port: 587 }))))
    expect(unknownHost).toMatchObject({ reason: 'unreachable', retryable: true, message: expect.stringContaining('smtp.no-such-host.invalid') })

    // A server that accepts the connection and never greets.
    const sockets: Socket[] = []
    const silent: Server = createTcpServer((socket) => sockets.push(socket))
    await new Promise<void>((resolve) => silent.listen(0, '127.0.0.1', resolve))
    const port = (silent.address() as AddressInfo).port
    try {
      const started = Date.now()
      const slow = await failure(emailAdapter.send(fixtureNote(), ctx(config({ host: '127.0.0.1', port }), PASSWORD, 300)))
      expect(slow).toMatchObject({ reason: 'timeout', retryable: true })
      expect(Date.now() - started).toBeLessThan(5000)
      expect(await emailAdapter.test!(ctx(config({ host: '127.0.0.1', port }), PASSWORD, 300))).toMatchObject({ ok: false, error: { reason: 'timeout' } })
    } finally {
      for (const socket of sockets) socket.destroy()
      await new Promise((resolve) => silent.close(resolve))
    }
  })

  it('names each wrong setting before trying to connect', async () => {
    const error = await failure(emailAdapter.send(fixtureNote(), ctx({ host: '', port: 70000, from: 'servicedesk', to: 'a@x.example, b@x.example' })))
    expect(error).toMatchObject({ reason: 'misconfigured' })
    const message = (error as Error).message
    for (const part of ['"Intake"', 'host: host is required', 'port: port must be 1 to 65535', 'from: from must be one e-mail address', 'to: to must be one e-mail address']) {
      expect(message).toContain(part)
    }
    expect(await emailAdapter.test!(ctx({ host: 'smtp.example.org' }))).toMatchObject({ ok: false, error: { reason: 'misconfigured' } })
    expect(emailAdapter.configSchema.safeParse(config({ host: 'smtp.example.org', port: 587 })).success).toBe(true)
  })

  it('never sends a password unencrypted over the network: STARTTLS is required except on loopback', () => {
    const parsed = (settings: Record<string, unknown>) => emailAdapter.configSchema.parse(settings) as EmailConfig
    const remote = transportOptions(parsed(config({ host: 'smtp.zuiderhaven.example', port: 587 })), PASSWORD)
    expect(remote).toMatchObject({ host: 'smtp.zuiderhaven.example', port: 587, secure: false, requireTLS: true, auth: { user: USER, pass: PASSWORD } })
    expect(transportOptions(parsed(config({ host: 'smtp.zuiderhaven.example', port: 465 }, { secure: true })), PASSWORD)).toMatchObject({ secure: true, requireTLS: false })
    expect(transportOptions(parsed(config({ host: '127.0.0.1', port: 25 })), PASSWORD)).toMatchObject({ requireTLS: false })
    expect(transportOptions(parsed(config({ host: 'localhost', port: 25 })), null)).not.toHaveProperty('auth')
  })
})
