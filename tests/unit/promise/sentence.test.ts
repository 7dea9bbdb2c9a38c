import { describe, expect, it } from 'vitest'
import { createChecker } from '../../../src/shared/language/check'
import { emptyPromiseDraft, promiseProblems, promiseSentence, type SentenceInput } from '../../../src/shared/promise/promise'
import { amsterdam } from './support'

// Monday 30 November 2026, 10:00 in Amsterdam.
const now = amsterdam('2026-11-30 10:00')
const say = (due: string, changes: Partial<SentenceInput> = {}) =>
  promiseSentence({
    nextStep: 'waiting-for-user',
    dueAt: amsterdam(due),
    now,
    timeZone: 'Europe/Amsterdam',
    language: 'nl',
    formOfAddress: 'formal',
    agentName: 'Sanne de Vries',
    ...changes,
  })

describe('the promise as said to the caller', () => {
  it('in Dutch with "u": today, tomorrow, a weekday and a date further out', () => {
    expect(say('2026-11-30 15:00')).toBe('U hoort vandaag, maandag 30 november, vóór 15:00 van mij.')
    expect(say('2026-12-01 12:00')).toBe('U hoort morgen, dinsdag 1 december, vóór 12:00 van mij.')
    expect(say('2026-12-03 09:30')).toBe('U hoort donderdag 3 december vóór 09:30 van mij.')
    expect(say('2027-01-04 08:15')).toBe('U hoort maandag 4 januari 2027 vóór 08:15 van mij.')
  })

  it('in Dutch with "je"', () => {
    const informal = { formOfAddress: 'informal' } as const
    expect(say('2026-12-01 12:00', informal)).toBe('Je hoort morgen, dinsdag 1 december, vóór 12:00 van mij.')
    expect(say('2026-12-01 12:00', { ...informal, nextStep: 'callback' })).toBe('Ik bel je morgen, dinsdag 1 december, vóór 12:00 terug.')
    expect(say('2026-12-01 12:00', { ...informal, nextStep: 'order' })).toBe('Je hoort morgen, dinsdag 1 december, vóór 12:00 van mij over de bestelling.')
  })

  it('in Dutch for each next step', () => {
    expect(say('2026-12-01 12:00', { nextStep: 'callback' })).toBe('Ik bel u morgen, dinsdag 1 december, vóór 12:00 terug.')
    expect(say('2026-12-01 12:00', { nextStep: 'handed-over', group: 'Team Werkplek' })).toBe(
      'U hoort morgen, dinsdag 1 december, vóór 12:00 van de collega’s van Team Werkplek.',
    )
    expect(say('2026-12-01 12:00', { nextStep: 'handed-over' })).toBe('U hoort morgen, dinsdag 1 december, vóór 12:00 van ons.')
  })

  it('in English', () => {
    const en = { language: 'en' } as const
    expect(say('2026-11-30 15:00', en)).toBe('You will hear from me before 15:00 today, Monday 30 November.')
    expect(say('2026-12-01 12:00', en)).toBe('You will hear from me before 12:00 tomorrow, Tuesday 1 December.')
    expect(say('2026-12-03 09:30', { ...en, nextStep: 'callback' })).toBe('I will call you back before 09:30 on Thursday 3 December.')
    expect(say('2026-12-01 12:00', { ...en, nextStep: 'handed-over', group: 'Workplace' })).toBe(
      'You will hear from the Workplace team before 12:00 tomorrow, Tuesday 1 December.',
    )
    expect(say('2026-12-01 12:00', { ...en, nextStep: 'order' })).toBe('You will hear from me about the order before 12:00 tomorrow, Tuesday 1 December.')
  })

  it('reads "today" and "tomorrow" on the organisation clock, not the machine’s', () => {
    // 23:30 UTC on 30 November is already 1 December in Amsterdam.
    const late = new Date('2026-11-30T23:30:00Z')
    expect(promiseSentence({ nextStep: 'callback', dueAt: amsterdam('2026-12-01 09:00'), now: late, timeZone: 'Europe/Amsterdam', language: 'en', formOfAddress: 'formal', agentName: '' })).toBe(
      'I will call you back before 09:00 today, Tuesday 1 December.',
    )
  })
})

describe('what keeps a promise from being saved', () => {
  const checker = createChecker({ lexicon: [] })
  const check = (text: string) => checker.check(text, 'nl').issues
  const promise = (text: string, dueAt: string | null = amsterdam('2026-12-01 12:00').toISOString()) => ({ ...emptyPromiseDraft(), nextStep: 'callback' as const, dueAt, text })

  it('accepts a concrete promise', () => {
    expect(promiseProblems(promise('U hoort morgen, dinsdag 1 december, vóór 12:00 van mij.'), { now, check })).toEqual([])
    expect(promiseProblems(promise('Ik bel je 3/12 om 9 uur terug.'), { now, check })).toEqual([])
  })

  it('needs the moment and the words', () => {
    expect(promiseProblems(promise('', null), { now, check })).toEqual([
      { field: 'promise.dueAt', code: 'required' },
      { field: 'promise.text', code: 'required' },
    ])
  })

  it('blocks a promise without a time or without a day', () => {
    expect(promiseProblems(promise('Ik bel u morgen terug.'), { now, check })).toEqual([{ field: 'promise.text', code: 'no-time' }])
    expect(promiseProblems(promise('Ik bel u vóór 12:00 terug.'), { now, check })).toEqual([{ field: 'promise.text', code: 'no-day' }])
  })

  it('blocks what the plain-language checker finds vague', () => {
    expect(promiseProblems(promise('We gaan ermee aan de slag.'), { now, check })).toEqual([
      { field: 'promise.text', code: 'vague' },
      { field: 'promise.text', code: 'no-day' },
      { field: 'promise.text', code: 'no-time' },
    ])
    expect(promiseProblems(promise('Ik bel u zo snel mogelijk terug, uiterlijk morgen 12:00.'), { now, check })).toEqual([{ field: 'promise.text', code: 'vague' }])
  })

  it('blocks a moment that has passed', () => {
    expect(promiseProblems(promise('Ik bel u vandaag vóór 09:00 terug.', amsterdam('2026-11-30 09:00').toISOString()), { now, check })).toEqual([
      { field: 'promise.dueAt', code: 'in-past' },
    ])
  })
})
