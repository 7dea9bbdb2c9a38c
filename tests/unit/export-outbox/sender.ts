// A sender process for the fault-injection run: opens the database file the console uses (already
// migrated) and runs the outbox worker with the webhook adapter until it is killed. It starts when told to
// (a line on stdin) and says 'loaded' and then 'ready' on stdout.
// Usage: node --import tsx sender.ts <database file> <owner> <options as JSON>
import Database from 'better-sqlite3'
import { drizzle } from 'drizzle-orm/better-sqlite3'
import * as schema from '../../../src/main/db/schema'
import { webhookAdapter } from '../../../src/main/export/adapters/webhook'
import { startOutboxWorker } from '../../../src/main/export/worker'

export interface SenderOptions {
  timeoutMs: number
  leaseMs: number
  pollMs: number
  backoff: { baseMs: number; capMs: number }
}

const [file, owner, optionsJson] = process.argv.slice(2)
if (!file || !owner || !optionsJson) throw new Error('usage: sender.ts <database file> <owner> <options as JSON>')
const options = JSON.parse(optionsJson) as SenderOptions

// Loaded and waiting: the run keeps senders like this one at hand, so a restart after a kill does not wait the
// seconds that loading TypeScript takes on a busy machine. A line on stdin starts it; a closed stdin ends it.
process.stdout.write('loaded\n')
process.stdin.once('end', () => process.exit(0))
process.stdin.once('data', () => {
  const sqlite = new Database(file, { fileMustExist: true })
  sqlite.pragma('busy_timeout = 5000')
  sqlite.pragma('foreign_keys = ON')
  const db = drizzle(sqlite, { schema })

  startOutboxWorker({
    db,
    adapters: { webhook: webhookAdapter },
    owner,
    credentials: { get: () => 'fake-api-token' },
    ...options,
    onError: () => {},
  })
  process.stdout.write('ready\n')
})
