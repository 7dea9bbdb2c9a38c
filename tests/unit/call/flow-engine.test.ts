import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import {
  answeredQuestions,
  askedPath,
  currentQuestion,
  identityMethod,
  isComplete,
  relevantAnswers,
  walkFlow,
  type Answers,
} from '../../../src/shared/call/flow-engine'
import { questionFlowSchema, questionFlowsSchema, type QuestionFlow } from '../../../src/shared/call/flow-schema'
import { packsFolder } from '../support/paths'

// The flows of the Dutch demo pack: what a new console shows.
const flows = questionFlowsSchema.parse(JSON.parse(readFileSync(join(packsFolder, 'demo.nl.json'), 'utf8')).flows)
const byCategory = (category: string): QuestionFlow => flows.find((f) => f.category === category)!
const printer = byCategory('printer')
const password = byCategory('password-account')
const keys = (flow: QuestionFlow, answers: Answers): string[] => askedPath(flow, answers).map((q) => q.key)

describe('walking the printer flow', () => {
  it('asks the first question first, and nothing after it until it is answered', () => {
    expect(keys(printer, {})).toEqual(['which-printer'])
    expect(currentQuestion(printer, {})?.text).toBe('Welke printer is het, en op welke verdieping?')
    expect(keys(printer, { 'which-printer': 'P-2.14, tweede verdieping' })).toEqual(['which-printer', 'others-can-print'])
    expect(isComplete(printer, { 'which-printer': 'P-2.14' })).toBe(false)
  })

  it('follows a yes/no answer down its branch', () => {
    const base = { 'which-printer': 'P-2.14' }
    expect(currentQuestion(printer, { ...base, 'others-can-print': 'yes' })?.text).toBe('Krijgt u een foutmelding op uw eigen scherm?')
    expect(currentQuestion(printer, { ...base, 'others-can-print': 'no' })?.text).toBe(
      'Brandt er een lampje of staat er een melding op het scherm van de printer?',
    )
  })

  it('follows a choice to its own question, or to the default for the other options', () => {
    const base = { 'which-printer': 'P-2.14', 'others-can-print': 'no' }
    expect(currentQuestion(printer, { ...base, 'printer-display': 'error-code' })?.key).toBe('error-code-text')
    expect(currentQuestion(printer, { ...base, 'printer-display': 'display-off' })?.key).toBe('power-light')
    expect(currentQuestion(printer, { ...base, 'printer-display': 'paper-jam' })?.key).toBe('since-when')
  })

  it('goes on to the next question in the list when a question has no link of its own', () => {
    const answers = { 'which-printer': 'P-2.14', 'others-can-print': 'no', 'printer-display': 'display-off', 'power-light': 'yes' }
    expect(keys(printer, answers)).toEqual(['which-printer', 'others-can-print', 'printer-display', 'power-light', 'since-when'])
  })

  it('ends where an answer leads to the end, and after the last question', () => {
    const supplies = { 'which-printer': 'P-2.14', 'others-can-print': 'no', 'printer-display': 'supplies' }
    expect(isComplete(printer, supplies)).toBe(true)
    expect(currentQuestion(printer, supplies)).toBeUndefined()
    expect(keys(printer, supplies)).toEqual(['which-printer', 'others-can-print', 'printer-display'])
    const all = { 'which-printer': 'P-2.14', 'others-can-print': 'no', 'printer-display': 'paper-jam', 'since-when': 'vanochtend', 'urgent-print': 'no' }
    expect(walkFlow(printer, all)).toMatchObject({ complete: true, current: undefined })
  })

  it('drops the answers off the path when an earlier answer changes', () => {
    const before = {
      'which-printer': 'P-2.14',
      'others-can-print': 'yes',
      'error-on-screen': 'yes',
      'error-text': 'Printer offline',
      'since-when': 'vanochtend',
    }
    expect(isComplete(printer, before)).toBe(false)
    expect(currentQuestion(printer, before)?.key).toBe('urgent-print')
    const changed = { ...before, 'others-can-print': 'no' }
    expect(keys(printer, changed)).toEqual(['which-printer', 'others-can-print', 'printer-display'])
    expect(relevantAnswers(printer, changed)).toEqual({ 'which-printer': 'P-2.14', 'others-can-print': 'no' })
  })

  it('asks again a question whose answer is not one it accepts', () => {
    const answers = { 'which-printer': 'P-2.14', 'others-can-print': 'misschien' }
    expect(currentQuestion(printer, answers)?.key).toBe('others-can-print')
    expect(relevantAnswers(printer, answers)).toEqual({ 'which-printer': 'P-2.14' })
  })

  it('counts a text question marked answered without notes as answered', () => {
    expect(currentQuestion(printer, { 'which-printer': '' })?.key).toBe('others-can-print')
  })
})

describe('the identity check', () => {
  it('records the method used to verify the caller', () => {
    expect(identityMethod(password, {})).toBeUndefined()
    expect(identityMethod(password, { 'verify-identity': 'callback-known-number' })).toBe('callback-known-number')
    expect(currentQuestion(password, { 'verify-identity': 'callback-known-number' })?.key).toBe('problem')
    expect(identityMethod(printer, { 'which-printer': 'P-2.14' })).toBeUndefined()
  })

  it('ends the flow when the caller could not be verified', () => {
    const answers = { 'verify-identity': 'not-verified', problem: 'forgotten' }
    expect(isComplete(password, answers)).toBe(true)
    expect(identityMethod(password, answers)).toBe('not-verified')
    expect(relevantAnswers(password, answers)).toEqual({ 'verify-identity': 'not-verified' })
  })
})

describe('the answers for the call record', () => {
  it('lists the answered questions on the path in order, with the words as asked and the option labels', () => {
    const answers = { 'verify-identity': 'manager-confirmation', problem: 'locked', 'locked-before': 'no', 'self-service-tried': 'yes' }
    expect(answeredQuestions(password, answers)).toEqual([
      {
        key: 'verify-identity',
        question: 'Stel vast wie er belt: hoe is de identiteit gecontroleerd?',
        kind: 'identity',
        phase: 'explore',
        answer: 'manager-confirmation',
        label: 'Eigen teamleider heeft bevestigd wie het is (Teams of ter plaatse)',
      },
      { key: 'problem', question: 'Wat lukt er niet?', kind: 'choice', phase: 'explore', answer: 'locked', label: 'Account geblokkeerd' },
      { key: 'locked-before', question: 'Is uw account vandaag al eerder geblokkeerd geraakt?', kind: 'yes-no', phase: 'explore', answer: 'no' },
    ])
  })
})

describe('a flow that was never validated', () => {
  it('stops at a loop or a missing question instead of running on', () => {
    const loop = questionFlowSchema.parse({ key: 'x', category: 'other', title: 'X', questions: [{ key: 'a', text: 'A?', kind: 'text' }] })
    const broken: QuestionFlow = { ...loop, questions: [{ ...loop.questions[0]!, defaultNext: 'a' }] }
    expect(walkFlow(broken, { a: 'x' })).toMatchObject({ complete: true })
    const dangling: QuestionFlow = { ...loop, questions: [{ ...loop.questions[0]!, defaultNext: 'gone' }] }
    expect(keys(dangling, { a: 'x' })).toEqual(['a'])
    expect(walkFlow({ ...loop, questions: [] }, {})).toEqual({ asked: [], current: undefined, complete: true })
  })
})
