import { describe, expect, it } from 'vitest'
import { isDue, review, type ReviewState } from '../../../src/shared/onboarding/schedule'

const start = new Date('2026-11-27T09:00:00.000Z')
const hours = (from: Date, to: string) => (new Date(to).getTime() - from.getTime()) / 3_600_000

/** Answers at each due moment; returns the wait (hours) before each next review. */
function waits(answers: boolean[]): number[] {
  let state: ReviewState | null = null
  let now = start
  const result: number[] = []
  for (const correct of answers) {
    state = review(state, correct, now)
    result.push(hours(now, state.due))
    now = new Date(state.due)
  }
  return result
}

describe('when a question comes back', () => {
  it('comes back later each time it is answered right', () => {
    const intervals = waits([true, true, true, true, true])
    for (let i = 1; i < intervals.length; i++) expect(intervals[i]).toBeGreaterThan(intervals[i - 1]!)
    // After five right answers in a row the question rests for weeks, not days.
    expect(intervals[4]! / 24).toBeGreaterThan(14)
  })

  it('comes back within the hour after a wrong answer, even a well-known one', () => {
    const intervals = waits([true, true, true, false])
    expect(intervals[2]! / 24).toBeGreaterThanOrEqual(1)
    expect(intervals[3]).toBeLessThanOrEqual(1)
  })

  it('gives the same schedule for the same answers (no random spread)', () => {
    expect(waits([true, false, true, true])).toEqual(waits([true, false, true, true]))
  })

  it('keeps the state as JSON the database can store', () => {
    const state = review(null, true, start)
    expect(JSON.parse(JSON.stringify(state))).toEqual(state)
    expect(state.reps).toBe(1)
    expect(isDue(state, start)).toBe(false)
    expect(isDue(state, new Date(state.due))).toBe(true)
    expect(isDue(null, start)).toBe(true)
  })
})
