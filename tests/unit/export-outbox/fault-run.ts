// The fault-injection run shared by the unit test (a few dozen calls) and the benchmark (1,000): N calls
// finished into a real SQLite database with a webhook target pointing at the misbehaving fake ticket
// API, sender processes killed with SIGKILL at random moments and restarted, sometimes two at once.
import { spawn, type ChildProcess } from 'node:child_process'
import { join, resolve } from 'node:path'
import { createInterface } from 'node:readline'
import Database from 'better-sqlite3'
import * as t from '../../../src/main/db/schema'
import { DATABASE_FILE, startRuntime } from '../../../src/main/runtime'
import { finishedCall } from '../support/finished-call'
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
  /** Give up after this long in all (the caller then reports what is missing). */
  giveUpMs: number
  /**
   * Give up sooner when no call was delivered for this long: the run waits as long as it makes progress, however
   * slow a loaded machine makes it, and stops early when something really is stuck. Default: giveUpMs.
   */
  stallMs?: number
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
      finishedCall(db, { name: `Bellende ${i}`, what: `Printer op verdieping ${i % 7} doet het niet — één vraag (${i})`, notes: 'Papierlade opnieuw geplaatst; werkt weer.' })
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
  /** Senders at work (told to start); they are the ones killed. */
  const senders = new Set<ChildProcess>()
  /** Senders loading or loaded, waiting to be told to start. */
  const standby = new Map<ChildProcess, { loaded: boolean }>()
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
    // A sender is loaded ahead of need: loading TypeScript takes seconds on a busy machine, and a run that waited for
    // it after every kill would spend its time loading rather than sending.
    const loadSender = () => {
      const owner = `sender-${nextOwner++}`
      const child = spawn(process.execPath, ['--import', 'tsx', join(import.meta.dirname, 'sender.ts'), file, owner, JSON.stringify(options.sender)], {
        cwd: root,
        stdio: ['pipe', 'pipe', 'inherit'],
      })
      const state = { loaded: false }
      standby.set(child, state)
      child.once('exit', () => {
        standby.delete(child)
        senders.delete(child)
      })
      createInterface({ input: child.stdout! }).on('line', (line) => {
        if (line === 'loaded') state.loaded = true
        // Killed at a random moment of its working life, which begins once it has opened the database.
        if (line !== 'ready') return
        setTimeout(() => {
          if (finished || child.exitCode !== null) return
          child.kill('SIGKILL')
          kills++
        }, between(options.killEveryMs.min, options.killEveryMs.max))
      })
    }
    const startSender = (): boolean => {
      const next = [...standby].find(([, state]) => state.loaded)?.[0]
      if (!next) return false
      standby.delete(next)
      senders.add(next)
      senderStarts++
      next.stdin!.write('go\n')
      return true
    }

    let lastLog = performance.now()
    let lastProgress = performance.now()
    let lastPending = options.calls
    let wanted = 1
    for (let left = pending(); left > 0; left = pending()) {
      const now = performance.now()
      if (left < lastPending) [lastPending, lastProgress] = [left, now]
      if (now - started > options.giveUpMs || now - lastProgress > (options.stallMs ?? options.giveUpMs)) break
      // Two at hand: a restart may bring up two senders at once.
      while (standby.size < 2) loadSender()
      if (senders.size < wanted && startSender()) {
        // A restart now and then brings up two senders on the database at once.
        wanted = Math.random() < options.twoSendersChance ? 2 : 1
      }
      await sleep(25)
      if (performance.now() - lastLog > 5000) {
        lastLog = performance.now()
        log(`${options.calls - left}/${options.calls} sent, ${kills} kills, ${api.counts.requests} requests`)
      }
    }
    finished = true
    const ms = performance.now() - started
    for (const child of [...senders, ...standby.keys()]) child.kill('SIGKILL')
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
    for (const child of [...senders, ...standby.keys()]) child.kill('SIGKILL')
    await api.close()
  }
}
