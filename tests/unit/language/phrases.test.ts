import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { applyFix, createChecker, type TextIssue } from '../../../src/shared/language/check'
import { jargonLexiconSchema } from '../../../src/shared/language/lexicon'

const lexicon = jargonLexiconSchema.parse(JSON.parse(readFileSync(join(__dirname, '../../../resources/lexicon/it-jargon.json'), 'utf8')))
const checker = createChecker({ lexicon })
const issues = (text: string, language: 'nl' | 'en'): TextIssue[] => checker.check(text, language).issues
const kinds = (text: string, language: 'nl' | 'en'): Array<[TextIssue['kind'], string]> => issues(text, language).map((i) => [i.kind, i.text])

describe('plain sentences', () => {
  const dutch = [
    'Goedemorgen, u spreekt met Sanne van de servicedesk.',
    'Ik bel u morgen vóór 12:00 terug.',
    'Uw laptop start weer gewoon op.',
    'Kunt u de stekker van de printer even uit het stopcontact halen?',
    'Het wachtwoord is aangepast; u kunt nu weer inloggen.',
    'Ik stuur u vandaag om 16:00 een mail met de stappen.',
    'De monteur komt donderdag 4 december tussen 9:00 en 11:00 bij u langs.',
    'Zet de laptop helemaal uit en daarna weer aan.',
    'Uw nieuwe telefoon ligt klaar bij de balie op de tweede verdieping.',
    'Dank u wel voor het wachten.',
    'Heeft u nog andere vragen over uw computer?',
    'Ik zie dat uw account weer werkt.',
    'U krijgt van mij een mail met een link naar de handleiding.',
    'De storing bij de printers op de derde verdieping is opgelost.',
    'Wilt u de kabel van het beeldscherm nog eens goed aandrukken?',
    'Mijn collega belt u vanmiddag vóór 15:00 over het rapport.',
    'Het transport van uw nieuwe bureau is geregeld voor vrijdag.',
    'P&O vraagt eerst een verklaring omtrent het gedrag aan.',
  ]
  const english = [
    'Good morning, this is Sam from the servicedesk.',
    'I will call you back before 12:00 tomorrow.',
    'Your laptop starts up normally again.',
    'Could you unplug the printer for a moment?',
    'Your password has been changed, so you can sign in again.',
    'I will send you an e-mail with the steps at 16:00 today.',
    'The engineer will visit you on Thursday 4 December between 9:00 and 11:00.',
    'Please switch the laptop off completely and then on again.',
    'Your new phone is ready at the desk on the second floor.',
    'Thank you for waiting.',
    'Do you have any other questions about your computer?',
    'I can see that your account works again.',
    'You will get an e-mail from me with a link to the guide.',
    'It is fixed, and it works on every floor.',
    'Could you press the cable of the screen firmly into place?',
    'I will change the settings for you before 14:00.',
    'Please back up your own notes before Friday.',
    'Please do not throw the letter away too soon.',
  ]
  it.each(dutch)('nl: "%s" has no issues', (text) => expect(issues(text, 'nl')).toEqual([]))
  it.each(english)('en: "%s" has no issues', (text) => expect(issues(text, 'en')).toEqual([]))
  it('has at least 15 of each', () => {
    expect(dutch.length).toBeGreaterThanOrEqual(15)
    expect(english.length).toBeGreaterThanOrEqual(15)
  })
})

describe('vague promises', () => {
  const dutch: Array<[string, string]> = [
    ['We gaan ermee aan de slag.', 'We gaan ermee aan de slag'],
    ['We gaan er mee aan de slag.', 'We gaan er mee aan de slag'],
    ['Wij gaan er direct mee aan de slag.', 'Wij gaan er direct mee aan de slag'],
    ['Dan gaan we ermee aan de slag.', 'gaan we ermee aan de slag'],
    ['We pakken het op.', 'We pakken het op'],
    ['Ik pak uw melding vandaag nog op, zo snel mogelijk.', 'zo snel mogelijk'],
    ['U hoort z.s.m. van ons.', 'z.s.m.'],
    ['U hoort zsm van ons.', 'zsm'],
    ['Het is binnenkort opgelost.', 'binnenkort'],
    ['Op korte termijn komt er een oplossing.', 'Op korte termijn'],
    ['We kijken ernaar.', 'We kijken ernaar'],
    ['Wij kijken er even naar.', 'Wij kijken er even naar'],
    ['Ik laat het u weten.', 'Ik laat het u weten'],
    ['Dat is beleid.', 'Dat is beleid'],
    ['Dat is nu eenmaal zo.', 'Dat is nu eenmaal zo'],
    ['Het wordt asap geregeld.', 'asap'],
  ]
  const english: Array<[string, string]> = [
    ['We will look into it.', 'We will look into it'],
    ["We'll look into it.", "We'll look into it"],
    ['We’ll look into it.', 'We’ll look into it'],
    ["We're working on it.", "We're working on it"],
    ['It will be fixed asap.', 'asap'],
    ['It will be fixed ASAP.', 'ASAP'],
    ['It will be fixed as soon as possible.', 'as soon as possible'],
    ['You will hear from us shortly.', 'shortly'],
    ['It will be sorted soon.', 'soon'],
    ['This will be handled in due course.', 'in due course'],
    ["That's policy.", "That's policy"],
    ["It's policy.", "It's policy"],
    ["I'll let you know.", "I'll let you know"],
    ["We'll get back to you.", "We'll get back to you"],
  ]
  it.each(dutch)('nl: "%s" is vague', (text, phrase) => expect(kinds(text, 'nl')).toEqual([['vague', phrase]]))
  it.each(english)('en: "%s" is vague', (text, phrase) => expect(kinds(text, 'en')).toEqual([['vague', phrase]]))

  const concrete: Array<[string, 'nl' | 'en']> = [
    ['U hoort morgen, dinsdag 3 december, vóór 12:00 van mij.', 'nl'],
    ['Ik laat het u vandaag vóór 16:00 weten.', 'nl'],
    ['We pakken het op en ik bel u morgen om 10:00.', 'nl'],
    ['We kijken ernaar en u hoort binnen twee uur van ons.', 'nl'],
    ['I will call you back before 14:00 today.', 'en'],
    ["I'll let you know by Friday 5 December.", 'en'],
    ["We'll look into it and I will call you before 11:00 tomorrow.", 'en'],
    ['I will call you as soon as the new screen arrives, and before Friday at the latest.', 'en'],
  ]
  it.each(concrete)('"%s" is a concrete promise and not flagged', (text, language) => expect(issues(text, language)).toEqual([]))
})

describe('officialese', () => {
  it('flags officialese with a plainer word as the fix', () => {
    const text = 'Indien u vragen heeft, kunt u ons bellen. Wij hebben dat reeds gedaan. U dient te bellen.'
    expect(issues(text, 'nl').map((i) => [i.text, i.replacement])).toEqual([
      ['Indien', 'Als'],
      ['reeds', 'al'],
      ['dient te', 'moet'],
    ])
    expect(issues(text, 'nl').reduceRight((t, issue) => applyFix(t, issue), text)).toBe('Als u vragen heeft, kunt u ons bellen. Wij hebben dat al gedaan. U moet bellen.')
  })

  it('flags "dient … te" apart without a fix', () => {
    expect(issues('U dient het formulier in te vullen.', 'nl')).toEqual([{ kind: 'officialese', start: 2, end: 7, text: 'dient' }])
  })

  it('flags English officialese', () => {
    expect(issues('Prior to the visit, please restart in accordance with the guide.', 'en').map((i) => [i.text, i.replacement])).toEqual([
      ['Prior to', 'Before'],
      ['in accordance with', 'in line with'],
    ])
    expect(kinds('We hereby confirm your request.', 'en')).toEqual([['officialese', 'hereby']])
  })
})

describe('bare refusals', () => {
  it.each([
    ['Dat kan niet.', 'nl', 'kan niet'],
    ['Dat mag helaas niet.', 'nl', 'mag helaas niet'],
    ['Dat is niet mogelijk. Fijne dag nog.', 'nl', 'is niet mogelijk'],
    ['Beheerrechten kunnen we helaas niet geven.', 'nl', 'kunnen we helaas niet geven'],
    ['That is not possible.', 'en', 'not possible'],
    ["That can't be done.", 'en', "can't be done"],
    ["That isn't allowed.", 'en', "isn't allowed"],
  ] as const)('"%s" is a bare refusal', (text, language, phrase) => {
    expect(kinds(text, language)).toEqual([['bare-refusal', phrase]])
  })

  it.each([
    ['Dat kan niet, omdat de laptop van de gemeente is.', 'nl'],
    ['Dat mag niet. De reden is dat uw gegevens anders op straat kunnen liggen.', 'nl'],
    ['Dat kan niet. Er staan namelijk gegevens van inwoners op.', 'nl'],
    ['Ik kan niet zien welke printer u bedoelt.', 'nl'],
    ['That is not possible because the laptop belongs to the municipality.', 'en'],
    ['That is not allowed. The reason is that residents’ details are on it.', 'en'],
  ] as const)('"%s" gives a reason or is no refusal', (text, language) => {
    expect(issues(text, language)).toEqual([])
  })
})

describe('long sentences', () => {
  const words = (n: number, language: 'nl' | 'en'): string => Array.from({ length: n }, (_, i) => (i === 0 ? (language === 'nl' ? 'Wij' : 'We') : language === 'nl' ? 'bellen' : 'call')).join(' ') + '.'
  it('flags Dutch sentences over 20 words and English over 25', () => {
    expect(kinds(words(20, 'nl'), 'nl')).toEqual([])
    expect(kinds(words(21, 'nl'), 'nl')).toEqual([['long-sentence', words(21, 'nl')]])
    expect(kinds(words(25, 'en'), 'en')).toEqual([])
    expect(kinds(`Hello. ${words(26, 'en')}`, 'en')).toEqual([['long-sentence', words(26, 'en')]])
  })
})
