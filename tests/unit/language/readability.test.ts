import { describe, expect, it } from 'vitest'
import { countSyllables, readability } from '../../../src/shared/language/check'
import { readabilityLabel } from '../../../src/shared/language/readability'

describe('Flesch–Douma (Dutch)', () => {
  it('scores a short servicedesk answer exactly', () => {
    // Sentences: "Ik bel u morgen vóór 12:00 terug." / "Dan is uw laptop weer klaar." → 2
    // Words: 7 + 6 = 13 ("12:00" is one word)
    // Syllables: ik 1, bel 1, u 1, mor-gen 2, vóór 1, 12:00 2 (two groups of digits), te-rug 2 = 10;
    //            dan 1, is 1, uw 1, lap-top 2, weer 1, klaar 1 = 7 → 17
    // 206.84 − 0.77 × (17 / 13 × 100) − 0.93 × (13 / 2) = 206.84 − 100.6923 − 6.045 = 100.10
    expect(readability('Ik bel u morgen vóór 12:00 terug. Dan is uw laptop weer klaar.', 'nl')).toEqual({
      score: 100.1,
      label: 'easy',
      words: 13,
      sentences: 2,
      syllables: 17,
      formula: 'flesch-douma',
    })
  })

  it('scores officialese as hard', () => {
    // One sentence of 19 words. Syllables: in-dien 2, de 1, be-vei-li-gings-in-stel-lin-gen 8, van 1, uw 1,
    // werk-plek 2, ge-wij-zigd 3, die-nen 2, te 1, wor-den 2, ver-zoe-ken 3, wij 1, u 1, vrien-de-lijk 3,
    // een 1, aan-vraag 2, in 1, te 1, die-nen 2 = 38
    // 206.84 − 0.77 × (38 / 19 × 100) − 0.93 × 19 = 206.84 − 154 − 17.67 = 35.17
    const text = 'Indien de beveiligingsinstellingen van uw werkplek gewijzigd dienen te worden, verzoeken wij u vriendelijk een aanvraag in te dienen.'
    expect(readability(text, 'nl')).toEqual({ score: 35.17, label: 'hard', words: 19, sentences: 1, syllables: 38, formula: 'flesch-douma' })
  })

  it('splits sentences and words around addresses, abbreviations, initials and times', () => {
    // Sentences: "Mail … vóór 12:00." / "Dhr. J. de Vries belt z.s.m." (ends: a capital follows) / "Terug!" /
    // "Groet" (line break) → 4. "bijv.", "Dhr." and "J." end no sentence.
    // Words: mail, the address, bijv, vóór, 12:00 | Dhr, J, de, Vries, belt, z.s.m. | Terug | Groet → 13
    // Syllables: mail 1, address 8 (jan 1, de-vries 2, zui-der-ha-ven 4, nl 1), bijv 1, vóór 1, 12:00 2 = 13;
    //            dhr 1, J 1, de 1, Vries 1, belt 1, z.s.m. 3 = 8; te-rug 2; groet 1 → 24
    // 206.84 − 0.77 × (24 / 13 × 100) − 0.93 × (13 / 4) = 206.84 − 142.1538 − 3.0225 = 61.66
    const text = 'Mail jan.devries@zuiderhaven.nl bijv. vóór 12:00. Dhr. J. de Vries belt z.s.m. Terug!\nGroet'
    expect(readability(text, 'nl')).toEqual({ score: 61.66, label: 'easy', words: 13, sentences: 4, syllables: 24, formula: 'flesch-douma' })
  })
})

describe('Flesch Reading Ease (English)', () => {
  it('scores a short servicedesk answer exactly', () => {
    // Sentences: 2. Words: I, will, call, you, back, before, 14:00, today | Your, new, laptop, is, ready → 13
    // Syllables: 1+1+1+1+1+ be-fore 2 + 14:00 2 + to-day 2 = 11; your 1, new 1, lap-top 2, is 1, rea-dy 2 = 7 → 18
    // 206.835 − 1.015 × (13 / 2) − 84.6 × (18 / 13) = 206.835 − 6.5975 − 117.1385 = 83.10
    expect(readability('I will call you back before 14:00 today. Your new laptop is ready.', 'en')).toEqual({
      score: 83.1,
      label: 'easy',
      words: 13,
      sentences: 2,
      syllables: 18,
      formula: 'flesch',
    })
  })

  it('scores a dense sentence as hard', () => {
    // One sentence of 19 words. Syllables: the 1, in-for-ma-tion 4, se-cu-ri-ty 4, of-fi-cer 3, de-cides 2,
    // wheth-er 2, an 1, ex-cep-tion 3, to 1, the 1, ad-min-is-tra-tor 5, rights 1, pol-i-cy 3, is 1,
    // pos-si-ble 3, for 1, your 1, whole 1, de-part-ment 3 = 41
    // 206.835 − 1.015 × 19 − 84.6 × (41 / 19) = 206.835 − 19.285 − 182.5579 = 4.99
    const text = 'The information security officer decides whether an exception to the administrator rights policy is possible for your whole department.'
    expect(readability(text, 'en')).toEqual({ score: 4.99, label: 'hard', words: 19, sentences: 1, syllables: 41, formula: 'flesch' })
  })

  it('labels the bands: 60 and up easy, 40 up to 60 fairly easy, below 40 hard', () => {
    expect([readabilityLabel(100), readabilityLabel(60), readabilityLabel(59.99), readabilityLabel(40), readabilityLabel(39.99), readabilityLabel(-5)]).toEqual([
      'easy', 'easy', 'fairly-easy', 'fairly-easy', 'hard', 'hard',
    ])
  })

  it('does not end a sentence at a list number', () => {
    expect(readability('Zo werkt het: 1. Start de laptop. 2. Meld u aan.', 'nl')).toMatchObject({ sentences: 2, words: 11 })
    expect(readability('No. I will call you back at 10:00.', 'en')).toMatchObject({ sentences: 2, words: 8 })
  })

  it('gives no readability for a text without words', () => {
    expect(readability('', 'en')).toBeNull()
    expect(readability('  \n … ', 'nl')).toBeNull()
  })
})

describe('Dutch syllables', () => {
  const words: Record<string, number> = {
    de: 1, het: 1, een: 1, kat: 1, straat: 1, boom: 1, huis: 1, tijd: 1, grote: 2, melding: 2, laptop: 2, wachtwoord: 2, printer: 2,
    computer: 3, afdeling: 3, gemeente: 3, telefoon: 3, vriendelijk: 3, bijvoorbeeld: 3, medewerker: 4, beheerrechten: 4, servicedesk: 4,
    informatie: 4, situatie: 4, organisatie: 5, beveiligingsinstellingen: 8,
    // Diphthongs and long vowels: one sound each.
    nieuw: 1, leeuw: 1, mooi: 1, saai: 1, groei: 1, vrouw: 1, goud: 1, koeien: 2, draaien: 2, ouder: 2, auto: 2, ieder: 2, bieden: 2,
    buiten: 2, eigenaar: 3,
    // Two vowels that are two sounds.
    theater: 3, radio: 3, ideaal: 3, actueel: 3, individueel: 5,
    // A diaeresis starts a new syllable.
    geëmigreerd: 4, ruïne: 3, coördinator: 5, ideeën: 3, zeeën: 2, knieën: 2, geüpdatet: 4,
    // Loanwords.
    mail: 1, software: 2, website: 2, online: 2, update: 2,
    // Acronyms are spelled out.
    VPN: 3, KCC: 3,
  }
  it.each(Object.entries(words))('%s has %i', (word, count) => {
    expect(countSyllables(word, 'nl')).toBe(count)
  })
  it('covers at least 40 words', () => {
    expect(Object.keys(words).length).toBeGreaterThanOrEqual(40)
  })
})

describe('English syllables', () => {
  const words: Record<string, number> = {
    the: 1, yes: 1, make: 1, called: 1, files: 1, your: 1, table: 2, simple: 2, boxes: 2, cookies: 2, player: 2, being: 2, system: 2,
    password: 2, network: 2, today: 2, before: 2, ready: 2, laptop: 2, request: 2, updated: 3, computer: 3, radio: 3, tomorrow: 3,
    completely: 3, manual: 3, security: 4, information: 4, administrator: 5,
  }
  it.each(Object.entries(words))('%s has %i', (word, count) => {
    expect(countSyllables(word, 'en')).toBe(count)
  })
  it('covers at least 20 words', () => {
    expect(Object.keys(words).length).toBeGreaterThanOrEqual(20)
  })
})
