import MailComposer from 'nodemailer/lib/mail-composer'
import type { Language } from '../knowledge/entities'
import type { CallNote } from './call-note'
import { toPlainText } from './plain-text'
import { subjectOf } from './subject'

export interface EmlOptions {
  /** The sender: the servicedesk's address, or the caller's when the gateway takes the requester from From. */
  from: string
  /** The ticket system's intake address. */
  to: string
  /** Put before the subject, such as "[Servicedesk]"; '' for none. */
  subjectPrefix?: string
  /** The language of the body's labels; the call's language when left out. */
  language?: Language
}

/** The header every e-mail carries with the console's call id, for gateways and mail rules. */
export const CALL_ID_HEADER = 'X-Servicedesk-Console-Call-Id'

/**
 * The Message-ID of a call's e-mail: derived from the call id alone, so sending the same call again gives
 * the same Message-ID and a gateway that keeps Message-IDs recognises it as the same message.
 */
export function messageIdOf(callId: string): string {
  return `<call-${callId.toLowerCase()}@servicedesk-console.invalid>`
}

/**
 * The note as an RFC 5322 e-mail (.eml) for e-mail-to-ticket gateways: UTF-8 plain text (the clipboard
 * text), the ticket subject, the call id in a header of its own, a stable Message-ID and, as Date, the
 * moment the call was finished. Lines end in CRLF as the standard requires.
 */
export async function toEml(note: CallNote, options: EmlOptions): Promise<string> {
  const prefix = (options.subjectPrefix ?? '').trim()
  const subject = prefix ? `${prefix} ${subjectOf(note)}` : subjectOf(note)
  const composer = new MailComposer({
    from: options.from,
    to: options.to,
    subject,
    // The composer keeps line breaks as given; the standard wants CRLF.
    text: toPlainText(note, options.language ?? note.language).replace(/\r?\n/g, '\r\n'),
    textEncoding: 'quoted-printable',
    messageId: messageIdOf(note.callId),
    date: new Date(note.finishedAt),
    headers: { [CALL_ID_HEADER]: note.callId, 'Content-Language': options.language ?? note.language },
  })
  const message = await composer.compile().build()
  return message.toString('utf8')
}
