import { eq } from 'drizzle-orm'
import type { EventBus } from '../contract/event-bus'
import type { Db } from '../db/open'
import * as t from '../db/schema'
import { ExportError, asExportError, type AdapterContext, type ExportAdapter, type RemoteTicket } from './adapter'
import { targetKindInfo, type TargetKindInfo } from '../../shared/export/targets'
import { envCredentials, type CredentialProvider } from './credentials'
import { loadExportNote, type ExportNote } from './note'
import { redactExportError } from './redact'
import { claim, complete, defaultBackoff, fail, onEnqueued, type Backoff, type OutboxEntry } from './outbox'

export interface OutboxWorkerOptions {
  db: Db
  /** The adapters this process has, by target kind. */
  adapters: Record<string, ExportAdapter>
  /** Names this worker in leases; unique per process (the app and the browser host each have one). */
  owner: string
  events?: Pick<EventBus, 'emit'>
  credentials?: CredentialProvider
  /** How long one attempt (the lookup and the send together) may take before it counts as timed out. */
  timeoutMs?: number
  /** How long a claimed entry stays this worker's; longer than an attempt, so a live worker keeps it. */
  leaseMs?: number
  /** How often to look for due entries when nothing wakes the worker. */
  pollMs?: number
  backoff?: Backoff
  loadNote?: (db: Db, callId: string) => ExportNote
  /** Called with problems of the worker itself (not of a send); default: console.error. */
  onError?: (error: unknown) => void
}

export interface OutboxWorker {
  /** Look for due entries now. */
  wake(): void
  /** Finishes the attempt in progress and stops. */
  stop(): Promise<void>
}

const kindWithoutSecret = (kind: string) => (targetKindInfo as Partial<Record<string, TargetKindInfo>>)[kind]?.secret === null

/**
 * Sends the outbox: claims one due entry at a time, sends it with its target's adapter and records the
 * result, until stopped. A crash anywhere is safe: an entry whose worker died is claimed again when its
 * lease runs out, and since it was claimed before, the adapter looks for the ticket before creating one.
 */
export function startOutboxWorker(options: OutboxWorkerOptions): OutboxWorker {
  const { db, adapters, owner, events } = options
  const credentials = options.credentials ?? envCredentials()
  const timeoutMs = options.timeoutMs ?? 30_000
  const leaseMs = options.leaseMs ?? 2 * timeoutMs + 30_000
  const pollMs = options.pollMs ?? 5_000
  const backoff = options.backoff ?? defaultBackoff
  const loadNote = options.loadNote ?? loadExportNote
  const onError = options.onError ?? ((error: unknown) => console.error('Export outbox:', error))

  let stopped = false
  let wakeUp: (() => void) | null = null
  const wake = () => {
    const resolve = wakeUp
    wakeUp = null
    resolve?.()
  }
  const sleep = () =>
    new Promise<void>((resolve) => {
      const timer = setTimeout(() => wake(), pollMs)
      wakeUp = () => {
        clearTimeout(timer)
        resolve()
      }
    })

  const unsubscribe = onEnqueued(db, (entries) => {
    for (const entry of entries) events?.emit('export:changed', { callId: entry.callId, targetId: entry.targetId, status: 'queued' })
    wake()
  })

  async function attempt(entry: OutboxEntry): Promise<void> {
    const changed = (status: 'queued' | 'sending' | 'sent' | 'failed', extra: { remoteId?: string; error?: string } = {}) =>
      events?.emit('export:changed', { callId: entry.callId, targetId: entry.targetId, status, ...extra })
    let remote: RemoteTicket
    let secret: string | null = null
    try {
      const target = db.select().from(t.exportTargets).where(eq(t.exportTargets.id, entry.targetId)).get()
      if (!target) throw new ExportError('misconfigured', 'The export target was removed.')
      // Switched off by an administrator (a target that misbehaves): nothing more goes to it until an agent retries.
      if (!target.enabled) throw new ExportError('misconfigured', `The export target "${target.name}" is switched off.`)
      const adapter = adapters[target.kind]
      if (!adapter) throw new ExportError('no-adapter', `This version of the console cannot send to a target of kind "${target.kind}".`)
      let note: ExportNote
      try {
        note = loadNote(db, entry.callId)
      } catch (error) {
        throw new ExportError('rejected', `The call cannot be exported: ${error instanceof Error ? error.message : String(error)}`)
      }
      changed('sending')
      const ctx: AdapterContext = {
        target: { id: target.id, kind: target.kind, name: target.name, config: target.config },
        // A kind without a secret does not ask: it works even while the secrets cannot be read.
        credential: (secret = kindWithoutSecret(target.kind) ? null : credentials.get({ id: target.id, name: target.name })),
        signal: AbortSignal.timeout(timeoutMs),
      }
      // Claimed before: the earlier attempt may have created the ticket and died before recording it.
      const found = entry.attempts > 1 && adapter.findExisting ? await adapter.findExisting(note, ctx) : null
      remote = found ?? (await adapter.send(note, ctx))
    } catch (error) {
      // A target may repeat the secret in its refusal; the message goes to the database and the screen.
      const problem = redactExportError(asExportError(error), secret)
      const status = fail(db, entry, owner, problem, new Date(), backoff)
      changed(status, { error: `${problem.reason}: ${problem.message}` })
      return
    }
    complete(db, entry.id, remote)
    changed('sent', { remoteId: remote.remoteId })
  }

  const loop = (async () => {
    while (!stopped) {
      try {
        const entry = claim(db, owner, new Date(), leaseMs)
        if (entry) {
          await attempt(entry)
          continue
        }
      } catch (error) {
        // The database was busy or closed under us: the lease runs out and the entry is tried again.
        onError(error)
      }
      if (!stopped) await sleep()
    }
  })()

  return {
    wake,
    async stop() {
      stopped = true
      unsubscribe()
      wake()
      await loop
    },
  }
}

/**
 * The worker's rhythm from the environment: `SDC_EXPORT_RETRY_MS` is the first retry's longest wait
 * (default 5 s, doubling up to 15 minutes), `SDC_EXPORT_POLL_MS` how often it looks for due entries
 * (default 5 s). Tests shorten both; an agent never needs to.
 */
export function exportWorkerFromEnv(owner: string, env: Record<string, string | undefined>): { owner: string; backoff?: Backoff; pollMs?: number } {
  const number = (name: string): number | undefined => {
    const value = env[name]?.trim()
    if (!value) return undefined
    const parsed = Number(value)
    if (!Number.isInteger(parsed) || parsed < 1) throw new Error(`${name} must be a whole number of milliseconds, not "${value}"`)
    return parsed
  }
  const retryMs = number('SDC_EXPORT_RETRY_MS')
  const pollMs = number('SDC_EXPORT_POLL_MS')
  return { owner, ...(retryMs ? { backoff: { ...defaultBackoff, baseMs: retryMs } } : {}), ...(pollMs ? { pollMs } : {}) }
}
