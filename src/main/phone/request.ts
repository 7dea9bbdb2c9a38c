import { ctiEventSchema, type CtiEvent } from '../../shared/call/screen-pop'
import type { FieldIssue } from '../../shared/result'
import { issuesFromZod } from '../../shared/zod-issues'

export const ctiEventNames = ['newCall', 'answer', 'hangup'] as const
export type CtiEventName = (typeof ctiEventNames)[number]

export type Read<T> = { ok: true; value: T } | { ok: false; issues: FieldIssue[] }

/** `newcall`, `NewCall` … → `newCall`: softphone URL templates are typed by hand. */
export function ctiEventName(name: string): CtiEventName | undefined {
  return ctiEventNames.find((n) => n.toLowerCase() === name.toLowerCase())
}

const queryNames = { number: 'number', callid: 'callId', token: 'token' } as const
export type QueryValues = Partial<Record<'number' | 'callId' | 'token', string>>

/**
 * The query of a screen-pop URL. Read by hand rather than with URLSearchParams, which turns `+` into a
 * space: softphones put `+31…` into a URL template as it is. A space may be written as %20. Parameter
 * names are case-insensitive; unknown ones are ignored (phone systems add their own); a known one given
 * twice is refused, since there is no telling which one is meant. Problems are listed, not thrown, so
 * the token can still be checked first.
 */
export function readQuery(query: string): { values: QueryValues; issues: FieldIssue[] } {
  const values: QueryValues = {}
  const issues: FieldIssue[] = []
  for (const pair of query.split('&')) {
    if (pair === '') continue
    const eq = pair.indexOf('=')
    const key = decode(eq < 0 ? pair : pair.slice(0, eq))?.toLowerCase() ?? ''
    if (!Object.hasOwn(queryNames, key)) continue
    const name = queryNames[key as keyof typeof queryNames]
    const value = decode(eq < 0 ? '' : pair.slice(eq + 1))
    if (value === undefined) issues.push({ field: name, message: `${name} is not correctly percent-encoded` })
    else if (name in values) issues.push({ field: name, message: `${name} is given more than once` })
    else values[name] = value
  }
  return { values, issues }
}

function decode(s: string): string | undefined {
  try {
    return decodeURIComponent(s)
  } catch {
    return undefined
  }
}

/**
 * A telephony event from a request, as a POST body or as the event name of a GET path with its query.
 * Empty optional fields count as absent: a phone system fills a URL template even when it has no call id.
 * Every problem names its field.
 */
export function readCtiEvent(input: unknown): Read<CtiEvent> {
  if (typeof input !== 'object' || input === null || Array.isArray(input)) {
    return { ok: false, issues: [{ field: '', message: 'expected a JSON object such as {"event":"newCall","number":"+31201234567"}' }] }
  }
  const raw = input as Record<string, unknown>
  const event = typeof raw.event === 'string' ? ctiEventName(raw.event) : undefined
  if (!event) return { ok: false, issues: [{ field: 'event', message: `event must be one of ${ctiEventNames.join(', ')}` }] }
  const candidate: Record<string, unknown> = { event }
  const blank = (v: unknown) => v === undefined || v === null || (typeof v === 'string' && v.trim() === '')
  if (event === 'newCall' && blank(raw.number)) return { ok: false, issues: [{ field: 'number', message: 'number is missing; newCall needs the caller\'s number' }] }
  if (!blank(raw.number)) candidate.number = typeof raw.number === 'string' ? raw.number.trim() : raw.number
  if (!blank(raw.callId)) candidate.callId = typeof raw.callId === 'string' ? raw.callId.trim() : raw.callId
  const parsed = ctiEventSchema.safeParse(candidate)
  if (!parsed.success) {
    return { ok: false, issues: issuesFromZod(parsed.error).map((i) => (i.message.startsWith('Invalid input') ? { ...i, message: `${i.field} must be text` } : i)) }
  }
  return { ok: true, value: parsed.data }
}
