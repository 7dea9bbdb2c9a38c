import { z } from 'zod'

/** The URL scheme the app registers: `servicedesk-console://call?number=…`. */
export const protocolScheme = 'servicedesk-console'
const prefix = `${protocolScheme}:`

/** Longer than any honest screen-pop URL; a longer one is refused before it is looked at. */
export const maxProtocolUrlLength = 2048

const numberSchema = z
  .string()
  .max(32, 'number is longer than 32 characters')
  .regex(/^[\d\s+\-()]*$/, 'number may hold only digits, spaces, +, -, ( and )')
  .regex(/\d/, 'number holds no digits')
const callIdSchema = z.string().regex(/^[A-Za-z0-9._:-]{1,64}$/, 'callId must be 1 to 64 letters, digits, ".", "_", ":" or "-"')

/** A telephony event, from the protocol handler or a CTI connector on the loopback endpoint. */
export const ctiEventSchema = z.discriminatedUnion('event', [
  z.object({ event: z.literal('newCall'), number: numberSchema, callId: callIdSchema.optional() }),
  z.object({ event: z.literal('answer'), number: numberSchema.optional(), callId: callIdSchema.optional() }),
  z.object({ event: z.literal('hangup'), number: numberSchema.optional(), callId: callIdSchema.optional() }),
])
export type CtiEvent = z.infer<typeof ctiEventSchema>

export type ProtocolUrlResult = { ok: true; value: CtiEvent } | { ok: false; error: string }

const actions = { call: 'newCall', hangup: 'hangup' } as const
const params = { number: 'number', callid: 'callId' } as const

const refuse = (error: string): ProtocolUrlResult => ({ ok: false, error })
const shown = (s: string): string => JSON.stringify(s.length > 40 ? `${s.slice(0, 40)}…` : s)

/**
 * Reads a screen-pop URL: `servicedesk-console://call?number=…[&callId=…]` → newCall,
 * `servicedesk-console://hangup[?callId=…]` → hangup. Anything else is refused with a message saying
 * what is wrong; it never throws.
 *
 * Parsed by hand rather than with `new URL`, which silently drops tabs and newlines and reads `+` in a
 * query as a space. Here `+` stays a plus (`number=+31…` is how telephony software writes it); a space
 * may be written raw or as %20. Unknown parameters are ignored (other tools add their own); a known one
 * given twice is refused, since we cannot know which one is meant. The scheme is case-insensitive (as
 * URL schemes are) but must be exactly this one.
 */
export function parseProtocolUrl(url: string): ProtocolUrlResult {
  try {
    if (typeof url !== 'string') return refuse('expected the URL as text')
    if (url.length > maxProtocolUrlLength) return refuse(`the URL is ${url.length} characters long; at most ${maxProtocolUrlLength} are accepted`)
    const trimmed = url.trim()
    // Raw control characters have no place in a URL; URL parsers drop some of them silently.
    if ([...trimmed].some((c) => c.charCodeAt(0) < 0x20 || c.charCodeAt(0) === 0x7f)) return refuse('the URL contains control characters')
    const scheme = /^([A-Za-z][A-Za-z0-9+.-]*):/.exec(trimmed)?.[1]
    if (!scheme) return refuse(`not a URL: ${shown(trimmed)}; expected ${prefix}//call?number=…`)
    if (scheme.toLowerCase() !== protocolScheme) return refuse(`wrong scheme "${scheme}:"; only ${prefix} URLs are accepted`)

    const rest = trimmed.slice(prefix.length).replace(/#.*$/, '')
    const q = rest.indexOf('?')
    const target = q < 0 ? rest : rest.slice(0, q)
    const query = q < 0 ? '' : rest.slice(q + 1)
    const action = /^\/{0,2}([A-Za-z]+)\/?$/.exec(target)?.[1]?.toLowerCase()
    if (!action || !Object.hasOwn(actions, action)) {
      return refuse(`unknown action ${shown(target.replace(/^\/+/, ''))}; expected ${prefix}//call?number=… or ${prefix}//hangup?callId=…`)
    }

    const values: Partial<Record<'number' | 'callId', string>> = {}
    for (const pair of query.split('&')) {
      if (pair === '') continue
      const eq = pair.indexOf('=')
      const rawName = eq < 0 ? pair : pair.slice(0, eq)
      const key = decode(rawName)?.toLowerCase() ?? ''
      if (!Object.hasOwn(params, key)) continue
      const name = params[key as keyof typeof params]
      const value = decode(eq < 0 ? '' : pair.slice(eq + 1))
      if (value === undefined) return refuse(`${name} is not correctly percent-encoded`)
      if (name in values) return refuse(`${name} is given more than once`)
      values[name] = value.trim()
    }

    const event = actions[action as keyof typeof actions]
    if (event === 'newCall' && !values.number) return refuse(`number is missing; expected ${prefix}//call?number=…`)
    const candidate: Record<string, string> = { event }
    if (values.number) candidate.number = values.number
    if (values.callId) candidate.callId = values.callId
    const parsed = ctiEventSchema.safeParse(candidate)
    if (!parsed.success) return refuse(parsed.error.issues.map((i) => i.message).join('; '))
    return { ok: true, value: parsed.data }
  } catch {
    return refuse('the URL could not be read')
  }
}

function decode(s: string): string | undefined {
  try {
    return decodeURIComponent(s)
  } catch {
    return undefined
  }
}

/**
 * The screen-pop URL among the command-line arguments: on Windows and Linux the operating system starts
 * the app (or a second instance) with the URL as an argument, among flags Electron and Chromium add.
 * Returns the first argument that starts with `servicedesk-console:` (any case), without quotes a shell
 * or launcher left around it; null when there is none. The URL still has to pass `parseProtocolUrl`.
 *
 * Only an argument that starts with the scheme counts: `--foo=servicedesk-console:…` does not. (On
 * Windows, register the handler with `--` before `"%1"` so a crafted URL cannot smuggle in flags.)
 */
export function protocolUrlFromArgv(argv: readonly string[]): string | null {
  if (!Array.isArray(argv)) return null
  for (const arg of argv) {
    if (typeof arg !== 'string') continue
    const unquoted = arg.trim().replace(/^["']/, '').replace(/["']$/, '').trim()
    if (unquoted.toLowerCase().startsWith(prefix)) return unquoted
  }
  return null
}
