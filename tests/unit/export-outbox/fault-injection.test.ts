import { describe, expect, it } from 'vitest'
import { tempDir } from '../support/paths'
import { faultRun } from './fault-run'

describe('the outbox against a misbehaving ticket system, with its sender killed again and again', () => {
  it('delivers every finished call exactly once', async () => {
    const result = await faultRun({
      calls: 40,
      dataDir: tempDir(),
      faults: { error500: 0.1, timeout: 0.06, reset: 0.08, createThenDrop: 0.2 },
      sender: { timeoutMs: 300, leaseMs: 1000, pollMs: 50, backoff: { baseMs: 20, capMs: 300 } },
      killEveryMs: { min: 200, max: 1200 },
      twoSendersChance: 0.5,
      // Usually 5 to 10 s. Under a full test run a sender can take seconds to load, so the run is not held to a fixed
      // time: it goes on while calls keep being delivered, and gives up only after a minute without any.
      stallMs: 60_000,
      giveUpMs: 240_000,
    })
    expect(result.missing).toEqual([])
    expect(result.calls).toBe(40)
    expect(result.delivered).toBe(40)
    expect(result.duplicates).toBe(0)
    expect(result.wrongRemoteIds).toBe(0)
    // The run really was hostile: senders died and the fake misbehaved, including after creating.
    expect(result.kills).toBeGreaterThan(0)
    expect(result.api.createThenDrop).toBeGreaterThan(0)
  }, 300_000)
})
