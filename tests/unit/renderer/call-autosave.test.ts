import { join } from 'node:path'
import { describe, expect, it } from 'vitest'

// The module belongs to the renderer project (tsconfig.web.json): loaded by path at run time (a literal
// import would pull it into tsconfig.node.json, TS6307) and typed by the interfaces below.
type AutosaveState = { status: 'idle' | 'pending' | 'saving' | 'saved' | 'failed' }
interface AutosaverLike<T> {
  schedule(value: T): void
  flush(): Promise<void>
  stop(): Promise<void>
}
interface AutosaveModule {
  Autosaver: new <T>(options: {
    save: (value: T) => Promise<unknown>
    onState: (state: AutosaveState) => void
    now?: () => number
    setTimer?: (run: () => void, ms: number) => unknown
    clearTimer?: (timer: unknown) => void
    shouldRetry?: (error: unknown) => boolean
  }) => AutosaverLike<T>
}
const modulePath = join(import.meta.dirname, '../../../src/renderer/src/features/call/autosave.ts')
const { Autosaver } = (await import(/* @vite-ignore */ modulePath)) as AutosaveModule

/** A clock and timers the test moves by hand, and a save whose answers the test gives. */
function harness(options: { shouldRetry?: (e: unknown) => boolean } = {}) {
  let now = 0
  const timers: { at: number; run: () => void; id: number }[] = []
  let nextId = 1
  const sent: string[] = []
  const answers: { resolve: () => void; reject: (e: unknown) => void }[] = []
  const states: AutosaveState['status'][] = []
  const saver = new Autosaver<string>({
    save: (value) => {
      sent.push(value)
      return new Promise<void>((resolve, reject) => answers.push({ resolve, reject }))
    },
    onState: (s) => states.push(s.status),
    now: () => now,
    setTimer: (run, ms) => {
      const id = nextId++
      timers.push({ at: now + ms, run, id })
      return id
    },
    clearTimer: (id: unknown) => {
      const i = timers.findIndex((t) => t.id === id)
      if (i >= 0) timers.splice(i, 1)
    },
    ...options,
  })
  const advance = (ms: number) => {
    now += ms
    for (;;) {
      timers.sort((a, b) => a.at - b.at)
      const due = timers[0]
      if (!due || due.at > now) break
      timers.shift()
      due.run()
    }
  }
  const settle = () => new Promise((r) => setTimeout(r, 0))
  return { saver, sent, answers, states, advance, settle }
}

describe('autosave of a call draft', () => {
  it('saves shortly after typing stops, once, with what was typed last', () => {
    const h = harness()
    h.saver.schedule('a')
    h.advance(100)
    h.saver.schedule('ab')
    h.advance(100)
    h.saver.schedule('abc')
    expect(h.sent).toEqual([])
    h.advance(450)
    expect(h.sent).toEqual(['abc'])
  })

  it('is never more than about a second behind, however fast the agent types', () => {
    const h = harness()
    for (let i = 1; i <= 20; i++) {
      h.saver.schedule(`text ${i}`)
      h.advance(100)
    }
    // Typing went on for two seconds without a pause: the first save went out after 0.75 s, with what
    // was typed by then (a save round trip on top stays under a second).
    expect(h.sent.length).toBeGreaterThanOrEqual(1)
    expect(h.sent[0]).toBe('text 8')
  })

  it('keeps one save in flight; what is typed meanwhile goes out after it as one save', async () => {
    const h = harness()
    h.saver.schedule('first')
    h.advance(450)
    expect(h.sent).toEqual(['first'])
    h.saver.schedule('second')
    h.advance(450)
    h.saver.schedule('third')
    h.advance(450)
    expect(h.sent).toEqual(['first'])
    h.answers[0]!.resolve()
    await h.settle()
    // 'second' has waited longer than the most a change waits: it goes out straight away, as 'third'.
    h.advance(0)
    expect(h.sent).toEqual(['first', 'third'])
    h.answers[1]!.resolve()
    await h.settle()
    expect(h.states.at(-1)).toBe('saved')
  })

  it('sends about one save per 0.75 s while the agent keeps typing, however quick each save is', async () => {
    const h = harness()
    // Four seconds of typing, a key every 100 ms; each save is answered 50 ms after it leaves.
    for (let i = 1; i <= 40; i++) {
      h.saver.schedule(`text ${i}`)
      h.advance(50)
      for (const answer of h.answers.splice(0)) answer.resolve()
      await h.settle()
      h.advance(50)
    }
    expect(h.sent.length).toBeGreaterThanOrEqual(4)
    expect(h.sent.length).toBeLessThanOrEqual(5)
  })

  it('says why a save failed and tries again with the newest text', async () => {
    const h = harness()
    h.saver.schedule('typed')
    h.advance(450)
    h.answers[0]!.reject(new Error('host gone'))
    await h.settle()
    expect(h.states.at(-1)).toBe('failed')
    h.advance(4000)
    expect(h.sent).toEqual(['typed', 'typed'])
  })

  it('does not retry a save that can never succeed (the call was finished elsewhere)', async () => {
    const h = harness({ shouldRetry: () => false })
    h.saver.schedule('typed')
    h.advance(450)
    h.answers[0]!.reject(new Error('conflict'))
    await h.settle()
    h.advance(10_000)
    expect(h.sent).toEqual(['typed'])
  })

  it('sends what is waiting at once when the page is left, and nothing after stop', async () => {
    const h = harness()
    h.saver.schedule('last words')
    const flushed = h.saver.flush()
    expect(h.sent).toEqual(['last words'])
    h.answers[0]!.resolve()
    await flushed
    h.saver.schedule('after')
    const stopped = h.saver.stop()
    h.advance(1000)
    await stopped
    expect(h.sent).toEqual(['last words'])
  })
})
