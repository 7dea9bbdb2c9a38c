// The export outbox under fire: 1,000 finished calls sent through a fake ticket API on 127.0.0.1 that
// answers 500s, times out, resets connections and sometimes creates the ticket but drops the answer,
// while the sender processes are killed with SIGKILL at random moments and restarted (sometimes two at
// once on the same database). Prints time, sends, retries, kills and duplicates (which must be 0).
// `npx tsx tests/bench/outbox.ts [calls]`
import { faultRun, type FaultRunResult } from '../unit/export-outbox/fault-run'
import { figuresTable, isMain, removeTempDirs, tempDir, type Figure } from './lib'

export const OUTBOX_CALLS = 1000

export async function measureOutbox(calls = OUTBOX_CALLS, log: (line: string) => void = console.log): Promise<FaultRunResult> {
  return faultRun({
    calls,
    dataDir: tempDir('outbox'),
    faults: { error500: 0.12, timeout: 0.06, reset: 0.08, createThenDrop: 0.12 },
    sender: { timeoutMs: 300, leaseMs: 1500, pollMs: 50, backoff: { baseMs: 20, capMs: 500 } },
    killEveryMs: { min: 200, max: 2000 },
    twoSendersChance: 0.5,
    giveUpMs: 15 * 60_000,
    log,
  })
}

export function outboxFigures(r: FaultRunResult): Figure[] {
  const b = 'export outbox (faults + kills)'
  return [
    { benchmark: b, metric: 'calls finished', value: String(r.calls) },
    { benchmark: b, metric: 'time until all sent', value: `${(r.ms / 1000).toFixed(1)} s` },
    { benchmark: b, metric: 'delivered (tickets with distinct call id)', value: String(r.delivered), goal: String(r.calls), met: r.delivered === r.calls && r.missing.length === 0 },
    { benchmark: b, metric: 'duplicates', value: String(r.duplicates), goal: '0', met: r.duplicates === 0 },
    { benchmark: b, metric: 'recorded ticket ≠ ticket in target', value: String(r.wrongRemoteIds), goal: '0', met: r.wrongRemoteIds === 0 },
    { benchmark: b, metric: 'attempts (claims)', value: `${r.attempts} (${r.attempts - r.calls} retries)` },
    { benchmark: b, metric: 'requests to the API', value: `${r.api.requests} (${r.api.creates} creates, ${r.api.searches} searches)` },
    { benchmark: b, metric: 'faults injected', value: `${r.api.error500} × 500, ${r.api.timeout} timeouts, ${r.api.reset} resets, ${r.api.createThenDrop} created-then-dropped` },
    { benchmark: b, metric: 'sender kills (SIGKILL) / starts', value: `${r.kills} / ${r.senderStarts}` },
  ]
}

if (isMain(import.meta.url)) {
  try {
    const calls = Number(process.argv[2] ?? OUTBOX_CALLS)
    console.log(`Export outbox: ${calls} calls through the misbehaving fake ticket API, senders killed at random…`)
    console.log(figuresTable(outboxFigures(await measureOutbox(calls))))
  } finally {
    removeTempDirs()
  }
}
