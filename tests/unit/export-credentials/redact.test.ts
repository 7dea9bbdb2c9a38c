import { describe, expect, it } from 'vitest'
import { ExportError } from '../../../src/main/export/adapter'
import { redactExportError, withoutSecret } from '../../../src/main/export/redact'

const SECRET = 'tök3n/with+special=chars'
const b64 = (text: string) => Buffer.from(text, 'utf8').toString('base64')

describe('taking a secret out of what a target said', () => {
  it('removes it as is, URL-encoded, and inside base64 as Basic or SMTP AUTH PLAIN carry it', () => {
    const said = [
      `Authorization: Bearer ${SECRET}`,
      `token=${encodeURIComponent(SECRET)}`,
      `Basic ${b64(`agent@example.org:${SECRET}`)}`,
      `AUTH PLAIN ${b64(`\0servicedesk\0${SECRET}`)}`,
      `b64url ${Buffer.from(SECRET).toString('base64url')}`,
      // Glued to other base64-like text, not on a 4-character boundary.
      `x${b64(SECRET)}`,
    ].join('; ')
    const clean = withoutSecret(said, SECRET)
    expect(clean).not.toContain(SECRET)
    expect(clean).not.toContain(encodeURIComponent(SECRET))
    expect(clean).not.toContain(b64(`agent@example.org:${SECRET}`))
    expect(clean).not.toContain(b64(`\0servicedesk\0${SECRET}`))
    expect(clean).not.toContain(Buffer.from(SECRET).toString('base64url'))
    expect(clean.match(/\[secret removed\]/g)).toHaveLength(6)
    expect(clean).toContain('Authorization: Bearer [secret removed]')
  })

  it('leaves everything else as it was', () => {
    const said = 'https://rt.example.org/REST/2.0/ticket/4711 refused the credentials (HTTP 401): {"error":"Unauthorized","request_id":"dGhpcyBpcyBmaW5l"}'
    expect(withoutSecret(said, SECRET)).toBe(said)
    expect(withoutSecret(`Bearer ${SECRET}`, null)).toBe(`Bearer ${SECRET}`)
  })

  it('keeps the reason, whether it is retried and the Retry-After of an ExportError', () => {
    const error = new ExportError('rate-limited', `slow down, ${SECRET}`, 30)
    const clean = redactExportError(error, SECRET)
    expect(clean).toMatchObject({ reason: 'rate-limited', retryable: true, retryAfterSeconds: 30, message: 'slow down, [secret removed]' })
    const untouched = new ExportError('timeout', 'no answer')
    expect(redactExportError(untouched, SECRET)).toBe(untouched)
  })
})
