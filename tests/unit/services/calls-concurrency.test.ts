import { spawn } from 'node:child_process'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { DATABASE_FILE } from '../../../src/main/runtime'
import { root } from '../support/paths'
import { demoRuntime } from '../support/runtime'

/**
 * Another process on the same database (the app and the browser host, say) writing for a moment:
 * it takes the write lock, writes, says so on stdout, and commits `holdMs` later.
 */
function writerHoldingTheLock(file: string, holdMs: number): Promise<{ done: Promise<void> }> {
  const script = `
    const Database = require('better-sqlite3')
    const db = new Database(process.argv[1])
    db.pragma('busy_timeout = 5000')
    db.exec('BEGIN IMMEDIATE')
    db.prepare("UPDATE settings SET organisation_name = organisation_name || ''").run()
    process.stdout.write('locked\\n')
    setTimeout(() => { db.exec('COMMIT'); db.close() }, Number(process.argv[2]))
  `
  const child = spawn(process.execPath, ['-e', script, file, String(holdMs)], { cwd: root, stdio: ['ignore', 'pipe', 'inherit'] })
  const done = new Promise<void>((resolve, reject) => child.once('exit', (code) => (code === 0 ? resolve() : reject(new Error(`writer exited with ${code}`)))))
  return new Promise((resolve, reject) => {
    child.stdout.on('data', (chunk: Buffer) => chunk.toString().includes('locked') && resolve({ done }))
    child.once('error', reject)
  })
}

describe('a call started while another process writes to the same database', () => {
  it('waits for the other writer instead of failing', async () => {
    const { runtime, dataDir } = demoRuntime()
    const writer = await writerHoldingTheLock(join(dataDir, DATABASE_FILE), 300)
    const call = await runtime.handlers['calls:start']({ number: '+31600000106' })
    expect(call.draft.caller.personId).not.toBeNull()
    const other = await runtime.handlers['calls:start']({})
    await runtime.handlers['calls:hold']({ id: call.id, on: false })
    expect((await runtime.handlers['calls:get']({ id: other.id })).heldAt).not.toBeNull()
    await writer.done
  })
})
