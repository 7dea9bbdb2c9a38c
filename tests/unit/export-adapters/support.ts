import { expect } from 'vitest'
import * as t from '../../../src/main/db/schema'
import type { AdapterContext, ExportAdapter, ExportError, TestResult } from '../../../src/main/export/adapter'
import { entriesOfCall, type OutboxEntry } from '../../../src/main/export/outbox'
import { startOutboxWorker } from '../../../src/main/export/worker'
import { fixtureNote } from '../export/fixture'
import { finishedCall } from '../support/finished-call'
import { demoRuntime } from '../support/runtime'
import { basicAuth, startFakeServer, type FakeServer } from './fakes/server'

export const ctx = (kind: string, config: Record<string, unknown>, credential: string | null): AdapterContext => ({
  target: { id: '00000000-0000-4000-8000-000000000001', kind, name: 'Zuiderhaven', config },
  credential,
  signal: AbortSignal.timeout(5000),
})

/** The error a promise rejects with (null when it resolves). */
export const rejection = (promise: Promise<unknown>): Promise<ExportError | null> => promise.then(() => null, (error: ExportError) => error)

/** The failed test's error; fails the test when test() said all is well. */
export function problemOf(result: TestResult): ExportError {
  if (result.ok) throw new Error(`expected the connection test to fail, it said: ${result.detail ?? 'ok'}`)
  return result.error
}

/** Neither the secret nor the basic-auth header built from it may appear in what an administrator or a log sees. */
export function expectNoSecret(text: string, secret: string, user: string, separator = ':'): void {
  expect(text).not.toContain(secret)
  expect(text).not.toContain(Buffer.from(`${user}${separator}${secret}`).toString('base64'))
}

/**
 * Sends one finished call through the real outbox (a SQLite file in a temp folder) and worker to the adapter; the note
 * is the shared fixture with the call's own id. Resolves with the entry once it is sent or has failed for good.
 */
export async function deliverThroughOutbox(kind: string, adapter: ExportAdapter, config: Record<string, unknown>, secret: string): Promise<OutboxEntry> {
  const db = demoRuntime().runtime.database!.db
  db.insert(t.exportTargets).values({ kind, name: 'Zuiderhaven', config, enabled: true }).run()
  const worker = startOutboxWorker({
    db,
    adapters: { [kind]: adapter },
    owner: 'test',
    pollMs: 20,
    backoff: { baseMs: 1, capMs: 5 },
    credentials: { get: () => secret },
    loadNote: (_db, callId) => fixtureNote({ callId }),
    onError: () => {},
  })
  try {
    const callId = finishedCall(db)
    await expect.poll(() => entriesOfCall(db, callId)[0]?.status, { timeout: 5000 }).toMatch(/^(sent|failed)$/)
    return entriesOfCall(db, callId)[0]!
  } finally {
    await worker.stop()
  }
}

/** A server that refuses every login and repeats what it was sent, as some proxies and error pages do. */
export function startEchoingServer(): Promise<FakeServer> {
  return startFakeServer((request, reply) => {
    const password = basicAuth(request.headers)?.password ?? ''
    reply.json(401, { error: `Refused ${request.headers.authorization ?? ''} (password ${password})` })
  })
}
