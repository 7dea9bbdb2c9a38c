import { createTransport } from 'nodemailer'
import addressparser from 'nodemailer/lib/addressparser'
import type { SMTPTransportOptions } from 'nodemailer/lib/smtp-transport'
import { z } from 'zod'
import { ExportError, type AdapterContext, type ExportAdapter, type RemoteTicket, type TestResult } from '../adapter'
import { messageIdOf, toEml } from '../../../shared/export/eml'
import type { ExportNote } from '../note'
import { targetConfig } from './config'
import { withoutSecret } from '../redact'

/**
 * E-mail to the ticket system's intake address (an e-mail-to-ticket gateway) over SMTP. The message is
 * the .eml of the note, byte for byte the one "save as file" writes: the call id in
 * `X-Servicedesk-Console-Call-Id`, and a Message-ID derived from the call id alone.
 *
 * SMTP cannot be searched, so there is no `findExisting`: a send that was accepted by the server but not
 * recorded (the console crashed in between, or the connection broke after the message's final dot) is
 * sent again after the lease runs out. The repeat carries the same Message-ID and call-id header, so a
 * gateway that drops known Message-IDs (or a mail rule on the header) ignores it; a gateway that does
 * neither opens a second ticket. That window is the few milliseconds between the server's "250 OK" and
 * the outbox recording it; administrators who cannot accept it should use a REST target instead.
 */
const address = (field: string) =>
  z
    .string()
    .trim()
    .refine((value) => singleAddress(value) !== null, `${field} must be one e-mail address, such as servicedesk@example.org`)

export const emailConfigSchema = z.object({
  host: z.string().trim().min(1, 'host is required: the SMTP server, such as smtp.example.org'),
  port: z.number({ error: 'port must be a number' }).int().min(1, 'port must be 1 to 65535').max(65535, 'port must be 1 to 65535'),
  /** true: TLS from the first byte (port 465); false: STARTTLS when offered (port 587 or 25). */
  secure: z.boolean().default(false),
  /** The SMTP login; the sender's address when left empty. */
  username: z.string().trim().optional(),
  from: address('from'),
  to: address('to'),
})
export type EmailConfig = z.infer<typeof emailConfigSchema>

/** The bare address of "Name <address>" or "address"; null unless the text holds exactly one. */
function singleAddress(text: string): string | null {
  const parsed = addressparser(text, { flatten: true })
  const only = parsed.length === 1 ? parsed[0] : undefined
  return only && 'address' in only && /^[^@\s]+@[^@\s]+$/.test(only.address) ? only.address : null
}

const configOf = (ctx: AdapterContext): EmailConfig => targetConfig(emailConfigSchema, ctx, 'e-mail')

const isLoopback = (host: string) => host === 'localhost' || host === '::1' || host === '[::1]' || /^127(\.\d{1,3}){3}$/.test(host)

/**
 * How to reach the server. A password never crosses the network unencrypted: without `secure`, STARTTLS is
 * required, except for a relay on this machine (loopback), which has no network to cross.
 */
export function transportOptions(config: EmailConfig, credential: string | null): SMTPTransportOptions {
  return {
    host: config.host,
    port: config.port,
    secure: config.secure,
    requireTLS: !config.secure && !isLoopback(config.host),
    ...(credential ? { auth: { user: config.username || singleAddress(config.from)!, pass: credential } } : {}),
    connectionTimeout: 15_000,
    greetingTimeout: 15_000,
    socketTimeout: 30_000,
    // No protocol log: it would hold the AUTH exchange.
    logger: false,
    debug: false,
  }
}

interface SmtpFailure {
  code?: string
  responseCode?: number
  response?: string
  command?: string
  message?: string
  name?: string
}

/** What the SMTP server or the network said, as an administrator would name it. */
export function smtpError(error: unknown, config: EmailConfig, credential: string | null): ExportError {
  if (error instanceof ExportError) return error
  const e = (typeof error === 'object' && error !== null ? error : { message: String(error) }) as SmtpFailure
  const server = `${config.host}:${config.port}`
  // The server's own words help the administrator; any repeat of the password is taken out.
  const said = withoutSecret((e.response ?? e.message ?? '').trim().replace(/\s+/g, ' ').slice(0, 200), credential)
  const code = e.responseCode
  if (e.code === 'EAUTH' && (code === undefined || code >= 500)) return new ExportError('wrong-credentials', `${server} refused the login (${said})`)
  if (e.code === 'ENOAUTH' || code === 530) {
    if (!credential) return new ExportError('wrong-credentials', `${server} asks for a login, but no password is stored for this target (${said})`)
    // Servers often offer AUTH only after STARTTLS or on the submission port, so the login was never tried.
    return new ExportError('misconfigured', `${server} asks for a login but offered none: check "secure" and the port (${said})`)
  }
  if (e.code === 'EABORT' || e.name === 'AbortError' || e.name === 'TimeoutError') return new ExportError('timeout', `${server} did not finish in time`)
  if (e.code === 'ETIMEDOUT') return new ExportError('timeout', `${server} did not answer in time (${said})`)
  if (e.code === 'EDNS') return new ExportError('unreachable', `${config.host} cannot be found (${said})`)
  if (e.code === 'ETLS' || e.code === 'EREQUIRETLS') {
    return new ExportError('misconfigured', `${server} offers no working encryption: check "secure" and the port (${said})`)
  }
  if (e.code === 'ECONNECTION' || e.code === 'ESOCKET') return new ExportError('unreachable', `${server} cannot be reached (${said})`)
  if (code !== undefined && code >= 400 && code < 500) return new ExportError('server-error', `${server} asks to try again later (${said})`)
  if (code !== undefined && code >= 500) {
    if (e.command?.startsWith('RCPT')) return new ExportError('unknown-queue', `${server} does not accept mail for ${config.to} (${said})`)
    return new ExportError('rejected', `${server} refused the message (${said})`)
  }
  return new ExportError('unreachable', `${server}: ${said || 'the connection failed'}`)
}

export const emailAdapter: ExportAdapter = {
  kind: 'email',
  configSchema: emailConfigSchema,

  async send(note: ExportNote, ctx: AdapterContext): Promise<RemoteTicket> {
    const config = configOf(ctx)
    const raw = await toEml(note, { from: config.from, to: config.to })
    const transporter = createTransport(transportOptions(config, ctx.credential))
    try {
      // The message goes as composed (`raw`), so the envelope is given rather than read from its headers.
      const info = await transporter.sendMail({
        raw,
        envelope: { from: singleAddress(config.from)!, to: [singleAddress(config.to)!] },
        signal: ctx.signal,
      })
      if (info.accepted.length === 0) throw new ExportError('unknown-queue', `${config.host}:${config.port} did not accept mail for ${config.to}`)
      return { remoteId: messageIdOf(note.callId) }
    } catch (error) {
      throw smtpError(error, config, ctx.credential)
    } finally {
      transporter.close()
    }
  },

  async test(ctx: AdapterContext): Promise<TestResult> {
    let config: EmailConfig
    try {
      config = configOf(ctx)
    } catch (error) {
      return { ok: false, error: error as ExportError }
    }
    const transporter = createTransport(transportOptions(config, ctx.credential))
    // verify() takes no signal: the test gives up at the signal (the probe's socket then ends at its own timeout).
    let abort = () => {}
    const aborted = new Promise<never>((_, reject) => {
      abort = () => reject(new ExportError('timeout', `${config.host}:${config.port} did not finish in time`))
      if (ctx.signal.aborted) abort()
    })
    ctx.signal.addEventListener('abort', abort, { once: true })
    try {
      // Connects, upgrades to TLS where required, and logs in when a password is stored; sends nothing.
      await Promise.race([transporter.verify(), aborted])
      const detail = ctx.credential ? `${config.host}:${config.port} accepted the login` : `${config.host}:${config.port} answered (no login)`
      return { ok: true, detail }
    } catch (error) {
      return { ok: false, error: smtpError(error, config, ctx.credential) }
    } finally {
      ctx.signal.removeEventListener('abort', abort)
      transporter.close()
    }
  },
}
