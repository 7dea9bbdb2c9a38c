import PostalMime from 'postal-mime'
import { describe, expect, it } from 'vitest'
import { CALL_ID_HEADER, messageIdOf, toEml } from '../../../src/shared/export/eml'
import { toPlainText } from '../../../src/shared/export/plain-text'
import { subjectOf } from '../../../src/shared/export/subject'
import { CALL_ID, fixtureNote, noteText } from './fixture'

const options = { from: 'Servicedesk Zuiderhaven <servicedesk@zuiderhaven.example>', to: 'rt-intake@tickets.zuiderhaven.example', subjectPrefix: '[Servicedesk]' }
const header = (email: Awaited<ReturnType<typeof PostalMime.parse>>, name: string) => email.headers.find((h) => h.key === name.toLowerCase())?.value

describe('e-mail to the ticket system (.eml)', () => {
  it('parses back with a standard parser: subject, sender, recipient, UTF-8 body verbatim, call id and Message-ID', async () => {
    const note = fixtureNote()
    const eml = await toEml(note, { ...options, language: 'nl' })
    const email = await PostalMime.parse(eml)
    expect(email.subject).toBe(`[Servicedesk] ${subjectOf(note)}`)
    expect(email.from).toMatchObject({ name: 'Servicedesk Zuiderhaven', address: 'servicedesk@zuiderhaven.example' })
    expect(email.to?.[0]).toMatchObject({ address: 'rt-intake@tickets.zuiderhaven.example' })
    expect(email.text?.replace(/\r\n/g, '\n')).toBe(toPlainText(note, 'nl'))
    for (const typed of [noteText.what, noteText.notes, noteText.written, noteText.promise]) expect(email.text?.replace(/\r\n/g, '\n')).toContain(typed)
    expect(header(email, CALL_ID_HEADER)).toBe(CALL_ID)
    // Header names are case-insensitive; the raw line is there for a gateway rule or a grep.
    expect(eml).toMatch(new RegExp(`^X-Servicedesk-Console-Call-Id: ${CALL_ID}\\r$`, 'im'))
    expect(email.messageId).toBe(`<call-${CALL_ID}@servicedesk-console.invalid>`)
    expect(new Date(email.date!).toISOString()).toBe(note.finishedAt)
    expect(eml).toMatch(/^Content-Type: text\/plain; charset=utf-8\r$/m)
    // Every line ends in CRLF, and none is longer than the standard allows.
    expect(eml.replace(/\r\n/g, '').includes('\n')).toBe(false)
    expect(eml.split('\r\n').every((line) => line.length <= 998)).toBe(true)
  })

  it('in English labels, and the same Message-ID every time the same call is sent', async () => {
    const note = fixtureNote()
    const first = await toEml(note, { ...options, language: 'en', subjectPrefix: '' })
    const again = await toEml(note, { ...options, language: 'en', subjectPrefix: '' })
    const email = await PostalMime.parse(first)
    expect(email.subject).toBe(subjectOf(note))
    expect(email.text).toContain('Outcome: Handed over')
    expect(email.text).toContain('Department: Financiën')
    expect((await PostalMime.parse(again)).messageId).toBe(email.messageId)
    expect(first).toBe(again)
    expect(messageIdOf(CALL_ID)).not.toBe(messageIdOf('00000000-0000-4000-8000-000000000000'))
  })
})
