import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { readLexiconFile } from '../../../src/main/services/jargon'
import { emptyDraft, type CallDraft } from '../../../src/shared/call/record'
import { createChecker } from '../../../src/shared/language/check'
import { checkKeys, scenarioSchema, scorePractice, type PracticeTranscript } from '../../../src/shared/onboarding/scenario'
import { emptyParts } from '../../../src/shared/refusal/parts'
import { packsFolder } from '../support/paths'

const checker = createChecker({ lexicon: readLexiconFile(join(packsFolder, '..', 'lexicon', 'it-jargon.json')) })

// A controller asks for administrator rights to install a tool: the request must be refused well.
const scenario = scenarioSchema.parse({
  key: 'admin-rights-controller',
  title: 'Beheerrechten voor een rapportagetool',
  briefing: 'Een controller van Financiën belt met een verzoek.',
  caller: 'henk-visser',
  lines: [
    { phase: 'open', text: 'Met Henk Visser van Financiën. Ik wil zelf een programma installeren.' },
    { phase: 'explore', text: 'Het is een tool om rapportages uit Finix te halen.', answers: 'which-resource' },
  ],
  expect: {
    department: 'finance',
    category: 'access-request',
    questions: ['verify-identity', 'access-to', 'which-resource', 'rights'],
    priorities: ['P3', 'P4'],
    outcome: 'refused',
    rule: 'admin-rights',
  },
})
const ids = { personId: 'person-henk', departmentId: 'dept-finance', applicationId: null }

function perfect(): PracticeTranscript {
  const draft: CallDraft = {
    ...emptyDraft(),
    caller: { ...emptyDraft().caller, personId: 'person-henk', name: 'Henk Visser' },
    departmentId: 'dept-finance',
    category: 'access-request',
    readBack: { text: 'U wilt zelf een programma op uw laptop zetten om rapportages uit Finix te maken. Klopt dat?', state: 'confirmed', correction: '', at: '2026-11-27T09:05:00.000Z' },
    priority: { suggested: 'P4', reason: 'Eén persoon, kan wachten.', chosen: 'P4', overrideReason: '' },
    outcome: { ...emptyDraft().outcome, kind: 'refused', notes: 'Beheerrechten geweigerd; Softwarecentrum en aanvraag via het portaal uitgelegd.' },
    promise: {
      ...emptyDraft().promise,
      nextStep: 'handed-over',
      dueAt: '2026-12-01T16:00:00.000Z',
      text: 'Ik zet de aanvraag vandaag door; u hoort uiterlijk dinsdag 1 december om 17:00 of het programma voor u wordt geïnstalleerd.',
    },
  }
  const parts = emptyParts()
  return {
    draft,
    questionOrder: ['verify-identity', 'access-to', 'which-resource', 'for-whom', 'rights'],
    refusal: {
      status: 'final',
      parts: {
        ...parts,
        alternatives: [{ what: 'Het Softwarecentrum', how: 'Zoek het programma op en klik op installeren', howLong: 'direct' }],
        exception: { who: 'Hoofd Beveiliging', needs: 'Een verzoek van uw teamleider', howLong: 'vijf werkdagen' },
        nextStep: { who: 'Ik', what: 'zet de aanvraag door', date: '2026-12-01', time: '17:00' },
      },
      spoken: 'Zelf programma’s installeren kan niet, omdat één verkeerde klik de hele laptop kan overnemen. Wel kunt u het programma aanvragen.',
    },
    language: 'nl',
  }
}

describe('scoring a practice call', () => {
  it('gives a perfect call 100 with every check named as a strength', () => {
    const result = scorePractice(scenario, ids, perfect(), checker)
    expect(result.improvements).toEqual([])
    expect(result.score).toBe(100)
    // Every check of the list, in its order.
    expect(result.strengths.map((s) => s.key)).toEqual([...checkKeys])
  })

  it('names what to do differently on a poor call, each with something to read', () => {
    const poor = perfect()
    poor.draft = {
      ...poor.draft,
      caller: { ...poor.draft.caller, personId: null },
      departmentId: null,
      readBack: null,
      priority: { suggested: 'P4', reason: '', chosen: 'P1', overrideReason: 'klant boos' },
      promise: { ...poor.draft.promise, dueAt: null, text: 'We gaan ermee aan de slag via de VPN.' },
    }
    poor.questionOrder = ['rights', 'which-resource']
    poor.refusal = { ...poor.refusal!, status: 'draft', parts: { ...poor.refusal!.parts, alternatives: [], nextStep: { who: 'Ik', what: 'kijk ernaar', date: '', time: '' } } }
    const result = scorePractice(scenario, ids, poor, checker)
    const improve = Object.fromEntries(result.improvements.map((i) => [i.key, i]))
    expect(Object.keys(improve).sort()).toEqual(['caller-identified', 'department-context', 'plain-language', 'priority', 'promise', 'questions', 'read-back', 'refusal'])
    expect(result.strengths.map((s) => s.key)).toEqual(['outcome'])
    expect(result.score).toBe(11)
    expect(improve['questions']!.params).toEqual({ missing: '2', ordered: 'false' })
    expect(improve['priority']!.params).toEqual({ chosen: 'P1', expected: 'P3/P4' })
    expect(improve['plain-language']!.params.words).toBe('VPN')
    expect(improve['plain-language']!.card).toEqual({ kind: 'jargon', key: 'VPN' })
    expect(improve['refusal']!.card).toEqual({ kind: 'rule', key: 'admin-rights' })
    expect(improve['department-context']!.card).toEqual({ kind: 'department', key: 'finance' })
  })

  it('does not ask for a promise or a refusal on a call the scenario expects to be resolved', () => {
    const resolved = scenarioSchema.parse({ ...scenario, expect: { ...scenario.expect, outcome: 'resolved', rule: undefined } })
    const transcript = perfect()
    transcript.draft = { ...transcript.draft, outcome: { ...transcript.draft.outcome, kind: 'resolved' }, promise: { ...transcript.draft.promise, text: '', dueAt: null } }
    const keys = scorePractice(resolved, ids, transcript, checker).strengths.map((s) => s.key)
    expect(keys).not.toContain('promise')
    expect(keys).not.toContain('refusal')
  })

  it('refuses a scenario whose lines are missing, naming the field', () => {
    const parsed = scenarioSchema.safeParse({ ...scenario, lines: [] })
    expect(parsed.success).toBe(false)
    expect(parsed.error!.issues[0]!.path).toEqual(['lines'])
  })
})
