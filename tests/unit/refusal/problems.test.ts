import { describe, expect, it } from 'vitest'
import { compose } from '../../../src/shared/refusal/compose'
import { emptyParts, type RefusalParts } from '../../../src/shared/refusal/parts'
import { defaultInvitation } from '../../../src/shared/refusal/phrases'
import { problems } from '../../../src/shared/refusal/problems'
import { shippedChecker } from './support'

const checker = shippedChecker()
const options = { agentName: 'Sanne de Vries', now: new Date('2026-11-27T10:00:00Z'), timeZone: 'Europe/Amsterdam' }

const dutch: RefusalParts = {
  request: 'een tweede beeldscherm',
  goal: 'twee documenten naast elkaar te lezen',
  decision: { kind: 'no', condition: '' },
  reason: 'Er zijn dit jaar geen extra schermen meer in het budget. Zo kan iedereen eerst een goed eerste scherm krijgen.',
  rule: { statement: 'Elke werkplek krijgt één beeldscherm.', owner: 'Hoofd Facilitaire Zaken' },
  alternatives: [{ what: 'Leen een scherm uit de uitleenkast op de tweede verdieping.', how: 'Vraag de sleutel bij de balie.', howLong: 'een paar minuten' }],
  noAlternative: { none: false, why: '' },
  exception: { who: 'uw leidinggevende', needs: 'Een korte uitleg waarom u het scherm elke dag nodig heeft.', howLong: 'ongeveer een week' },
  nextStep: { who: 'ik', what: 'stuur u het formulier voor een uitzondering', date: '2026-12-01', time: '12:00' },
  invitation: defaultInvitation('nl', 'formal'),
}
const english: RefusalParts = {
  ...dutch,
  request: 'a second screen',
  goal: 'read two documents side by side',
  reason: 'There is no money left this year for extra screens. This way everyone gets a good first screen.',
  rule: { statement: 'Every desk gets one screen.', owner: 'Head of Facilities' },
  alternatives: [{ what: 'Borrow a screen from the lending cupboard on the second floor.', how: 'Ask for the key at the front desk.', howLong: 'a few minutes' }],
  exception: { who: 'your manager', needs: 'A short note on why you need the screen every day.', howLong: 'about a week' },
  nextStep: { who: 'I', what: 'will send you the form for an exception', date: '2026-12-01', time: '' },
  invitation: defaultInvitation('en', 'formal'),
}

const find = (parts: RefusalParts, language: 'nl' | 'en', form: 'formal' | 'informal' = 'formal') =>
  problems(parts, compose(parts, language, form, options), (text) => checker.check(text, language))

describe('what blocks saving a refusal as final', () => {
  it('nothing, for a complete refusal in Dutch (u and je) and English', () => {
    expect(find(dutch, 'nl')).toEqual([])
    expect(find({ ...dutch, invitation: defaultInvitation('nl', 'informal') }, 'nl', 'informal')).toEqual([])
    expect(find(english, 'en')).toEqual([])
  })

  it('names every missing part, and a next step without a date', () => {
    const found = find({ ...emptyParts(), invitation: '' }, 'en')
    expect(found.filter((p) => p.kind === 'missing').map((p) => p.field)).toEqual([
      'request',
      'goal',
      'reason',
      'rule.statement',
      'rule.owner',
      'alternatives',
      'exception.who',
      'exception.needs',
      'exception.howLong',
      'nextStep.who',
      'nextStep.what',
      'invitation',
    ])
    expect(new Set(found.map((p) => p.part))).toEqual(new Set(['request', 'reason', 'rule', 'alternatives', 'exception', 'nextStep', 'invitation']))
    expect(found).toContainEqual({ kind: 'no-date', part: 'nextStep', field: 'nextStep.date' })
    expect(find({ ...english, nextStep: { ...english.nextStep, date: '' } }, 'en')).toEqual([{ kind: 'no-date', part: 'nextStep', field: 'nextStep.date' }])
  })

  it('asks for the condition of no-unless, yes-if and not-now', () => {
    for (const kind of ['no-unless', 'yes-if', 'not-now'] as const) {
      expect(find({ ...dutch, decision: { kind, condition: '' } }, 'nl')).toEqual([{ kind: 'missing', part: 'decision', field: 'decision.condition' }])
    }
    expect(find({ ...dutch, decision: { kind: 'yes-if', condition: 'uw leidinggevende akkoord geeft' } }, 'nl')).toEqual([])
  })

  it('wants an alternative with how and how long, or an explicit none with why', () => {
    const onlyWhat = { ...english, alternatives: [{ what: english.alternatives[0]!.what, how: '', howLong: '' }] }
    expect(find(onlyWhat, 'en').map((p) => p.field)).toEqual(['alternatives.0.how', 'alternatives.0.howLong'])
    expect(find({ ...english, alternatives: [] }, 'en')).toEqual([{ kind: 'missing', part: 'alternatives', field: 'alternatives' }])
    expect(find({ ...english, alternatives: [], noAlternative: { none: true, why: '' } }, 'en')).toEqual([{ kind: 'missing', part: 'alternatives', field: 'noAlternative.why' }])
    expect(find({ ...english, alternatives: [], noAlternative: { none: true, why: 'The law does not allow it.' } }, 'en')).toEqual([])
  })

  it('catches a vague promise at the part that holds it', () => {
    const vagueNl = find({ ...dutch, nextStep: { ...dutch.nextStep, what: 'neem zo snel mogelijk contact met u op' } }, 'nl')
    expect(vagueNl).toEqual([expect.objectContaining({ kind: 'vague', part: 'nextStep', field: 'nextStep.what' })])
    const vagueEn = find({ ...english, exception: { ...english.exception, howLong: 'asap' } }, 'en')
    expect(vagueEn).toEqual([expect.objectContaining({ kind: 'vague', part: 'exception', field: 'exception.howLong' })])
  })

  it('refuses "because it is policy" as the reason', () => {
    expect(find({ ...dutch, reason: 'Dat is beleid.' }, 'nl')).toEqual([expect.objectContaining({ kind: 'policy-reason', field: 'reason' })])
    expect(find({ ...english, reason: 'Because it is policy.' }, 'en')).toEqual([expect.objectContaining({ kind: 'policy-reason', field: 'reason' })])
    expect(find({ ...english, reason: 'Rules are rules.' }, 'en')).toEqual([expect.objectContaining({ kind: 'policy-reason', field: 'reason' })])
  })
})
