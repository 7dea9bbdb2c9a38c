import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { checkText, createChecker, type GlossaryEntry } from '../../../src/shared/language/check'
import { jargonLexiconSchema, type JargonTerm } from '../../../src/shared/language/lexicon'

const lexicon: JargonTerm[] = jargonLexiconSchema.parse(JSON.parse(readFileSync(join(__dirname, '../../../resources/lexicon/it-jargon.json'), 'utf8')))
const glossary: GlossaryEntry[] = [
  { term: 'P&O', aliases: ['Personeel & Organisatie', 'HR'], meaning: 'Personeel & Organisatie: de afdeling voor alles rond werk en salaris.' },
  { term: 'KCC', aliases: ['klantcontactcentrum'], meaning: 'Het klantcontactcentrum: het eerste aanspreekpunt van de gemeente voor inwoners.' },
]
const names = ['Mijn P&O', 'Klantlijn KCC', 'Personeel & Organisatie (P&O)', 'Thuiswerkverbinding (VPN)', 'KCC']
const withNames = createChecker({ lexicon, glossary, names })
const without = createChecker({ lexicon, glossary })
const jargon = (text: string, language: 'nl' | 'en' = 'nl', checker = withNames): string[] =>
  checker.check(text, language).issues.filter((i) => i.kind === 'jargon').map((i) => i.text)

describe("the organisation's names", () => {
  it('does not flag an abbreviation inside an application name, but still flags it on its own', () => {
    expect(jargon('Uw verlof vraagt u aan in Mijn P&O.', 'nl', without)).toEqual(['P&O'])
    expect(jargon('Uw verlof vraagt u aan in Mijn P&O.')).toEqual([])
    expect(jargon('Uw verlof vraagt u aan in Mijn P&O. Vragen? Bel P&O.')).toEqual(['P&O'])
    expect(jargon('You request leave in Mijn P&O; P&O can help.', 'en')).toEqual(['P&O'])
  })

  it('finds a name in any case, across a line break or extra spaces, and before a hyphen', () => {
    expect(jargon('Open MIJN P&O en daarna mijn  P&O.')).toEqual([])
    expect(jargon('Open Mijn\nP&O op uw laptop.')).toEqual([])
    expect(jargon('Open de Mijn P&O-app.')).toEqual([])
  })

  it('needs the whole name: part of a name, or a name inside a longer word, does not count', () => {
    expect(jargon('Open Mijnheer P&O.')).toEqual(['P&O'])
    expect(jargon('Bel Klantlijn of het KCC.')).toEqual(['KCC'])
  })

  it('also finds a name without its part in brackets, and with it', () => {
    expect(jargon('De afdeling Personeel & Organisatie (P&O) helpt u.')).toEqual([])
    expect(jargon('Start Thuiswerkverbinding (VPN) op uw laptop.')).toEqual([])
    expect(jargon('Start de VPN op uw laptop.')).toEqual(['VPN'])
  })

  it('keeps flagging an abbreviation that is a name all by itself', () => {
    expect(jargon('Bel het KCC of de Klantlijn KCC.')).toEqual(['KCC'])
  })

  it('leaves the other checks alone inside a name', () => {
    const issues = withNames.check('Indien u vragen heeft, kijk in Mijn P&O.', 'nl').issues
    expect(issues.map((i) => [i.kind, i.text])).toEqual([['officialese', 'Indien']])
  })

  it('compiles again for other names: checkText keys its cache on the names too', () => {
    const text = 'Kijk in Mijn P&O.'
    expect(checkText(text, 'nl', { lexicon, glossary }).issues.map((i) => i.text)).toEqual(['P&O'])
    expect(checkText(text, 'nl', { lexicon, glossary, names }).issues).toEqual([])
  })

  it('ignores empty names and names with signs a pattern would read', () => {
    const checker = createChecker({ lexicon, glossary, names: ['', '   ', '(', 'Apparatenbeheer (MDM)', 'a.b*c'] })
    expect(jargon('Open Apparatenbeheer (MDM). Of MDM. Of aXb*c.', 'nl', checker)).toEqual(['MDM'])
  })
})
