// A real SMTP server on 127.0.0.1 (nodemailer's own server library, https://nodemailer.com/extras/smtp-server/)
// standing in for the ticket system's mail intake: it asks for a login, keeps what it receives, and can
// refuse recipients. `echoSecrets` makes it repeat the password it was given in its refusal, the way a
// careless gateway might, to prove the console never records that text.
import type { AddressInfo } from 'node:net'
import { SMTPServer } from 'smtp-server'

export interface ReceivedMail {
  from: string
  to: string[]
  raw: string
  user: string | null
}

export interface TestSmtpServer {
  host: string
  port: number
  received: ReceivedMail[]
  logins: { user: string; ok: boolean }[]
  close(): Promise<void>
}

export interface TestSmtpOptions {
  /** Accepted logins, user → password. */
  users?: Record<string, string>
  /** Addresses the intake accepts; any when left out. */
  mailboxes?: string[]
  /** Repeat the refused password (plain and base64) in the 535 answer. */
  echoSecrets?: boolean
}

export async function startSmtpServer(options: TestSmtpOptions = {}): Promise<TestSmtpServer> {
  const received: ReceivedMail[] = []
  const logins: { user: string; ok: boolean }[] = []
  const users = options.users ?? {}
  const server = new SMTPServer({
    // Loopback only: no TLS to offer, so the login goes in the clear (the client allows that for loopback only).
    disabledCommands: ['STARTTLS'],
    allowInsecureAuth: true,
    authMethods: ['PLAIN', 'LOGIN'],
    logger: false,
    onAuth(auth, _session, callback) {
      const ok = auth.username !== undefined && users[auth.username] === auth.password
      logins.push({ user: auth.username ?? '', ok })
      if (ok) return callback(null, { user: auth.username })
      const echo = options.echoSecrets ? ` (you sent ${auth.password}, ${Buffer.from(`\0${auth.username}\0${auth.password}`).toString('base64')})` : ''
      const error = Object.assign(new Error(`Authentication credentials invalid${echo}`), { responseCode: 535 })
      return callback(error)
    },
    onRcptTo(address, _session, callback) {
      if (options.mailboxes && !options.mailboxes.includes(address.address)) {
        return callback(Object.assign(new Error(`<${address.address}>: Recipient address rejected: User unknown`), { responseCode: 550 }))
      }
      return callback()
    },
    onData(stream, session, callback) {
      const chunks: Buffer[] = []
      stream.on('data', (chunk: Buffer) => chunks.push(chunk))
      stream.on('end', () => {
        const envelope = session.envelope
        received.push({
          from: envelope.mailFrom ? envelope.mailFrom.address : '',
          to: envelope.rcptTo.map((r) => r.address),
          raw: Buffer.concat(chunks).toString('utf8'),
          user: typeof session.user === 'string' ? session.user : null,
        })
        callback()
      })
    },
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const port = (server.server.address() as AddressInfo).port
  return {
    host: '127.0.0.1',
    port,
    received,
    logins,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  }
}
