import { describe, expect, it } from 'vitest'
import { ctiEventSchema, maxProtocolUrlLength, parseProtocolUrl, protocolUrlFromArgv } from '../../../src/shared/call/screen-pop'

const ok = (url: string) => {
  const result = parseProtocolUrl(url)
  if (!result.ok) throw new Error(`expected ${url} to parse, got: ${result.error}`)
  return result.value
}
const error = (url: string): string => {
  const result = parseProtocolUrl(url)
  if (result.ok) throw new Error(`expected ${url} to be refused, got ${JSON.stringify(result.value)}`)
  return result.error
}

describe('parseProtocolUrl', () => {
  it.each([
    ['servicedesk-console://call?number=0201234567', { event: 'newCall', number: '0201234567' }],
    ['servicedesk-console://call/?number=0201234567', { event: 'newCall', number: '0201234567' }],
    ['servicedesk-console:call?number=0201234567', { event: 'newCall', number: '0201234567' }],
    ['SERVICEDESK-CONSOLE://CALL?NUMBER=0201234567', { event: 'newCall', number: '0201234567' }],
    ['servicedesk-console://call?number=+31201234567', { event: 'newCall', number: '+31201234567' }],
    ['servicedesk-console://call?number=%2B31%2020%20123%204567', { event: 'newCall', number: '+31 20 123 4567' }],
    ['servicedesk-console://call?number=+31 (0)20 123-4567', { event: 'newCall', number: '+31 (0)20 123-4567' }],
    ['servicedesk-console://call?number=%20020%20123%204567%20', { event: 'newCall', number: '020 123 4567' }],
    ['servicedesk-console://call?number=4567&callId=pbx-1.2_3:4', { event: 'newCall', number: '4567', callId: 'pbx-1.2_3:4' }],
    ['servicedesk-console://call?callid=abc&number=4567', { event: 'newCall', number: '4567', callId: 'abc' }],
    ['servicedesk-console://call?number=4567&callId=', { event: 'newCall', number: '4567' }],
    ['  servicedesk-console://call?number=4567  ', { event: 'newCall', number: '4567' }],
    ['servicedesk-console://hangup?callId=abc-123', { event: 'hangup', callId: 'abc-123' }],
    ['servicedesk-console://hangup', { event: 'hangup' }],
    ['servicedesk-console://hangup?number=4567', { event: 'hangup', number: '4567' }],
  ])('reads %s', (url, expected) => {
    expect(ok(url)).toEqual(expected)
  })

  it('ignores parameters it does not know, fragments and empty pairs', () => {
    expect(ok('servicedesk-console://call?source=pbx&number=4567&&agent=sanne&x#top')).toEqual({ event: 'newCall', number: '4567' })
    expect(ok('servicedesk-console://call?constructor=1&__proto__=2&toString=3&number=4567')).toEqual({ event: 'newCall', number: '4567' })
  })

  it.each([
    ['javascript:alert(1)', /wrong scheme "javascript:"/],
    ['JavaScript://call?number=1', /wrong scheme/],
    ['http://call?number=1', /wrong scheme "http:"/],
    ['file:///etc/passwd', /wrong scheme "file:"/],
    ['servicedesk-console-evil://call?number=1', /wrong scheme "servicedesk-console-evil:"/],
    ['xservicedesk-console://call?number=1', /wrong scheme/],
    ['servicedesk://call?number=1', /wrong scheme/],
    ['', /not a URL/],
    ['call?number=1', /not a URL/],
    ['//call?number=1', /not a URL/],
  ])('refuses %j as the wrong kind of URL', (url, message) => {
    expect(error(url)).toMatch(message)
  })

  it.each([
    ['servicedesk-console://answer?callId=1'],
    ['servicedesk-console://open?file=x'],
    ['servicedesk-console://'],
    ['servicedesk-console:'],
    ['servicedesk-console://call/evil?number=1'],
    ['servicedesk-console:///call?number=1'],
    ['servicedesk-console://user@call?number=1'],
    ['servicedesk-console://call:8080?number=1'],
    ['servicedesk-console://%63all?number=1'],
    ['servicedesk-console://constructor'],
    ['servicedesk-console://__proto__?number=1'],
  ])('refuses %j as an unknown action', (url) => {
    expect(error(url)).toMatch(/unknown action .*expected servicedesk-console:\/\/call\?number=/)
  })

  it('refuses a call without a number', () => {
    for (const url of ['servicedesk-console://call', 'servicedesk-console://call?number=', 'servicedesk-console://call?number=%20', 'servicedesk-console://call?callId=1']) {
      expect(error(url)).toMatch(/number is missing/)
    }
  })

  it('refuses a number with other characters, without digits or too long', () => {
    expect(error('servicedesk-console://call?number=<script>alert(1)</script>')).toMatch(/only digits, spaces/)
    expect(error('servicedesk-console://call?number=020;rm -rf')).toMatch(/only digits/)
    expect(error('servicedesk-console://call?number=0612345678x')).toMatch(/only digits/)
    expect(error('servicedesk-console://call?number=%E2%80%8E0612345678')).toMatch(/only digits/)
    expect(error('servicedesk-console://call?number=+-()')).toMatch(/no digits/)
    expect(ok(`servicedesk-console://call?number=${'1'.repeat(32)}`)).toEqual({ event: 'newCall', number: '1'.repeat(32) })
    expect(error(`servicedesk-console://call?number=${'1'.repeat(33)}`)).toMatch(/longer than 32/)
  })

  it('refuses a bad callId', () => {
    expect(error('servicedesk-console://hangup?callId=a%20b')).toMatch(/callId must be/)
    expect(error('servicedesk-console://hangup?callId=<x>')).toMatch(/callId must be/)
    expect(error(`servicedesk-console://hangup?callId=${'a'.repeat(65)}`)).toMatch(/callId must be 1 to 64/)
    expect(ok(`servicedesk-console://hangup?callId=${'a'.repeat(64)}`)).toEqual({ event: 'hangup', callId: 'a'.repeat(64) })
  })

  it('refuses broken percent-encoding, a parameter given twice and control characters', () => {
    expect(error('servicedesk-console://call?number=%E0%A4%A')).toMatch(/number is not correctly percent-encoded/)
    expect(error('servicedesk-console://call?number=%')).toMatch(/percent-encoded/)
    expect(error('servicedesk-console://call?number=1&number=2')).toMatch(/number is given more than once/)
    expect(error('servicedesk-console://call?number=1&NUMBER=2')).toMatch(/more than once/)
    expect(error('servicedesk-console://ca\nll?number=1')).toMatch(/control characters/)
    expect(error('servicedesk-console://call?number=1\t2')).toMatch(/control characters/)
    expect(error('servicedesk-console://call?number=1\u0000')).toMatch(/control characters/)
  })

  it('refuses an overly long URL before reading it', () => {
    const long = `servicedesk-console://call?number=1&pad=${'x'.repeat(maxProtocolUrlLength)}`
    expect(error(long)).toMatch(/characters long; at most 2048/)
  })

  it('never throws, whatever it is given', () => {
    for (const input of [null, undefined, 42, {}, [], 'servicedesk-console://call?number=%ZZ', '%', ':', '\uD800']) {
      expect(() => parseProtocolUrl(input as never)).not.toThrow()
      expect(parseProtocolUrl(input as never).ok).toBe(false)
    }
  })
})

describe('ctiEventSchema', () => {
  it('accepts the three events, a number required only for a new call', () => {
    expect(ctiEventSchema.parse({ event: 'newCall', number: '0612345678', callId: 'c1' })).toEqual({ event: 'newCall', number: '0612345678', callId: 'c1' })
    expect(ctiEventSchema.parse({ event: 'answer', callId: 'c1' })).toEqual({ event: 'answer', callId: 'c1' })
    expect(ctiEventSchema.parse({ event: 'hangup' })).toEqual({ event: 'hangup' })
    expect(ctiEventSchema.safeParse({ event: 'newCall' }).success).toBe(false)
    expect(ctiEventSchema.safeParse({ event: 'newCall', callId: 'c1' }).success).toBe(false)
  })

  it('refuses unknown events and bad fields, and drops fields it does not know', () => {
    expect(ctiEventSchema.safeParse({ event: 'transfer', number: '1' }).success).toBe(false)
    expect(ctiEventSchema.safeParse({ number: '1' }).success).toBe(false)
    expect(ctiEventSchema.safeParse({ event: 'answer', number: 'abc' }).success).toBe(false)
    expect(ctiEventSchema.safeParse({ event: 'hangup', callId: '' }).success).toBe(false)
    expect(ctiEventSchema.safeParse({ event: 'hangup', callId: 42 }).success).toBe(false)
    expect(ctiEventSchema.parse({ event: 'hangup', callId: 'c1', secret: 'x' })).toEqual({ event: 'hangup', callId: 'c1' })
  })
})

describe('protocolUrlFromArgv', () => {
  const url = 'servicedesk-console://call?number=0612345678'

  it('finds the URL among flags before and after it', () => {
    expect(protocolUrlFromArgv(['C:\\Program Files\\Servicedesk Console\\Servicedesk Console.exe', '--allow-file-access-from-files', url])).toBe(url)
    expect(protocolUrlFromArgv(['/opt/sdc/servicedesk-console', url, '--no-sandbox', '--enable-logging'])).toBe(url)
    expect(protocolUrlFromArgv(['/opt/sdc/servicedesk-console', '--', url])).toBe(url)
    expect(protocolUrlFromArgv([url])).toBe(url)
  })

  it('strips quotes and whitespace a launcher left around it', () => {
    expect(protocolUrlFromArgv(['app', `"${url}"`])).toBe(url)
    expect(protocolUrlFromArgv(['app', `'${url}'`])).toBe(url)
    expect(protocolUrlFromArgv(['app', ` "${url}" `])).toBe(url)
    expect(protocolUrlFromArgv(['app', `"${url}`])).toBe(url)
    expect(protocolUrlFromArgv(['app', '"servicedesk-console://call?number=020 123 4567"'])).toBe('servicedesk-console://call?number=020 123 4567')
  })

  it('matches the scheme in any case and returns the first URL', () => {
    expect(protocolUrlFromArgv(['app', 'SERVICEDESK-CONSOLE://call?number=1', 'servicedesk-console://call?number=2'])).toBe('SERVICEDESK-CONSOLE://call?number=1')
  })

  it('returns null when no argument starts with the scheme', () => {
    expect(protocolUrlFromArgv([])).toBeNull()
    expect(protocolUrlFromArgv(['app', '--flag', 'servicedesk-console'])).toBeNull()
    expect(protocolUrlFromArgv(['app', `--url=${url}`])).toBeNull()
    expect(protocolUrlFromArgv(['app', `x${url}`])).toBeNull()
    expect(protocolUrlFromArgv(['app', 'servicedesk-console-evil://call?number=1'])).toBeNull()
    expect(protocolUrlFromArgv(['app', 'https://example.org/?servicedesk-console://call'])).toBeNull()
    expect(protocolUrlFromArgv(null as never)).toBeNull()
    expect(protocolUrlFromArgv(['app', 42, undefined] as never)).toBeNull()
  })

  it('hands over what parseProtocolUrl then reads or refuses', () => {
    expect(parseProtocolUrl(protocolUrlFromArgv(['app', '--x', `"${url}"`])!)).toEqual({ ok: true, value: { event: 'newCall', number: '0612345678' } })
    expect(parseProtocolUrl(protocolUrlFromArgv(['app', 'servicedesk-console://call?number=1" --inspect'])!)).toMatchObject({ ok: false })
  })
})
