import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { checkText, createChecker } from '../../../src/shared/language/check'
import { jargonLexiconSchema, type JargonTerm } from '../../../src/shared/language/lexicon'

const file = join(__dirname, '../../../resources/lexicon/it-jargon.json')
const lexicon: JargonTerm[] = jargonLexiconSchema.parse(JSON.parse(readFileSync(file, 'utf8')))
const checker = createChecker({ lexicon })

// Carrier sentences a servicedesk agent might say, per category; the term never follows an article, so
// the replacement is the plain words exactly as stored.
const carriers: Record<JargonTerm['category'], { nl: string; en: string }> = {
  network: { nl: 'Ik heb {w} bij u op de afdeling nagekeken.', en: 'I checked {w} in your department.' },
  security: { nl: 'Het probleem zat in {w} op uw laptop.', en: 'The problem was in {w} on your laptop.' },
  account: { nl: 'Ik heb naar {w} voor uw account gekeken.', en: 'I looked at {w} for your account.' },
  hardware: { nl: 'Volgens mij ligt het aan {w} op uw werkplek.', en: 'I think the cause is {w} at your desk.' },
  software: { nl: 'Het probleem zat in {w} op uw laptop.', en: 'The problem was in {w} on your laptop.' },
  email: { nl: 'Uw bericht bleef hangen in {w} van de afdeling.', en: 'Your message got stuck in {w} of the department.' },
  data: { nl: 'Ik heb {w} van vorige week voor u opgezocht.', en: 'I looked up {w} from last week for you.' },
  process: { nl: 'Uw vraag staat nu bij {w} van de servicedesk.', en: 'Your question is now with {w} at the servicedesk.' },
  other: { nl: 'Ik heb {w} voor u nagekeken.', en: 'I checked {w} for you.' },
}

describe('the shipped IT-jargon lexicon', () => {
  it('is a valid lexicon of at least 80 terms', () => {
    expect(lexicon.length).toBeGreaterThanOrEqual(80)
  })

  const cases = lexicon.flatMap((t) => [t.term, ...t.aliases].flatMap((word) => (['nl', 'en'] as const).map((language) => ({ t, word, language }))))
  it.each(cases.map((c) => [c.t.term, c.word, c.language, c] as const))('finds %s as "%s" in a %s sentence', (_term, word, language, { t }) => {
    const sentence = carriers[t.category][language].replace('{w}', word)
    const jargon = checker.check(sentence, language).issues.filter((i) => i.kind === 'jargon')
    expect(jargon).toEqual([
      { kind: 'jargon', start: sentence.indexOf(word), end: sentence.indexOf(word) + word.length, text: word, term: t.term, source: 'lexicon', hint: t.plain[language], replacement: t.plain[language] },
    ])
  })

  it('has plain words that are themselves free of jargon, officialese and vague words', () => {
    for (const t of lexicon) {
      for (const language of ['nl', 'en'] as const) {
        expect({ term: t.term, language, issues: checker.check(t.plain[language], language).issues }).toEqual({ term: t.term, language, issues: [] })
      }
    }
  })

  it('words its plain words without addressing anyone, so they fit both forms of address', () => {
    const address = /(?<![\p{L}])(u|uw|je|jij|jouw|you|your)(?![\p{L}])/iu
    const personal = lexicon.filter((t) => address.test(t.plain.nl) || address.test(t.plain.en)).map((t) => t.term)
    expect(personal).toEqual([])
  })

  it('is checked for duplicates without regard to case, with the place of the second one', () => {
    const plain = { nl: 'het kastje', en: 'the box' }
    const result = jargonLexiconSchema.safeParse([
      { term: 'Router', aliases: [], category: 'network', plain },
      { term: 'switch', aliases: ['ROUTER'], category: 'network', plain },
      { term: 'back-up', aliases: [], category: 'data', plain },
      { term: 'Back up', aliases: [], category: 'data', plain },
    ])
    expect(result.success).toBe(false)
    expect(result.error?.issues.map((i) => ({ path: i.path, message: i.message }))).toEqual([
      { path: [1, 'aliases', 0], message: '"ROUTER" appears twice (also at 0.term)' },
      { path: [3, 'term'], message: '"Back up" appears twice (also at 2.term)' },
    ])
  })

  it('rejects a term without a category or plain words, saying where', () => {
    const result = jargonLexiconSchema.safeParse([{ term: 'VPN', aliases: [], category: 'netwerk', plain: { nl: ' ', en: 'the secure connection' } }])
    expect(result.error?.issues.map((i) => i.path.join('.'))).toEqual(['0.category', '0.plain.nl'])
  })

  it('checks a 2,000-character text with the whole lexicon', () => {
    const text = 'Goedemorgen, ik heb de VPN-verbinding en de router nagekeken. Indien het niet werkt, bel ons dan morgen vóór 12:00. '.repeat(18)
    expect(text.length).toBeGreaterThanOrEqual(2000)
    const result = checkText(text, 'nl', { lexicon })
    expect(result.issues.filter((i) => i.kind === 'jargon')).toHaveLength(36)
    expect(result.issues.filter((i) => i.kind === 'officialese')).toHaveLength(18)
  })
})
