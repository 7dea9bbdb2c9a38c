import { parseProtocolUrl, protocolScheme, protocolUrlFromArgv, type CtiEvent } from '../../shared/call/screen-pop'

/** What a protocol URL (or a command line that may hold one) asks for. */
export type ProtocolRequest = { kind: 'none' } | { kind: 'event'; url: string; event: CtiEvent } | { kind: 'refused'; url: string; error: string }

/** `servicedesk-console://call?number=…` as a telephony event, or why it is refused. */
export function requestFromUrl(url: string): ProtocolRequest {
  const parsed = parseProtocolUrl(url)
  return parsed.ok ? { kind: 'event', url, event: parsed.value } : { kind: 'refused', url, error: parsed.error }
}

/**
 * The request among command-line arguments: Windows and Linux start the app — or a second instance,
 * whose arguments reach the first through `second-instance` — with the URL as an argument.
 */
export function requestFromArgv(argv: readonly string[]): ProtocolRequest {
  const url = protocolUrlFromArgv(argv)
  return url === null ? { kind: 'none' } : requestFromUrl(url)
}

export interface ProtocolClient {
  scheme: string
  /** The program the operating system starts; undefined means the running executable (packaged app). */
  path?: string
  args: string[]
}

/**
 * The arguments for `app.setAsDefaultProtocolClient`. Unpackaged (`electron .`), the operating system
 * must start Electron with the app's folder. On Windows the URL is appended to a command line, so `--`
 * goes before it: Chromium reads nothing after `--` as a switch, and a crafted URL cannot smuggle one in.
 */
export function protocolClient(input: { platform: NodeJS.Platform; defaultApp: boolean; execPath: string; appPath: string }): ProtocolClient {
  const guard = input.platform === 'win32' ? ['--'] : []
  if (input.defaultApp) return { scheme: protocolScheme, path: input.execPath, args: [input.appPath, ...guard] }
  return input.platform === 'win32' ? { scheme: protocolScheme, path: input.execPath, args: guard } : { scheme: protocolScheme, args: [] }
}

/**
 * Holds protocol URLs that arrive before the console is ready (macOS sends `open-url` before
 * `ready` when a link starts the app), then hands each to the handler once, in order.
 */
export function createProtocolInbox(): { push(url: string): void; ready(handler: (url: string) => void): void } {
  let handler: ((url: string) => void) | null = null
  const waiting: string[] = []
  return {
    push(url) {
      if (handler) handler(url)
      else waiting.push(url)
    },
    ready(next) {
      handler = next
      for (const url of waiting.splice(0)) next(url)
    },
  }
}
