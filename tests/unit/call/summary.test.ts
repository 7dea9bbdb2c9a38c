import { describe, expect, it } from 'vitest'
import { readBack, readBackParts, toSecondPerson, type Intake } from '../../../src/shared/call/summary'

const printer: Intake = { what: 'ik kan niet printen naar de printer op de tweede verdieping', since: 'vanochtend', othersAffected: 'no' }
const printerEn: Intake = { what: 'I cannot print to the printer on the second floor', since: 'this morning', othersAffected: 'no' }

describe('readBack', () => {
  it('reads the example back in Dutch with "u"', () => {
    expect(readBack(printer, 'nl', 'formal')).toBe(
      "Dus als ik het goed begrijp: sinds vanochtend kunt u niet printen naar de printer op de tweede verdieping, en bij uw collega's werkt het wel. Klopt dat?",
    )
  })

  it('reads the example back in Dutch with "je"', () => {
    expect(readBack(printer, 'nl', 'informal')).toBe(
      "Dus als ik het goed begrijp: sinds vanochtend kun je niet printen naar de printer op de tweede verdieping, en bij je collega's werkt het wel. Klopt dat?",
    )
  })

  it('reads the example back in English, the same for both forms of address', () => {
    const expected =
      'So if I understand you correctly: since this morning you cannot print to the printer on the second floor, and it works for your colleagues. Is that right?'
    expect(readBack(printerEn, 'en', 'formal')).toBe(expected)
    expect(readBack(printerEn, 'en', 'informal')).toBe(expected)
  })

  it('reads every part back, in order, joined with commas and a final "en"/"and"', () => {
    const full: Intake = {
      what: 'Ik heb geen toegang tot mijn mail',
      since: 'sinds de update',
      tried: 'opnieuw opstarten',
      othersAffected: 'some',
      impact: 'team',
      answers: [{ question: 'Krijgt u een melding?', answer: 'ik krijg een foutmelding' }],
    }
    expect(readBack(full, 'nl', 'formal')).toBe(
      "Dus als ik het goed begrijp: sinds de update hebt u geen toegang tot uw mail, u hebt al opnieuw opstarten geprobeerd, een deel van uw collega's heeft hetzelfde probleem, het raakt uw hele team, en u krijgt een foutmelding. Klopt dat?",
    )
    expect(readBack(full, 'nl', 'informal')).toBe(
      "Dus als ik het goed begrijp: sinds de update heb je geen toegang tot je mail, je hebt al opnieuw opstarten geprobeerd, een deel van je collega's heeft hetzelfde probleem, het raakt je hele team, en je krijgt een foutmelding. Klopt dat?",
    )
    const fullEn: Intake = {
      what: "I can't open my mail",
      since: 'since the update',
      tried: 'restarting the laptop',
      othersAffected: 'everyone',
      impact: 'department',
      answers: [{ question: 'Do you get a message?', answer: 'I get an error' }],
    }
    expect(readBack(fullEn, 'en', 'formal')).toBe(
      "So if I understand you correctly: since the update you can't open your mail, you have already tried restarting the laptop, all your colleagues have the same problem, it affects the whole department, and you get an error. Is that right?",
    )
  })

  it('leaves out each missing part', () => {
    const nl = (intake: Intake): string => readBack(intake, 'nl', 'formal')
    expect(nl({ what: printer.what })).toBe('Dus als ik het goed begrijp: u kunt niet printen naar de printer op de tweede verdieping. Klopt dat?')
    expect(nl({ what: printer.what, since: 'vanochtend' })).toBe(
      'Dus als ik het goed begrijp: sinds vanochtend kunt u niet printen naar de printer op de tweede verdieping. Klopt dat?',
    )
    expect(nl({ what: printer.what, othersAffected: 'no' })).toBe(
      "Dus als ik het goed begrijp: u kunt niet printen naar de printer op de tweede verdieping, en bij uw collega's werkt het wel. Klopt dat?",
    )
    expect(nl({ what: 'ik kan niet inloggen', tried: 'ik heb mijn wachtwoord opnieuw ingesteld' })).toBe(
      'Dus als ik het goed begrijp: u kunt niet inloggen, en u hebt uw wachtwoord opnieuw ingesteld. Klopt dat?',
    )
    expect(nl({ what: 'ik kan niet inloggen', impact: 'organisation' })).toBe(
      'Dus als ik het goed begrijp: u kunt niet inloggen, en het raakt de hele organisatie. Klopt dat?',
    )
    expect(readBack({ what: 'I cannot log in', since: '', tried: ' ', answers: [] }, 'en', 'formal')).toBe(
      'So if I understand you correctly: you cannot log in. Is that right?',
    )
  })

  it('says nothing about colleagues when that is unknown, and nothing twice about "only you"', () => {
    expect(readBack({ what: 'ik kan niet inloggen', othersAffected: 'unknown' }, 'nl', 'formal')).toBe(
      'Dus als ik het goed begrijp: u kunt niet inloggen. Klopt dat?',
    )
    expect(readBack({ what: 'ik kan niet inloggen', othersAffected: 'no', impact: 'person' }, 'nl', 'informal')).toBe(
      "Dus als ik het goed begrijp: je kunt niet inloggen, en bij je collega's werkt het wel. Klopt dat?",
    )
    expect(readBack({ what: 'ik kan niet inloggen', impact: 'person' }, 'nl', 'informal')).toBe(
      'Dus als ik het goed begrijp: je kunt niet inloggen, en het raakt alleen jou. Klopt dat?',
    )
    expect(readBack({ what: 'I cannot log in', othersAffected: 'some', impact: 'person' }, 'en', 'formal')).toBe(
      'So if I understand you correctly: you cannot log in, some of your colleagues have the same problem, and it only affects you. Is that right?',
    )
  })

  it('is empty when there is nothing to read back, and reads back a time alone', () => {
    expect(readBack({ what: '' }, 'nl', 'formal')).toBe('')
    expect(readBack({ what: ' ,. ', since: '  ', tried: '', othersAffected: 'unknown', answers: [{ question: 'X?', answer: ' ' }] }, 'en', 'formal')).toBe('')
    expect(readBack({ what: '', since: 'vanochtend' }, 'nl', 'formal')).toBe('Dus als ik het goed begrijp: het speelt sinds vanochtend. Klopt dat?')
    expect(readBack({ what: '', since: 'this morning' }, 'en', 'formal')).toBe(
      'So if I understand you correctly: it has been going on since this morning. Is that right?',
    )
  })

  it('puts the time before the verb in Dutch only when the sentence starts with the caller, else at the end', () => {
    const nl = (what: string, since: string, address: 'formal' | 'informal' = 'formal'): string => readBackParts({ what, since }, 'nl', address).clauses[0]!.text
    expect(nl('Ik heb geen beeld', 'gisteren')).toBe('sinds gisteren hebt u geen beeld')
    expect(nl('Ik heb geen beeld', 'gisteren', 'informal')).toBe('sinds gisteren heb je geen beeld')
    expect(nl('ik ben mijn pas kwijt', 'vanochtend', 'informal')).toBe('sinds vanochtend ben je je pas kwijt')
    expect(nl('ik werk thuis zonder vpn', 'maandag', 'informal')).toBe('sinds maandag werk je thuis zonder vpn')
    expect(nl('ik werk thuis zonder vpn', 'maandag')).toBe('sinds maandag werkt u thuis zonder vpn')
    expect(nl('wij kunnen niet bij de schijf', 'vanochtend')).toBe('sinds vanochtend kunnen jullie niet bij de schijf')
    expect(nl('De printer doet het niet', 'vanochtend')).toBe('de printer doet het niet, sinds vanochtend')
    expect(nl('Outlook start niet op', 'gisteren')).toBe('Outlook start niet op, sinds gisteren')
    expect(nl('ik kan niet printen', 'al twee dagen')).toBe('al twee dagen kunt u niet printen')
    expect(nl('ik kan niet printen', 'Sinds de update')).toBe('sinds de update kunt u niet printen')
    expect(nl('ik kan niet printen', 'vanaf 9 uur')).toBe('vanaf 9 uur kunt u niet printen')
  })

  it('puts the time first in English, adding "since" only when it is missing', () => {
    const en = (since: string): string => readBackParts({ what: 'I cannot print', since }, 'en', 'formal').clauses[0]!.text
    expect(en('this morning')).toBe('since this morning you cannot print')
    expect(en('Since this morning')).toBe('since this morning you cannot print')
    expect(en('for two days')).toBe('for two days you cannot print')
    expect(en('Monday')).toBe('since Monday you cannot print')
    expect(en('after I came back')).toBe('after you came back you cannot print')
  })

  it('cleans punctuation and spacing around and inside the parts', () => {
    const result = readBack(
      { what: '  Ik kan   niet printen!!  ', since: 'vanochtend...', tried: ', opnieuw opstarten ,', othersAffected: 'no' },
      'nl',
      'formal',
    )
    expect(result).toBe(
      "Dus als ik het goed begrijp: sinds vanochtend kunt u niet printen, u hebt al opnieuw opstarten geprobeerd, en bij uw collega's werkt het wel. Klopt dat?",
    )
    expect(readBack({ what: 'ik kan niet printen , , en ook niet scannen?\n' }, 'nl', 'formal')).toBe(
      'Dus als ik het goed begrijp: u kunt niet printen, en ook niet scannen. Klopt dat?',
    )
    expect(readBack({ what: 'The VPN drops…' }, 'en', 'formal')).toBe('So if I understand you correctly: the VPN drops. Is that right?')
  })

  it('never produces double spaces, empty list items or doubled punctuation, whatever is missing', () => {
    const options = {
      since: [undefined, '', 'vanochtend.', 'this morning'],
      tried: [undefined, ' ', 'opnieuw opstarten!', 'I restarted.'],
      othersAffected: [undefined, 'no', 'some', 'everyone', 'unknown'] as const,
      impact: [undefined, 'person', 'team', 'department', 'organisation'] as const,
    }
    for (const since of options.since)
      for (const tried of options.tried)
        for (const othersAffected of options.othersAffected)
          for (const impact of options.impact)
            for (const language of ['nl', 'en'] as const)
              for (const address of ['formal', 'informal'] as const) {
                const text = readBack({ what: 'Ik kan niet printen.', since, tried, othersAffected, impact }, language, address)
                expect(text).not.toMatch(/ {2}|, ,|,,|\.\.| [,.?]|[,.]\.|^\s|\s$/)
                expect(text).toMatch(language === 'nl' ? /^Dus als ik het goed begrijp: \S.*[^,]\. Klopt dat\?$/ : /^So if I understand you correctly: \S.*[^,]\. Is that right\?$/)
              }
  })

  it('keeps names at the start of a part capitalised and ordinary words lowercase', () => {
    expect(readBackParts({ what: 'SAP geeft een foutmelding' }, 'nl', 'formal').clauses[0]!.text).toBe('SAP geeft een foutmelding')
    expect(readBackParts({ what: 'Teams valt steeds weg' }, 'en', 'formal').clauses[0]!.text).toBe('Teams valt steeds weg')
    expect(readBackParts({ what: 'Het scherm blijft zwart' }, 'nl', 'formal').clauses[0]!.text).toBe('het scherm blijft zwart')
    expect(readBackParts({ what: 'My screen stays black' }, 'en', 'formal').clauses[0]!.text).toBe('your screen stays black')
  })
})

describe('readBackParts', () => {
  it('names each clause and lists answers that are no sentence of their own, in the second person', () => {
    const parts = readBackParts(
      {
        what: 'ik kan niet printen',
        othersAffected: 'everyone',
        answers: [
          { question: ' Welke printer? ', answer: 'die op mijn kamer.' },
          { question: 'Krijgt u een melding?', answer: 'Ik zie een rood lampje' },
          { question: 'Aan of uit?', answer: '' },
          { question: 'Ooit eerder gehad?', answer: 'nee' },
        ],
      },
      'nl',
      'formal',
    )
    expect(parts).toEqual({
      opening: 'Dus als ik het goed begrijp:',
      clauses: [
        { kind: 'problem', text: 'u kunt niet printen' },
        { kind: 'others', text: "al uw collega's hebben hetzelfde probleem" },
        { kind: 'answer', text: 'u ziet een rood lampje' },
      ],
      closing: 'Klopt dat?',
      details: [
        { question: 'Welke printer?', answer: 'die op uw kamer' },
        { question: 'Ooit eerder gehad?', answer: 'nee' },
      ],
    })
    expect(readBackParts({ what: 'x' }, 'en', 'informal')).toMatchObject({ opening: 'So if I understand you correctly:', closing: 'Is that right?' })
  })

  it('reads a tried step that is a sentence as it is, and a step that is not as "already tried"', () => {
    const tried = (t: string, language: 'nl' | 'en', address: 'formal' | 'informal' = 'formal'): string =>
      readBackParts({ what: '', tried: t }, language, address).clauses[0]!.text
    expect(tried('ik heb de kabel eruit gehaald', 'nl')).toBe('u hebt de kabel eruit gehaald')
    expect(tried('de kabel eruit halen', 'nl', 'informal')).toBe('je hebt al de kabel eruit halen geprobeerd')
    expect(tried('I restarted my laptop', 'en')).toBe('you restarted your laptop')
    expect(tried('to log in again', 'en')).toBe('you have already tried to log in again')
  })
})

describe('toSecondPerson', () => {
  it.each([
    ['ik', 'u', 'je'],
    ['mijn laptop', 'uw laptop', 'je laptop'],
    ["m'n laptop", 'uw laptop', 'je laptop'],
    ['het lukt me niet', 'het lukt u niet', 'het lukt je niet'],
    ['bij mij', 'bij u', 'bij je'],
    ['ik kan', 'u kunt', 'je kunt'],
    ['ik heb', 'u hebt', 'je hebt'],
    ['ik ben', 'u bent', 'je bent'],
    ['ik krijg', 'u krijgt', 'je krijgt'],
    ['ik zie', 'u ziet', 'je ziet'],
    ['ik wil', 'u wilt', 'je wilt'],
    ['ik ga', 'u gaat', 'je gaat'],
    ['ik word', 'u wordt', 'je wordt'],
    ['ik moet', 'u moet', 'je moet'],
    ['ik kon', 'u kon', 'je kon'],
    ['kan ik', 'kunt u', 'kun je'],
    ['heb ik', 'hebt u', 'heb je'],
    ['ben ik', 'bent u', 'ben je'],
    ['zie ik', 'ziet u', 'zie je'],
    ['omdat ik er niet bij kan', 'omdat u er niet bij kunt', 'omdat je er niet bij kunt'],
    ['als ik klaar ben', 'als u klaar bent', 'als je klaar bent'],
    ['ik heb me vergist', 'u hebt u vergist', 'je hebt je vergist'],
    ['ik doe het mezelf', 'u doet het uzelf', 'je doet het jezelf'],
    ['wij hebben onze schijf niet', 'jullie hebben jullie schijf niet', 'jullie hebben jullie schijf niet'],
  ])('Dutch %j → %j / %j', (input, formal, informal) => {
    expect(toSecondPerson(input, 'nl', 'formal')).toBe(formal)
    expect(toSecondPerson(input, 'nl', 'informal')).toBe(informal)
  })

  it.each([
    ['I', 'You'],
    ['my laptop', 'your laptop'],
    ['it tells me', 'it tells you'],
    ["I'm locked out", "You're locked out"],
    ['I am locked out', 'You are locked out'],
    ["I can't print", "You can't print"],
    ['I was away and I wasn’t told', 'You were away and you weren’t told'],
    ["I've tried, I'd like, I'll wait", "You've tried, you'd like, you'll wait"],
    ['am I the only one', 'are you the only one'],
    ['the laptop is mine, I did it myself', 'the laptop is yours, you did it yourself'],
    ["we're stuck, our drive is gone and nobody told us", "you're stuck, your drive is gone and nobody told you"],
    ['I’m sure', 'You’re sure'],
  ])('English %j → %j', (input, expected) => {
    expect(toSecondPerson(input, 'en', 'formal')).toBe(expected)
  })

  it('changes whole words only', () => {
    expect(toSecondPerson('mijnheer Ikema heeft een meeting over de ikea-kast', 'nl', 'formal')).toBe('mijnheer Ikema heeft een meeting over de ikea-kast')
    expect(toSecondPerson('Mike uses myriad domains in the meeting', 'en', 'formal')).toBe('Mike uses myriad domains in the meeting')
    expect(toSecondPerson('the ikea-kast van ik', 'nl', 'formal')).toBe('the ikea-kast van u')
  })

  it('keeps a capital only at the start of a sentence and leaves words in capitals alone', () => {
    expect(toSecondPerson('Ik kan niet inloggen. Mijn collega wel. Kan ik iets doen?', 'nl', 'formal')).toBe(
      'U kunt niet inloggen. Uw collega wel. Kunt u iets doen?',
    )
    expect(toSecondPerson('the boss and I. My desk! I think so', 'en', 'formal')).toBe('the boss and you. Your desk! You think so')
    expect(toSecondPerson('the US office and IT told ME', 'en', 'formal')).toBe('the US office and IT told ME')
  })

  it('turns a leading subject and verb around when asked, without a capital', () => {
    expect(toSecondPerson('Ik kan niet printen', 'nl', 'formal', true)).toBe('kunt u niet printen')
    expect(toSecondPerson('Ik kan niet printen', 'nl', 'informal', true)).toBe('kun je niet printen')
    expect(toSecondPerson('ik kreeg een melding', 'nl', 'formal', true)).toBe('kreeg u een melding')
    expect(toSecondPerson('we kunnen niet verder', 'nl', 'informal', true)).toBe('kunnen jullie niet verder')
    expect(toSecondPerson('de printer is stuk', 'nl', 'formal', true)).toBe('de printer is stuk')
  })
})
