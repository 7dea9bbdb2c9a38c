// The fault-injection run shared by the unit test (a few dozen calls) and the benchmark (1,000): N calls
// finished into a real SQLite database with a webhook target pointing at the misbehaving fake ticket
// API, sender processes killed with SIGKILL at random moments and restarted, sometimes two at once.
import { spawn, type ChildProcess } from 'node:child_process'
import { join, resolve } from 'node:path'
import Database from 'better-sqlite3'
import { finishCall, startCall } from '../../../src/main/services/calls'
import * as t from '../../../src/main/db/schema'
import { DATABASE_FILE, startRuntime } from '../../../src/main/runtime'
import { startFakeTicketApi, type Faults, type FakeTicketApi } from './fake-ticket-api'
import type { SenderOptions } from './sender'

const root = resolve(import.meta.dirname, '../../..')

export interface FaultRunOptions {
  calls: number
  dataDir: string
  faults: Faults
  sender: SenderOptions
  /** A sender is killed at a random moment this long after it started working. */
  killEveryMs: { min: number; max: number }
  /** Chance that a restart brings up two senders on the database at once. */
  twoSendersChance: number
  /** Give up after this long (the caller then reports what is missing). */
  giveUpMs: number
  log?: (line: string) => void
}

export interface FaultRunResult {
  calls: number
  delivered: number
  duplicates: number
  missing: string[]
  /** Outbox entries whose recorded ticket is not the ticket the fake holds for the call. */
  wrongRemoteIds: number
  kills: number
  senderStarts: number
  attempts: number
  ms: number
  api: FakeTicketApi['counts']
}

/** A fresh data folder with N finished calls, each queued for the webhook target at `url`. */
export function finishedCalls(dataDir: string, count: number, url: string): void {
  const runtime = startRuntime({
    dataDir,
    migrationsFolder: join(root, 'src/main/db/migrations'),
    packsFolder: join(root, 'resources/packs'),
    preferredLanguage: 'nl',
    version: '0.0.0-test',
  })
  try {
    const db = runtime.database!.db
    db.insert(t.exportTargets).values({ kind: 'webhook', name: 'Fake ticket API', config: { url: `${url}/tickets`, lookupUrl: `${url}/tickets` } }).run()
    for (let i = 0; i < count; i++) {
      const { call } = startCall(db, { source: 'manual' })
      finishCall(db, call.id, {
        ...call.draft,
        caller: { ...call.draft.caller, name: `Bellende ${i}` },
        intake: { ...call.draft.intake, what: `Printer op verdieping ${i % 7} doet het niet — één vraag (${i})` },
        outcome: { ...call.draft.outcome, kind: 'resolved', notes: 'Papierlade opnieuw geplaatst; werkt weer.' },
      })
    }
  } finally {
    runtime.close()
  }
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms))
const between = (min: number, max: number) => min + Math.random() * (max - min)

export async function faultRun(options: FaultRunOptions): Promise<FaultRunResult> {
  const log = options.log ?? (() => {})
  const api = await startFakeTicketApi(options.faults)
  const file = join(options.dataDir, DATABASE_FILE)
  const senders = new Set<ChildProcess>()
  let kills = 0
  let senderStarts = 0
  let nextOwner = 1
  const started = performance.now()
  try {
    finishedCalls(options.dataDir, options.calls, api.url)
    const watch = new Database(file, { readonly: true })
    watch.pragma('busy_timeout = 5000')
    const pending = () => (watch.prepare(`SELECT count(*) AS n FROM outbox WHERE status <> 'sent'`).get() as { n: number }).n

    let finished = false
    const startSender = () => {
      const owner = `sender-${nextOwner++}`
      const child = spawn(process.execPath, ['--import', 'tsx', join(import.meta.dirname, 'sender.ts'), file, owner, JSON.stringify(options.sender)], {
        cwd: root,
        stdio: ['ignore', 'pipe', 'inherit'],
      })
      senderStarts++
      senders.add(child)
      child.once('exit', () => senders.delete(child))
      // Killed at a random moment of its working life, which begins once it has opened the database.
      child.stdout?.once('data', () => {
        setTimeout(() => {
          if (finished || child.exitCode !== null) return
          child.kill('SIGKILL')
          kills++
        }, between(options.killEveryMs.min, options.killEveryMs.max))
      })
    }

    let lastLog = performance.now()
    let wanted = 1
    while (pending() > 0) {
      if (performance.now() - started > options.giveUpMs) break
      if (senders.size < wanted) {
        startSender()
        // A restart now and then brings up two senders on the database at once.
        wanted = Math.random() < options.twoSendersChance ? 2 : 1
      }
      await sleep(25)
      if (performance.now() - lastLog > 5000) {
        lastLog = performance.now()
        log(`${options.calls - pending()}/${options.calls} sent, ${kills} kills, ${api.counts.requests} requests`)
      }
    }
    finished = true
    const ms = performance.now() - started
    for (const child of senders) child.kill('SIGKILL')
    const rows = watch.prepare(`SELECT call_id AS callId, remote_id AS remoteId, attempts FROM outbox`).all() as { callId: string; remoteId: string | null; attempts: number }[]
    watch.close()
    const byReference = api.byReference()
    let duplicates = 0
    for (const tickets of byReference.values()) duplicates += tickets.length - 1
    return {
      calls: rows.length,
      delivered: byReference.size,
      duplicates,
      missing: rows.filter((r) => !byReference.has(r.callId)).map((r) => r.callId),
      wrongRemoteIds: rows.filter((r) => byReference.get(r.callId)?.[0]?.id !== r.remoteId).length,
      kills,
      senderStarts,
      attempts: rows.reduce((sum, r) => sum + r.attempts, 0),
      ms,
      api: { ...api.counts },
    }
  } finally {
    for (const child of senders) child.kill('SIGKILL')
    await api.close()
  }
}
