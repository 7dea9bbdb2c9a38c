import { describe, expect, it } from 'vitest'
import { compose } from '../../../src/shared/refusal/compose'
import { spokenDate } from '../../../src/shared/refusal/dates'
import { emptyParts, partNames, type RefusalParts } from '../../../src/shared/refusal/parts'
import { defaultInvitation } from '../../../src/shared/refusal/phrases'
import { prefill, type RuleTexts } from '../../../src/shared/refusal/prefill'

const ruleNl: RuleTexts = {
  statement: 'Medewerkers krijgen geen beheerdersrechten op hun laptop.',
  reason: 'Met beheerdersrechten kan één verkeerde klik de hele laptop overnemen. Zonder die rechten blijft een fout beperkt tot uw eigen bestanden.',
  ownerRole: 'Informatiebeveiliger',
  exceptionPath: 'Uw teamleider vraagt het aan via het selfserviceportaal.',
  alternatives: ['Programma’s uit het Softwarecentrum installeren zichzelf.', 'Werkplekbeheer doet het op afstand voor u.'],
}
const ruleEn: RuleTexts = {
  statement: 'Employees do not get administrator rights on their laptop.',
  reason: 'With administrator rights, one wrong click can take over the whole laptop. Without them a mistake stays limited to your own files.',
  ownerRole: 'Information security officer',
  exceptionPath: 'Your team leader asks for it through the self-service portal.',
  alternatives: ['Programs from the Software Centre install themselves.'],
}
const options = { agentName: 'Sanne de Vries', now: new Date('2026-11-27T10:00:00Z'), timeZone: 'Europe/Amsterdam' }

function complete(parts: RefusalParts, language: 'nl' | 'en', form: 'formal' | 'informal'): RefusalParts {
  const nl = language === 'nl'
  return {
    ...parts,
    request: nl ? 'beheerdersrechten op uw laptop' : 'administrator rights on your laptop',
    goal: nl ? 'een meetapparaat aan te sluiten' : 'connect a measuring device',
    alternatives: parts.alternatives.map((a, i) => (i === 0 ? { ...a, how: nl ? 'Open het Softwarecentrum.' : 'Open the Software Centre.', howLong: nl ? 'een paar minuten' : 'a few minutes' } : a)),
    exception: { ...parts.exception, howLong: nl ? 'meestal twee werkdagen' : 'usually two working days' },
    nextStep: { who: nl ? 'ik' : 'I', what: nl ? 'stuur de aanvraag naar uw teamleider' : 'will send the request to your team leader', date: '2026-12-01', time: '' },
    invitation: defaultInvitation(language, form),
  }
}

const sentences = (text: string) => text.split(/(?<=[.!?])\s+/).filter(Boolean)

describe('prefill', () => {
  it('fills the reason, rule, owner, alternatives and exception path from the rule in its own language', () => {
    const { parts, notices } = prefill(ruleNl, 'nl', 'nl')
    expect(notices).toEqual([])
    expect(parts.reason).toBe(ruleNl.reason)
    expect(parts.rule).toEqual({ statement: ruleNl.statement, owner: 'Informatiebeveiliger' })
    expect(parts.alternatives.map((a) => a.what)).toEqual(ruleNl.alternatives)
    expect(parts.alternatives.every((a) => a.how === '' && a.howLong === '')).toBe(true)
    expect(parts.exception).toMatchObject({ who: 'Informatiebeveiliger', needs: ruleNl.exceptionPath })
  })

  it('copies nothing for a caller in another language and marks every stored text for the agent to write', () => {
    const { parts, notices } = prefill(ruleNl, 'en', 'nl')
    expect(parts.reason).toBe('')
    expect(parts.rule.statement).toBe('')
    expect(parts.alternatives).toEqual([])
    expect(notices.map((n) => n.field)).toEqual(['reason', 'rule.statement', 'rule.owner', 'alternatives', 'exception.who', 'exception.needs'])
    expect(notices.every((n) => n.why === 'other-language' && n.stored !== '')).toBe(true)
    expect(notices.find((n) => n.field === 'reason')?.stored).toBe(ruleNl.reason)
  })

  it('says which fields the rule has nothing for', () => {
    const { notices } = prefill({ ...ruleEn, alternatives: [], exceptionPath: '' }, 'en', 'en')
    expect(notices).toEqual([
      { field: 'alternatives', stored: '', why: 'empty' },
      { field: 'exception.needs', stored: '', why: 'empty' },
    ])
  })

  it('keeps what the agent already wrote for the request, the next step and the invitation', () => {
    const base = { ...emptyParts(), request: 'een USB-stick', invitation: 'Bel me gerust.' }
    const { parts } = prefill(ruleNl, 'nl', 'nl', base)
    expect(parts.request).toBe('een USB-stick')
    expect(parts.invitation).toBe('Bel me gerust.')
  })
})

describe('compose', () => {
  it('writes Dutch with "u": greeting, the eight parts as paragraphs, and a closing with the agent’s name', () => {
    const parts = complete(prefill(ruleNl, 'nl', 'nl').parts, 'nl', 'formal')
    const { written, spoken, parts: present } = compose(parts, 'nl', 'formal', options)
    expect(present).toEqual([...partNames])
    const paragraphs = written.split('\n\n')
    expect(paragraphs[0]).toBe('Beste collega,')
    expect(paragraphs.at(-1)).toBe('Met vriendelijke groet,\nSanne de Vries')
    expect(written).toContain('U vroeg om beheerdersrechten op uw laptop. U heeft dat nodig om een meetapparaat aan te sluiten.')
    expect(written).toContain('Daar moet ik helaas nee op zeggen.')
    expect(written).toContain('Waarom is dat zo? Met beheerdersrechten')
    expect(written).toContain('De eigenaar van deze regel is: Informatiebeveiliger.')
    expect(written).toContain('Wat u wel kunt doen:\n- Programma’s uit het Softwarecentrum installeren zichzelf. Open het Softwarecentrum. Dat duurt een paar minuten.')
    expect(written).toContain('Wilt u toch een uitzondering? Daarover beslist: Informatiebeveiliger.')
    expect(written).toContain('Ik stuur de aanvraag naar uw teamleider, uiterlijk dinsdag 1 december.')
    expect(written).toContain('Laat het me gerust weten als u vragen heeft of het anders ziet.')
    expect(written).not.toMatch(/\bje\b|\bjij\b/)
    expect(sentences(spoken).length).toBeGreaterThanOrEqual(3)
    expect(sentences(spoken).length).toBeLessThanOrEqual(6)
    expect(spoken).toMatch(/^U vroeg om beheerdersrechten op uw laptop, om een meetapparaat aan te sluiten\. Daar moet ik helaas nee op zeggen\./)
  })

  it('writes Dutch with "je" when the organisation uses the informal form', () => {
    const parts = complete(prefill(ruleNl, 'nl', 'nl').parts, 'nl', 'informal')
    const { written, spoken } = compose(parts, 'nl', 'informal', options)
    expect(written).toContain('Je vroeg om')
    expect(written).toContain('Je hebt dat nodig om')
    expect(written).toContain('Wat je wel kunt doen:')
    expect(written).toContain('Wil je toch een uitzondering?')
    expect(written).toContain('Laat het me gerust weten als je vragen hebt of het anders ziet.')
    expect(written).not.toMatch(/\bU vroeg|\bWilt u\b|Wat u wel/)
    expect(spoken).toMatch(/^Je vroeg om/)
  })

  it('writes English with its date said as people say it, and a spoken version of at most six sentences', () => {
    const parts = complete(prefill(ruleEn, 'en', 'en').parts, 'en', 'formal')
    const { written, spoken, parts: present } = compose({ ...parts, nextStep: { ...parts.nextStep, time: '14:30' } }, 'en', 'formal', options)
    expect(present).toHaveLength(8)
    expect(written.startsWith('Dear colleague,\n\nYou asked for administrator rights on your laptop. You need this to connect a measuring device.')).toBe(true)
    expect(written).toContain('I am sorry, but the answer is no.')
    expect(written).toContain('I will send the request to your team leader by Tuesday 1 December at 14:30.')
    expect(written.endsWith('Kind regards,\nSanne de Vries')).toBe(true)
    expect(sentences(spoken).length).toBeLessThanOrEqual(6)
    expect(spoken).toContain('What you can do instead: Programs from the Software Centre install themselves.')
  })

  it('words each decision with its condition', () => {
    const base = { ...emptyParts(), request: 'a second screen' }
    const say = (kind: RefusalParts['decision']['kind'], condition: string, language: 'nl' | 'en') =>
      compose({ ...base, decision: { kind, condition } }, language, 'formal', options).written.split('\n\n')[2]
    expect(say('no-unless', 'your manager approves it.', 'en')).toBe('The answer is no, unless your manager approves it.')
    expect(say('yes-if', 'your manager approves it', 'en')).toBe('Yes, that is possible if your manager approves it.')
    expect(say('not-now', 'from January, when the new screens arrive', 'en')).toBe('Not right now, but it can be done from January, when the new screens arrive.')
    expect(say('yes-if', 'uw leidinggevende akkoord geeft', 'nl')).toBe('Dat kan, als uw leidinggevende akkoord geeft.')
    expect(say('not-now', 'vanaf januari', 'nl')).toBe('Op dit moment nog niet, wel vanaf januari.')
  })

  it('states plainly that there is no alternative, with why', () => {
    const parts = { ...emptyParts(), noAlternative: { none: true, why: 'de wet staat het niet toe' } }
    const { written } = compose(parts, 'nl', 'formal', options)
    expect(written).toContain('Ik heb helaas geen andere oplossing voor u. De wet staat het niet toe.')
  })

  it('leaves out what is still empty', () => {
    const { written, parts } = compose({ ...emptyParts(), request: 'a USB stick' }, 'en', 'formal', options)
    expect(parts).toEqual(['request', 'decision'])
    expect(written).not.toContain('What happens next?')
  })
})

describe('dates', () => {
  it('says a date as people do, with the year only when it is not this year on the organisation’s clock', () => {
    const now = new Date('2026-12-31T23:30:00Z') // already 2027 in Amsterdam
    expect(spokenDate('2027-01-05', '', 'nl', now, 'Europe/Amsterdam')).toBe('dinsdag 5 januari')
    expect(spokenDate('2027-01-05', '09:00', 'en', now, 'Europe/Amsterdam')).toBe('Tuesday 5 January at 09:00')
    expect(spokenDate('2026-12-03', '14:00', 'nl', options.now, 'Europe/Amsterdam')).toBe('donderdag 3 december om 14.00 uur')
    expect(spokenDate('2027-12-03', '', 'en', options.now, 'Europe/Amsterdam')).toBe('Friday 3 December 2027')
  })
})
