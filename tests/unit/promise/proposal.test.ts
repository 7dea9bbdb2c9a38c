import { describe, expect, it } from 'vitest'
import { addWorkingMinutes, workingMinutesBetween } from '../../../src/shared/promise/business-time'
import { createChecker } from '../../../src/shared/language/check'
import { emptyPromiseDraft, nextSteps, promiseProblems, proposePromise, type ProposeInput } from '../../../src/shared/promise/promise'
import { amsterdam, calendar, show, targets } from './support'

const propose = (now: string, changes: Partial<ProposeInput> = {}) =>
  proposePromise({
    nextStep: 'callback',
    priority: 'P3',
    now: amsterdam(now),
    calendar,
    targets,
    language: 'nl',
    formOfAddress: 'formal',
    agentName: 'Sanne de Vries',
    ...changes,
  })

describe('the proposed promise for each priority (demo targets: response 30, 60, 240, 480 working minutes)', () => {
  // Tuesday 1 December 2026, 10:07.
  const now = '2026-12-01 10:07'
  const cases = [
    { priority: 'P1', due: '2026-12-01 10:30', said: 'Ik bel u vandaag, dinsdag 1 december, vóór 10:30 terug.' },
    { priority: 'P2', due: '2026-12-01 11:00', said: 'Ik bel u vandaag, dinsdag 1 december, vóór 11:00 terug.' },
    { priority: 'P3', due: '2026-12-01 14:00', said: 'Ik bel u vandaag, dinsdag 1 december, vóór 14:00 terug.' },
    { priority: 'P4', due: '2026-12-02 09:00', said: 'Ik bel u morgen, woensdag 2 december, vóór 09:00 terug.' },
  ] as const
  for (const { priority, due, said } of cases) {
    it(`${priority}: a weekday and a time people say, within the response target`, () => {
      const proposal = propose(now, { priority })
      const target = targets.find((t) => t.priority === priority)!.responseMinutes
      expect(proposal).toMatchObject({ basis: 'response', targetMinutes: target, withinTarget: true, text: said })
      expect(show(new Date(proposal.dueAt))).toBe(due)
      const promised = new Date(proposal.dueAt)
      expect(promised.getTime()).toBeGreaterThan(amsterdam(now).getTime())
      expect(promised.getTime()).toBeLessThanOrEqual(addWorkingMinutes(amsterdam(now), target, calendar).getTime())
      expect(workingMinutesBetween(amsterdam(now), promised, calendar)).toBeLessThanOrEqual(target)
      expect(promised.getUTCMinutes() % 15).toBe(0)
    })
  }

  it('keeps a target that ends on a quarter as it is', () => {
    expect(show(new Date(propose('2026-12-01 10:00', { priority: 'P2' }).dueAt))).toBe('2026-12-01 11:00')
  })

  it('carries a target over the weekend to Monday, rounded down to stay within it', () => {
    // Friday 16:50 + 30 working minutes is Monday 08:20; the promise is "before 08:15".
    const proposal = propose('2026-12-04 16:50', { priority: 'P1' })
    expect(show(new Date(proposal.dueAt))).toBe('2026-12-07 08:15')
    expect(proposal.text).toBe('Ik bel u maandag 7 december vóór 08:15 terug.')
    expect(proposal.withinTarget).toBe(true)
  })

  it('takes P3 when no priority was chosen yet', () => {
    expect(propose('2026-12-01 10:07', { priority: null })).toMatchObject({ targetMinutes: 240, withinTarget: true })
  })

  it('promises every next step by when the caller hears from us: the response target', () => {
    for (const nextStep of ['callback', 'handed-over', 'waiting-for-user', 'order'] as const) {
      expect(propose('2026-12-01 10:07', { nextStep })).toMatchObject({ basis: 'response', targetMinutes: 240 })
    }
  })

  it('starts from the earliest moment the agent entered, and says when that no longer fits the target', () => {
    // The order arrives Thursday 13:00: the caller hears about it four working hours later.
    const proposal = propose('2026-12-01 10:07', { nextStep: 'order', earliestStart: amsterdam('2026-12-03 13:00') })
    expect(show(new Date(proposal.dueAt))).toBe('2026-12-03 17:00')
    expect(proposal.withinTarget).toBe(false)
    expect(proposal.text).toBe('U hoort donderdag 3 december vóór 17:00 van mij over de bestelling.')
    // An earliest start in the past changes nothing.
    expect(propose('2026-12-01 10:07', { earliestStart: amsterdam('2026-11-30 09:00') }).dueAt).toBe(propose('2026-12-01 10:07').dueAt)
  })

  it('proposes in the caller’s language and the organisation’s form of address', () => {
    expect(propose('2026-12-01 10:07', { priority: 'P4', language: 'en', nextStep: 'waiting-for-user' }).text).toBe(
      'You will hear from me before 09:00 tomorrow, Wednesday 2 December.',
    )
    expect(propose('2026-12-01 10:07', { formOfAddress: 'informal', nextStep: 'handed-over', group: 'Team Werkplek' }).text).toBe(
      'Je hoort vandaag, dinsdag 1 december, vóór 14:00 van de collega’s van Team Werkplek.',
    )
  })

  it('proposes only promises that can be saved as they are', () => {
    const checker = createChecker({ lexicon: [] })
    for (const language of ['nl', 'en'] as const) {
      for (const formOfAddress of ['formal', 'informal'] as const) {
        for (const nextStep of nextSteps) {
          for (const now of ['2026-12-01 10:07', '2026-12-04 16:50', '2026-12-24 16:40']) {
            const proposal = propose(now, { language, formOfAddress, nextStep, group: 'Team Werkplek' })
            const draft = { ...emptyPromiseDraft(), nextStep, dueAt: proposal.dueAt, text: proposal.text }
            expect(promiseProblems(draft, { now: amsterdam(now), check: (text) => checker.check(text, language).issues }), proposal.text).toEqual([])
          }
        }
      }
    }
  })

  it('refuses a priority without a target', () => {
    expect(() => propose('2026-12-01 10:07', { priority: 'P1', targets: [] })).toThrow(/P1/)
  })
})
