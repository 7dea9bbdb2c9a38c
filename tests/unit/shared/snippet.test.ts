import { describe, expect, it } from 'vitest'
import { fold, highlight, queryWords, snippet } from '../../../src/shared/knowledge/snippet'

const O = '\u0002'
const C = '\u0003'

describe('search snippets', () => {
  it('fold case and diacritics the way the index does', () => {
    expect(fold('Financiën Café ÉÉN')).toBe('financien cafe een')
    expect(queryWords('  café, Fin-ANC ')).toEqual(['cafe', 'fin', 'anc'])
  })

  it('mark every word that starts with a query word, whatever its accents', () => {
    expect(highlight('Het café van Financiën', ['cafe', 'fin'])).toBe(`Het ${O}café${C} van ${O}Financiën${C}`)
    expect(highlight('Definitief', ['fin'])).toBe('Definitief')
  })

  it('show a window around the first match with ellipses where text was left out', () => {
    const text = Array.from({ length: 60 }, (_, i) => `woord${i}`).join(' ').replace('woord30', 'storing')
    const s = snippet(text, ['stor'], 10)
    expect(s.startsWith('…')).toBe(true)
    expect(s.endsWith('…')).toBe(true)
    expect(s).toContain(`${O}storing${C}`)
    expect(s.split(' ').length).toBe(10)
    expect(snippet('geen treffer hier', ['xyz'])).toBe('')
    expect(snippet('storing bij de start', ['stor'], 10)).toBe(`${O}storing${C} bij de start`)
  })
})
