import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { applyFix, checkText, createChecker, type GlossaryEntry, type TextIssue } from '../../../src/shared/language/check'
import { jargonLexiconSchema, type JargonTerm } from '../../../src/shared/language/lexicon'

const lexicon: JargonTerm[] = jargonLexiconSchema.parse(JSON.parse(readFileSync(join(__dirname, '../../../resources/lexicon/it-jargon.json'), 'utf8')))
const shipped = createChecker({ lexicon })

const term = (t: string, nl: string, en: string, aliases: string[] = []): JargonTerm => ({ term: t, aliases, category: 'other', plain: { nl, en } })
const own = createChecker({
  lexicon: [
    term('IT', 'de afdeling die de computers regelt', 'the computer department'),
    term('reset', 'opnieuw instellen', 'set up again'),
    term('update', 'de nieuwe versie', 'the new version'),
    term('wifi', 'het draadloze internet', 'the wireless internet'),
    term('UPS', 'de noodstroom', 'the emergency power supply'),
    term('Wmo', 'de Wet maatschappelijke ondersteuning', 'the Social Support Act'),
  ],
})

const jargon = (issues: TextIssue[]): Array<Pick<TextIssue, 'text' | 'term' | 'replacement'>> =>
  issues.filter((i) => i.kind === 'jargon').map(({ text, term, replacement }) => (replacement === undefined ? { text, term } : { text, term, replacement }))
const hits = (text: string, language: 'nl' | 'en', checker = shipped): string[] => jargon(checker.check(text, language).issues).map((i) => i.text)

describe('case rules', () => {
  it('matches a short acronym only in capitals: IT is not "it"', () => {
    expect(hits('IT zegt dat het werkt.', 'nl', own)).toEqual(['IT'])
    expect(hits('Is it working now? I think it is.', 'en', own)).toEqual([])
    expect(hits('The IT desk says it works.', 'en', own)).toEqual(['IT'])
  })

  it('matches AD but not the word "ad"', () => {
    expect(hits('Your account in AD is locked.', 'en')).toEqual(['AD'])
    expect(hits('I saw an ad for a new phone.', 'en')).toEqual([])
    expect(hits('Uw account in ad staat op slot.', 'nl')).toEqual([])
  })

  it('matches a term written in capitals only in capitals, also when it is longer', () => {
    expect(hits('Het BIOS vraagt om een wachtwoord.', 'nl')).toEqual(['Het BIOS'])
    expect(hits('Na het werk ga ik naar de bios.', 'nl')).toEqual([])
    expect(hits('Controleer uw vpn.', 'nl')).toEqual([])
  })

  it('matches a short mixed-case term as written or in capitals', () => {
    expect(hits('De Wmo en de WMO, niet de wmo.', 'nl', own)).toEqual(['Wmo', 'WMO'])
  })

  it('matches other terms in any case', () => {
    expect(hits('De Firewall en de FIREWALL en de firewall.', 'nl')).toEqual(['Firewall', 'FIREWALL', 'firewall'])
  })
})

describe('word boundaries, compounds and inflections', () => {
  it('flags hyphenated compounds as a whole, without a one-click fix', () => {
    expect(jargon(shipped.check('De VPN-verbinding valt weg bij de thuis-router.', 'nl').issues)).toEqual([
      { text: 'VPN-verbinding', term: 'VPN' },
      { text: 'thuis-router', term: 'router' },
    ])
  })

  it('flags Dutch closed compounds of terms of four letters or more', () => {
    expect(hits('Het wifiwachtwoord staat op de achterkant.', 'nl', own)).toEqual(['wifiwachtwoord'])
    expect(hits('Er is een routerprobleem en de firewallregels zijn aangepast.', 'nl')).toEqual(['routerprobleem', 'firewallregels'])
    expect(hits('Uw thuisrouter en de beveiligingspatch van vandaag.', 'nl')).toEqual(['thuisrouter', 'beveiligingspatch'])
  })

  it('leaves words alone that only look like compounds', () => {
    const plain = 'Op de tweede verdieping ligt het rapport bij de portier, naast de portemonnee van de portefeuillehouder en het transport.'
    expect(hits(plain, 'nl')).toEqual([])
    expect(hits('Ik speel pingpong en ga naar de bioscoop.', 'nl')).toEqual([])
  })

  it('does not look for closed compounds in English', () => {
    expect(hits('The routerbox is fine.', 'en')).toEqual([])
  })

  it('finds Dutch plurals, diminutives and verb forms', () => {
    expect(hits('De servers en het routertje zijn gecrasht.', 'nl')).toEqual(['servers', 'routertje', 'gecrasht'])
    expect(hits('Ik heb het wachtwoord gereset; we resetten het vaker.', 'nl', own)).toEqual(['gereset', 'resetten'])
    expect(hits('De laptop is gisteren geüpdatet.', 'nl', own)).toEqual(['geüpdatet'])
    expect(hits('De patches zijn gisteren gepatcht.', 'nl')).toEqual(['patches', 'gepatcht'])
    expect(hits('We escaleren dit en de melding is geëscaleerd.', 'nl')).toEqual(['escaleren', 'geëscaleerd'])
  })

  it('finds English plurals and -ed/-ing forms', () => {
    expect(hits('The servers crashed while resetting the proxies.', 'en', createChecker({ lexicon: [...lexicon, term('reset', 'opnieuw instellen', 'set up again')] }))).toEqual([
      'servers',
      'crashed',
      'resetting',
      'proxies',
    ])
    expect(hits('The laptop was updating and is now updated.', 'en', own)).toEqual(['updating', 'updated'])
  })

  it('offers the fix only for the term as written; an inflected form gets the plain words as a hint', () => {
    const [issue] = shipped.check('De servers zijn traag.', 'nl').issues
    expect(issue).toMatchObject({ kind: 'jargon', text: 'servers', term: 'server', hint: 'de centrale computer' })
    expect(issue?.replacement).toBeUndefined()
  })

  it('matches terms of several words with a space or hyphen, and written as one word', () => {
    expect(hits('Het access point en het access-point en het accesspoint.', 'nl')).toEqual(['access point', 'access-point', 'accesspoint'])
    expect(hits('Ik maak een back-up en een backup.', 'nl')).toEqual(['back-up', 'backup'])
    expect(hits('Please back up your notes.', 'en')).toEqual([])
  })

  it('lets the longest hit win where hits overlap', () => {
    expect(jargon(shipped.check('Uw account in Azure AD en in AD.', 'nl').issues).map((i) => i.term)).toEqual(['Azure AD', 'Active Directory'])
    expect(jargon(shipped.check('Dit is een major incident.', 'nl').issues).map((i) => i.term)).toEqual(['major incident'])
    expect(jargon(shipped.check('Check the SSL/TLS settings.', 'en').issues).map((i) => i.text)).toEqual(['SSL/TLS'])
  })
})

describe('the one-click fix', () => {
  const fix = (text: string, language: 'nl' | 'en', checker = shipped): string => {
    const issue = checker.check(text, language).issues.find((i) => i.kind === 'jargon' && i.replacement !== undefined)
    return issue ? applyFix(text, issue) : text
  }

  it('replaces the term with the plain words in the text language', () => {
    expect(fix('Start eerst de VPN op uw laptop.', 'nl')).toBe('Start eerst de beveiligde verbinding met het netwerk van het werk op uw laptop.')
    expect(fix('Please start the VPN first.', 'en')).toBe('Please start the secure connection to the work network first.')
  })

  it('keeps the capital at the start of a sentence', () => {
    expect(fix('Dat klopt. VPN werkt weer.', 'nl')).toBe('Dat klopt. De beveiligde verbinding met het netwerk van het werk werkt weer.')
    expect(fix('De router is kapot.', 'nl')).toBe('Het kastje dat het netwerk met internet verbindt is kapot.')
  })

  it('fits the plain words to the article or determiner before the term', () => {
    expect(fix('Ik heb de router herstart.', 'nl')).toBe('Ik heb het kastje dat het netwerk met internet verbindt herstart.')
    expect(fix('Uw VPN staat uit.', 'nl')).toBe('Uw beveiligde verbinding met het netwerk van het werk staat uit.')
    expect(fix('U heeft een VPN nodig.', 'nl')).toBe('U heeft een beveiligde verbinding met het netwerk van het werk nodig.')
    expect(fix('The office has a UPS.', 'en', own)).toBe('The office has an emergency power supply.')
    expect(fix('Ik zie dat VPN weer werkt.', 'nl')).toBe('Ik zie dat de beveiligde verbinding met het netwerk van het werk weer werkt.')
  })

  it('applies a fix to a text that has changed since it was checked', () => {
    const text = 'Indien de VPN niet werkt, bel dan.'
    const issue = shipped.check(text, 'nl').issues.find((i) => i.kind === 'jargon')!
    expect(applyFix('Goedemorgen. ' + text, issue)).toBe('Goedemorgen. Indien de beveiligde verbinding met het netwerk van het werk niet werkt, bel dan.')
    expect(applyFix('Er staat niets meer.', issue)).toBe('Er staat niets meer.')
  })

  it('has nothing to say about an empty text', () => {
    expect(checkText('', 'nl', { lexicon })).toEqual({ issues: [], readability: null })
  })

  it('leaves the text as it is for an issue without a fix', () => {
    const issue = shipped.check('De servers zijn traag.', 'nl').issues[0]!
    expect(applyFix('De servers zijn traag.', issue)).toBe('De servers zijn traag.')
  })
})

describe('the organisation glossary', () => {
  const glossary: GlossaryEntry[] = [
    { term: 'KCC', aliases: ['klantcontactcentrum'], meaning: 'Het klantcontactcentrum: het eerste aanspreekpunt van de gemeente voor inwoners.' },
    { term: 'BRP', aliases: ['basisregistratie personen', 'GBA'], meaning: 'De basisregistratie personen: het landelijke register van wie waar woont.' },
    { term: 'I&A', aliases: ['ICT', 'IT'], meaning: 'Informatievoorziening & Automatisering, de ICT-afdeling van de gemeente: de servicedesk en het beheer.' },
    { term: 'DSO', aliases: [], meaning: 'Het landelijke digitale stelsel waarin iedereen vergunningen voor bouwen en verbouwen aanvraagt bij de overheid.' },
    { term: 'stadskantoor', aliases: ['gemeentehuis'], meaning: 'Het hoofdgebouw van de gemeente.' },
  ]
  const checker = createChecker({ lexicon, glossary })

  it('flags the organisation abbreviations with the short name from the meaning as the fix', () => {
    expect(jargon(checker.check('Het KCC belt u terug. Uw adres staat in de BRP en vroeger in de GBA.', 'nl').issues)).toEqual([
      { text: 'KCC', term: 'KCC', replacement: 'klantcontactcentrum' },
      { text: 'BRP', term: 'BRP', replacement: 'basisregistratie personen' },
      { text: 'GBA', term: 'BRP', replacement: 'basisregistratie personen' },
    ])
  })

  it('takes the short name without the part in brackets', () => {
    const english = createChecker({
      lexicon,
      glossary: [{ term: 'KCC', aliases: ['Customer Contact Centre', 'klantcontactcentrum'], meaning: 'The Customer Contact Centre (klantcontactcentrum): the first point of contact.' }],
    })
    expect(jargon(english.check('Please call KCC. The klantcontactcentrum is the Customer Contact Centre.', 'en').issues)).toEqual([
      { text: 'KCC', term: 'KCC', replacement: 'the Customer Contact Centre' },
    ])
  })

  it('marks the glossary as the source and leaves the plain name and everyday words alone', () => {
    const result = checker.check('Het klantcontactcentrum zit in het stadskantoor; ICT helpt u verder.', 'nl')
    expect(result.issues).toEqual([])
    expect(checker.check('Bel het KCC.', 'nl').issues[0]).toMatchObject({ source: 'glossary', term: 'KCC' })
    expect(checker.check('Bel I&A.', 'nl').issues[0]).toMatchObject({ source: 'glossary', text: 'I&A', replacement: 'Informatievoorziening & Automatisering' })
  })

  it('offers no fix when the meaning has no short name, and gives its first sentence as the hint', () => {
    const [issue] = checker.check('Vraag het aan via het DSO.', 'nl').issues
    expect(issue).toMatchObject({ kind: 'jargon', text: 'DSO', term: 'DSO', source: 'glossary' })
    expect(issue?.replacement).toBeUndefined()
    expect(issue?.hint).toBe('Het landelijke digitale stelsel waarin iedereen vergunningen voor bouwen en verbouwen aanvraagt bij de overheid.')
  })

  it('compiles once per lexicon: checkText gives the same answers as a checker', () => {
    const text = 'Het KCC heeft de router gereset.'
    expect(checkText(text, 'nl', { lexicon, glossary })).toEqual(checker.check(text, 'nl'))
    expect(checkText(text, 'nl', { lexicon, glossary })).toEqual(checker.check(text, 'nl'))
  })
})
