import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { flowCategories, questionFlowSchema, questionFlowsSchema, type QuestionFlow, type QuestionFlowInput } from '../../../src/shared/call/flow-schema'
import { nextPhase, phaseIds, promptCards, situationIds } from '../../../src/shared/call/phases'
import { issuesFromZod } from '../../../src/shared/zod-issues'
import { packsFolder } from '../support/paths'

const demoPack = (language: 'nl' | 'en'): unknown => JSON.parse(readFileSync(join(packsFolder, `demo.${language}.json`), 'utf8'))
const flowsIn = (language: 'nl' | 'en'): QuestionFlow[] => questionFlowsSchema.parse((demoPack(language) as { flows: unknown }).flows)

/** The issues a flow gets, as "field: message" lines. */
function issues(input: QuestionFlowInput): string[] {
  const result = questionFlowSchema.safeParse(input)
  return result.success ? [] : issuesFromZod(result.error).map((i) => `${i.field}: ${i.message}`)
}

const flow = (questions: QuestionFlowInput['questions'], category: QuestionFlowInput['category'] = 'printer'): QuestionFlowInput => ({
  key: 'test',
  category,
  title: 'Test',
  questions,
})
const yesNo = (key: string, next?: Record<string, string>, defaultNext?: string) => ({ key, text: `${key}?`, kind: 'yes-no' as const, next, defaultNext })
const text = (key: string, defaultNext?: string) => ({ key, text: `${key}?`, kind: 'text' as const, defaultNext })
const identity = { key: 'who', text: 'Who is calling?', kind: 'identity' as const, options: [{ value: 'callback-known-number', label: 'Called back' }] }

describe('a question flow in a knowledge pack', () => {
  it('accepts a flow with branches, a default and an end, and puts a question in the explore phase unless it says otherwise', () => {
    const parsed = questionFlowSchema.parse(flow([yesNo('a', { yes: 'c', no: 'b' }), text('b', 'end'), text('c'), { ...text('d'), phase: 'act' }]))
    expect(parsed.questions.map((q) => q.phase)).toEqual(['explore', 'explore', 'explore', 'act'])
  })

  it('names the question and the answer whose next leads nowhere', () => {
    expect(issues(flow([text('a'), yesNo('b', { yes: 'c', no: 'gone' }), text('c')]))).toEqual([
      'questions.1.next.no: leads to question "gone", which this flow does not have',
    ])
    expect(issues(flow([text('a', 'nowhere'), text('b')]))).toEqual(['questions.0.defaultNext: leads to question "nowhere", which this flow does not have'])
  })

  it('refuses a loop, naming the link that closes it and the questions in it', () => {
    expect(issues(flow([text('a'), yesNo('b', { yes: 'c', no: 'end' }), text('c', 'b')]))).toEqual([
      'questions.2.defaultNext: leads back to "b", so the questions go round in a circle: b → c → b',
    ])
    expect(issues(flow([yesNo('a', { yes: 'a' })]))).toEqual(['questions.0.next.yes: leads back to "a", so the questions go round in a circle: a → a'])
  })

  it('allows a jump back to an earlier question when it does not come round again', () => {
    expect(issues(flow([yesNo('a', { yes: 'c', no: 'b' }), text('b', 'end'), text('c', 'b')]))).toEqual([])
  })

  it('refuses a question no answer leads to', () => {
    expect(issues(flow([yesNo('a', { yes: 'c', no: 'c' }), text('b'), text('c')]))).toEqual([
      'questions.1: "b" cannot be reached: no answer from the first question "a" on leads to it',
    ])
    // After "end" the list does not carry on.
    expect(issues(flow([text('a', 'end'), text('b')]))).toHaveLength(1)
  })

  it('makes the password and access flows begin by verifying the caller', () => {
    const message = 'must begin by verifying the caller\'s identity (a question of kind "identity")'
    expect(issues(flow([text('a')], 'password-account'))).toEqual([`questions.0.kind: the password-account flow ${message}`])
    expect(issues(flow([text('a'), identity], 'access-request'))).toEqual([`questions.0.kind: the access-request flow ${message}`])
    expect(issues(flow([identity, text('a')], 'password-account'))).toEqual([])
  })

  it('checks answers against the kind of question', () => {
    expect(issues(flow([yesNo('a', { ja: 'end' })]))).toEqual(['questions.0.next.ja: "ja" is not an answer to this question: expected "yes" or "no"'])
    const choice = { key: 'c', text: 'Which?', kind: 'choice' as const, options: [{ value: 'x', label: 'X' }, { value: 'y', label: 'Y' }] }
    expect(issues(flow([{ ...choice, next: { z: 'end' } }]))).toEqual(['questions.0.next.z: "z" is not an answer to this question: expected one of the options ("x", "y")'])
    expect(issues(flow([{ ...choice, options: [{ value: 'x', label: 'X' }] }]))).toEqual(['questions.0.options: a choice question needs at least two options'])
    expect(issues(flow([{ ...choice, options: [{ value: 'x', label: 'X' }, { value: 'x', label: 'Also X' }] }]))).toEqual(['questions.0.options.1.value: option "x" appears twice'])
    expect(issues(flow([{ key: 'who', text: 'Who?', kind: 'identity' }], 'password-account'))).toEqual([
      'questions.0.options: an identity question needs the verification methods as options',
    ])
    expect(issues(flow([{ ...yesNo('a'), options: [{ value: 'x', label: 'X' }] }]))).toEqual(['questions.0.options: a yes-no question has no options'])
    expect(issues(flow([{ ...text('a'), next: { anything: 'end' } }]))).toEqual(['questions.0.next.anything: a text question cannot branch on its answer: use defaultNext'])
  })

  it('refuses a question key used twice or the reserved key "end"', () => {
    expect(issues(flow([text('a'), text('a')]))).toEqual(['questions.1.key: question "a" appears twice (also question 0)'])
    expect(issues(flow([text('a'), text('end')]))).toEqual(['questions.1.key: "end" is reserved: it ends the flow'])
  })

  it('refuses two flows with the same key or for the same category in one pack', () => {
    const one = flow([text('a')])
    const result = questionFlowsSchema.safeParse([one, { ...one, category: 'email' }, { ...one, key: 'other' }])
    expect(result.success).toBe(false)
    if (!result.success) {
      expect(issuesFromZod(result.error).map((i) => `${i.field}: ${i.message}`)).toEqual([
        '1.key: flow "test" appears twice (also flow 0)',
        '2.category: category "printer" already has flow "test"',
      ])
    }
  })
})

describe('the flows of the demo packs (Dutch and English)', () => {
  const nl = flowsIn('nl')
  const en = flowsIn('en')
  /** Everything but the words: keys, kinds, phases, option values, links, and whether there is a hint. */
  const structure = (flows: QuestionFlow[]) =>
    flows.map((f) => ({
      key: f.key,
      category: f.category,
      questions: f.questions.map((q) => ({ ...q, text: undefined, hint: q.hint !== undefined, options: q.options?.map((o) => o.value) })),
    }))

  it('validate, with one flow per category', () => {
    expect(nl.map((f) => f.category).sort()).toEqual([...flowCategories].sort())
  })

  it('are the same flows in both languages, translated', () => {
    expect(structure(en)).toEqual(structure(nl))
    const words = (flows: QuestionFlow[]) => flows.flatMap((f) => [f.title, ...f.questions.flatMap((q) => [q.text, q.hint, ...(q.options ?? []).map((o) => o.label)])])
    const same = words(nl).filter((w, i) => w !== undefined && w === words(en)[i])
    expect(same.every((w) => ['Printer', 'Hardware', 'E-mail', 'Laptop'].includes(w!))).toBe(true)
  })

  it('start the password and access flows with an identity check that records the method, and can stop there', () => {
    for (const f of nl.filter((x) => x.category === 'password-account' || x.category === 'access-request')) {
      const first = f.questions[0]!
      expect(first.kind).toBe('identity')
      expect(first.options?.map((o) => o.value)).toEqual(expect.arrayContaining(['callback-known-number', 'manager-confirmation', 'in-person-id', 'mfa-prompt']))
      expect(first.next?.['not-verified']).toBe('end')
    }
  })
})

describe('the phases of a call and their prompt cards', () => {
  it('go in order from open to close', () => {
    expect(phaseIds[0]).toBe('open')
    expect(nextPhase('open')).toBe('listen')
    expect(nextPhase('check-back')).toBe('act')
    expect(nextPhase('close')).toBeUndefined()
  })

  it('have a card for every phase and situation in both languages, with what to do and what to avoid', () => {
    for (const language of ['nl', 'en'] as const) {
      const cards = promptCards(language)
      for (const card of [...phaseIds.map((id) => cards.phases[id]), ...situationIds.map((id) => cards.situations[id])]) {
        expect(card.title).not.toBe('')
        expect(card.do.length).toBeGreaterThanOrEqual(3)
        expect(card.avoid.length).toBeGreaterThanOrEqual(3)
        for (const line of [...card.do, ...card.avoid]) expect(line).not.toMatch(/[{}|]/)
      }
    }
  })

  it('fill in the names and, in Dutch, the organisation’s form of address', () => {
    const formal = promptCards('nl', { agentName: 'Sanne', servicedeskName: 'Servicedesk Zuiderhaven' })
    expect(formal.phases.open.do[0]).toContain('‘Goedemorgen, Servicedesk Zuiderhaven, u spreekt met Sanne.’')
    expect(formal.phases.open.avoid[0]).toContain('‘Ja?’')
    expect(formal.phases.expectation.avoid[0]).toBe('‘We gaan ermee aan de slag’')
    const informal = promptCards('nl', { agentName: 'Sanne', formOfAddress: 'informal' })
    expect(informal.phases.acknowledge.do[0]).toContain('‘Vervelend dat je net vandaag niet kunt printen.’')
    expect(informal.phases.open.do[0]).toContain('Servicedesk, je spreekt met Sanne')
    expect(promptCards('en', { agentName: 'Sam' }).phases.open.do[0]).toContain('this is Sam')
    expect(promptCards('nl').situations['abusive-caller'].do.join(' ')).toMatch(/Waarschuw één keer.*teamleider/)
  })
})
