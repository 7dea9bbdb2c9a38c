// A real Request Tracker 5 for tests, as installed by tests/integration/rt/setup.sh: start it on loopback,
// stop it, and read back what the console sent. Plain Node (no test framework), so vitest integration
// tests and the Playwright e2e use the same helpers:
//
//   if (!rtInstalled()) skip…                       // setup.sh has not run on this machine
//   const rt = await startRt()                       // rt-server on 127.0.0.1:8765, answering REST2
//   const target = rtTargetConfig(rt.url)            // config + secret for an 'rt' export target
//   const reader = rtReader(rt.url)                  // ticket, its call-id field, its first message
//   await rt.stop()
import { spawn } from 'node:child_process'
import { existsSync, readFileSync } from 'node:fs'

/** Where setup.sh leaves things; keep in step with it. */
export const RT_SERVER = '/usr/share/request-tracker5/libexec/rt-server'
export const RT_SETUP_STAMP = '/var/lib/request-tracker5/servicedesk-console-test.stamp'
export const RT_TOKEN_FILE = '/var/lib/request-tracker5/servicedesk-console-test.token'
/** The port setup.sh wrote into RT's WebBaseURL (links in RT's own pages use it). */
export const RT_TEST_PORT = 8765
export const RT_ROOT_PASSWORD = 'sdc-rt-test-root'
export const RT_CALL_ID_FIELD = 'Servicedesk call id'
/** A second queue (for the category mapping) and an account without any rights (for test connection). */
export const RT_SECOND_QUEUE = 'Network'
export const RT_NO_RIGHTS_USER = 'sdc-no-rights'
/** An account that sees every queue but may not create tickets (same password as root). */
export const RT_SEE_ONLY_USER = 'sdc-see-only'
export const RT_SETUP_COMMAND = 'bash tests/integration/rt/setup.sh'

/** True when setup.sh has installed and prepared RT on this machine (and the token is readable). */
export function rtInstalled(): boolean {
  if (!existsSync(RT_SERVER) || !existsSync(RT_SETUP_STAMP)) return false
  try {
    return readFileSync(RT_TOKEN_FILE, 'utf8').trim() !== ''
  } catch {
    return false
  }
}

/** root's REST2 auth token, made by setup.sh. */
export function rtToken(): string {
  return readFileSync(RT_TOKEN_FILE, 'utf8').trim()
}

/** The config and secret of an 'rt' export target pointing at this RT (token auth, queue General). */
export function rtTargetConfig(url: string, extra: Record<string, unknown> = {}): { config: Record<string, unknown>; secret: string } {
  return { config: { baseUrl: url, queue: 'General', callIdField: RT_CALL_ID_FIELD, ...extra }, secret: rtToken() }
}

export interface RunningRt {
  /** RT's web root, e.g. http://127.0.0.1:8765 (the API is under /REST/2.0). */
  url: string
  port: number
  /** Stops the server and waits until it has exited. */
  stop(): Promise<void>
}

/**
 * Starts `rt-server` on 127.0.0.1:<port> and resolves once `/REST/2.0/rt` answers (about 3 s). The
 * server runs as its own process group so stop() also ends anything it forked. Rejects with the
 * server's output when it exits early (say, the port is taken).
 */
export async function startRt(port = RT_TEST_PORT, timeoutMs = 60_000): Promise<RunningRt> {
  if (!existsSync(RT_SERVER)) throw new Error(`Request Tracker is not installed (${RT_SERVER} missing): run ${RT_SETUP_COMMAND}`)
  const url = `http://127.0.0.1:${port}`
  // Something already answering there would be taken for this server; say so instead.
  const taken = await fetch(`${url}/REST/2.0/rt`, { signal: AbortSignal.timeout(1000) }).then(
    () => true,
    () => false,
  )
  if (taken) throw new Error(`Port ${port} is already in use (an RT left running?): stop it or pass another port to startRt`)
  const child = spawn(RT_SERVER, ['--host', '127.0.0.1', '--port', String(port)], { detached: true, stdio: ['ignore', 'pipe', 'pipe'] })
  let output = ''
  const keep = (chunk: Buffer) => (output = (output + chunk.toString('utf8')).slice(-4000))
  child.stdout.on('data', keep)
  child.stderr.on('data', keep)
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()))
  let gone = false
  void exited.then(() => (gone = true))

  const stop = async () => {
    if (gone) return
    try {
      process.kill(-child.pid!, 'SIGTERM')
    } catch {
      // Already gone.
    }
    const timer = setTimeout(() => {
      try {
        process.kill(-child.pid!, 'SIGKILL')
      } catch {
        // Already gone.
      }
    }, 5000)
    await exited
    clearTimeout(timer)
  }

  const deadline = Date.now() + timeoutMs
  while (Date.now() < deadline) {
    if (gone) throw new Error(`rt-server exited before it answered on port ${port}:\n${output}`)
    try {
      // Any HTTP answer (401 without credentials) means RT is up.
      await fetch(`${url}/REST/2.0/rt`, { signal: AbortSignal.timeout(2000) })
      return { url, port, stop }
    } catch {
      await new Promise((resolve) => setTimeout(resolve, 250))
    }
  }
  await stop()
  throw new Error(`rt-server did not answer on port ${port} within ${timeoutMs / 1000} s:\n${output}`)
}

export interface RtTicket {
  id: string
  subject: string
  /** The queue's name (RT answers with its id; the reader looks it up). */
  queue: string
  status: string
  priority: string
  /** Requestors' e-mail addresses. */
  requestors: string[]
  /** Custom field values by field name. */
  customFields: Record<string, string[]>
  /** The text of the ticket's first message (its Create transaction), as RT stored it. */
  content: string
  contentType: string
}

export interface RtReader {
  /** A ticket with everything a test checks. */
  ticket(id: string | number): Promise<RtTicket>
  /** The ids of the tickets whose call-id field holds `callId`, oldest first. */
  ticketsWithCallId(callId: string): Promise<string[]>
}

type Json = Record<string, unknown>

/** Reads tickets back over REST2, as root (token auth). */
export function rtReader(url: string, token: string = rtToken()): RtReader {
  const get = async (path: string): Promise<Json> => {
    const response = await fetch(`${url}/REST/2.0/${path}`, { headers: { Authorization: `token ${token}`, Accept: 'application/json' } })
    const text = await response.text()
    if (!response.ok) throw new Error(`RT ${path}: HTTP ${response.status} ${text.slice(0, 200)}`)
    return JSON.parse(text) as Json
  }
  const items = (page: Json) => (page.items as Json[] | undefined) ?? []

  return {
    async ticket(id) {
      const ticket = await get(`ticket/${id}`)
      const queue = await get(`queue/${(ticket.Queue as Json).id as string}`)
      const customFields: Record<string, string[]> = {}
      for (const cf of (ticket.CustomFields as Json[] | undefined) ?? []) customFields[cf.name as string] = cf.values as string[]
      const history = await get(`ticket/${id}/history?fields=Type&per_page=100`)
      const create = items(history).find((txn) => txn.Type === 'Create')
      const attachments = create ? await get(`transaction/${create.id as string}/attachments?fields=Content,ContentType&per_page=100`) : { items: [] }
      const body = items(attachments).find((a) => a.ContentType === 'text/plain') ?? items(attachments)[0] ?? {}
      return {
        id: String(ticket.id),
        subject: ticket.Subject as string,
        queue: queue.Name as string,
        status: ticket.Status as string,
        priority: String(ticket.Priority),
        requestors: ((ticket.Requestor as Json[] | undefined) ?? []).map((r) => String(r.id)),
        customFields,
        content: (body.Content as string | undefined) ?? '',
        contentType: (body.ContentType as string | undefined) ?? '',
      }
    },
    async ticketsWithCallId(callId) {
      const query = new URLSearchParams({ query: `'CF.{${RT_CALL_ID_FIELD}}' = '${callId}'`, orderby: 'id', order: 'ASC', per_page: '100' })
      return items(await get(`tickets?${query.toString()}`)).map((t) => String(t.id))
    },
  }
}
