import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import * as t from '../../../src/main/db/schema'
import { entriesOfCall } from '../../../src/main/export/outbox'
import { exportWorkerFromEnv } from '../../../src/main/export/worker'
import { startRuntime, type Runtime } from '../../../src/main/runtime'
import { finishedCall } from '../support/finished-call'
import { migrationsFolder, packsFolder, tempDir } from '../support/paths'

const running: Runtime[] = []
afterEach(async () => {
  for (const runtime of running.splice(0)) await runtime.stop()
})

function start(exportWorker: Parameters<typeof startRuntime>[0]['exportWorker']) {
  const runtime = startRuntime({ dataDir: tempDir(), migrationsFolder, packsFolder, preferredLanguage: 'nl', version: '0.0.0-test', exportWorker })
  running.push(runtime)
  return runtime
}

const finishOne = (runtime: Runtime): string =>
  finishedCall(runtime.database!.db, {
    name: 'Sanne Bakker',
    what: 'Scanner op de derde verdieping geeft een papierstoring',
    notes: 'Klep geopend, vastgelopen vel verwijderd; scant weer.',
  })

describe('the outbox worker in the runtime', () => {
  it('sends a call finished in the running console to the target without anyone asking', async () => {
    const runtime = start({ owner: 'test-runtime', pollMs: 50 })
    const folder = tempDir()
    runtime.database!.db.insert(t.exportTargets).values({ kind: 'file', name: 'Map', config: { folder, format: 'json' } }).run()
    const callId = finishOne(runtime)
    await expect.poll(() => entriesOfCall(runtime.database!.db, callId)[0]?.status, { timeout: 5000 }).toBe('sent')
    const [file] = readdirSync(folder)
    expect((JSON.parse(readFileSync(join(folder, file!), 'utf8')) as { callId: string }).callId).toBe(callId)
  })

  it('starts no worker when told not to: the entry stays queued', async () => {
    const runtime = start(false)
    runtime.database!.db.insert(t.exportTargets).values({ kind: 'file', name: 'Map', config: { folder: tempDir(), format: 'json' } }).run()
    const callId = finishOne(runtime)
    await new Promise((resolve) => setTimeout(resolve, 200))
    expect(entriesOfCall(runtime.database!.db, callId)[0]?.status).toBe('queued')
  })

  it('stop() lets the worker finish before the database closes', async () => {
    const runtime = start({ owner: 'test-runtime', pollMs: 50 })
    await runtime.stop()
    expect(runtime.database!.sqlite.open).toBe(false)
    await runtime.stop()
  })
})

describe('the worker rhythm from the environment', () => {
  it('takes the first retry wait and the poll interval in milliseconds', () => {
    expect(exportWorkerFromEnv('host', { SDC_EXPORT_RETRY_MS: '200', SDC_EXPORT_POLL_MS: '100' })).toEqual({
      owner: 'host',
      backoff: { baseMs: 200, capMs: 15 * 60_000 },
      pollMs: 100,
    })
    expect(exportWorkerFromEnv('host', {})).toEqual({ owner: 'host' })
  })

  it('names the variable that is not a number of milliseconds', () => {
    expect(() => exportWorkerFromEnv('host', { SDC_EXPORT_RETRY_MS: 'soon' })).toThrow(/SDC_EXPORT_RETRY_MS must be a whole number of milliseconds, not "soon"/)
  })
})
