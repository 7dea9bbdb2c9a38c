/**
 * Autosave for a draft that is typed into: every change schedules a save a short moment later, so a
 * crash loses at most about a second. At most one save is in flight; changes made meanwhile wait for it
 * and then go out as one (the latest value wins). Typing never waits on a save.
 */
export type AutosaveState =
  | { status: 'idle' }
  | { status: 'pending' }
  | { status: 'saving' }
  | { status: 'saved'; at: Date }
  | { status: 'failed'; reason: string; retrying: boolean }

export interface AutosaveOptions<T> {
  save: (value: T) => Promise<unknown>
  onState: (state: AutosaveState) => void
  /** Quiet time after the last change before saving. */
  delayMs?: number
  /** However much is typed, a change waits at most this long before it is sent. */
  maxWaitMs?: number
  /** A failed save is tried again after this long, unless `shouldRetry` says it is pointless. */
  retryMs?: number
  shouldRetry?: (error: unknown) => boolean
  describe?: (error: unknown) => string
  now?: () => number
  setTimer?: (run: () => void, ms: number) => unknown
  clearTimer?: (timer: unknown) => void
}

export class Autosaver<T> {
  private pending: { value: T } | null = null
  private firstPendingAt = 0
  private timer: unknown = null
  private inFlight: Promise<void> | null = null
  private stopped = false
  private readonly o: Required<AutosaveOptions<T>>

  constructor(options: AutosaveOptions<T>) {
    this.o = {
      delayMs: 450,
      maxWaitMs: 750,
      retryMs: 4000,
      shouldRetry: () => true,
      describe: (error) => String(error),
      now: () => Date.now(),
      setTimer: (run, ms) => setTimeout(run, ms),
      clearTimer: (timer) => clearTimeout(timer as ReturnType<typeof setTimeout>),
      ...options,
    }
  }

  /** A new value to save; replaces any value still waiting. */
  schedule(value: T): void {
    if (this.stopped) return
    const now = this.o.now()
    if (!this.pending) this.firstPendingAt = now
    this.pending = { value }
    if (!this.inFlight) this.o.onState({ status: 'pending' })
    this.restartTimer(this.waitFor(now))
  }

  /** Quiet time after the last change, but never past maxWait since the first change still waiting. */
  private waitFor(now: number): number {
    return Math.max(0, Math.min(this.o.delayMs, this.firstPendingAt + this.o.maxWaitMs - now))
  }

  /** Sends what is waiting now (leaving the page, finishing). Resolves when nothing is waiting or in flight. */
  async flush(): Promise<void> {
    this.clearTimer()
    if (this.inFlight) await this.inFlight
    if (this.pending) {
      this.clearTimer()
      this.send()
    }
    if (this.inFlight) await this.inFlight
  }

  /** Drops what is waiting and saves nothing more; resolves once a save in flight has ended. */
  async stop(): Promise<void> {
    this.stopped = true
    this.pending = null
    this.clearTimer()
    if (this.inFlight) await this.inFlight
  }

  /** Saves again after `stop` (an action that stopped it failed). */
  resume(): void {
    this.stopped = false
  }

  private restartTimer(ms: number): void {
    this.clearTimer()
    this.timer = this.o.setTimer(() => {
      this.timer = null
      this.send()
    }, ms)
  }

  private clearTimer(): void {
    if (this.timer !== null) this.o.clearTimer(this.timer)
    this.timer = null
  }

  private send(): void {
    // The save in flight picks the waiting value up when it ends.
    if (this.inFlight || !this.pending) return
    const { value } = this.pending
    this.pending = null
    this.o.onState({ status: 'saving' })
    this.inFlight = this.o.save(value).then(
      () => {
        this.inFlight = null
        // What was typed meanwhile waits its own turn (quiet time, at most maxWait since its first
        // change), so steady typing sends a save about once every maxWait, not one after another.
        if (this.pending && !this.stopped) {
          this.o.onState({ status: 'pending' })
          this.restartTimer(this.waitFor(this.o.now()))
        } else this.o.onState({ status: 'saved', at: new Date(this.o.now()) })
      },
      (error: unknown) => {
        this.inFlight = null
        if (this.stopped) return
        const retrying = this.o.shouldRetry(error)
        // Keep the value: the next change or the retry sends the newest one.
        if (!this.pending && retrying) this.pending = { value }
        this.o.onState({ status: 'failed', reason: this.o.describe(error), retrying })
        if (this.pending) this.restartTimer(retrying ? this.o.retryMs : this.o.delayMs)
      },
    )
  }
}
