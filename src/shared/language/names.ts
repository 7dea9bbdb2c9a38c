/**
 * The organisation's proper names (its applications and departments) in a text.
 *
 * A name is what it is called, even when it holds an abbreviation: "Mijn P&O" is an application a
 * caller knows by that name, so the "P&O" inside it is not jargon, while "P&O" on its own still is. A
 * name matches as a whole (not inside a longer word), in any case, with any run of spaces where it has
 * one. A name with a part in brackets at the end ("Website zuiderhaven.nl (CMS)") also matches without
 * that part. A hit only counts as inside a name when the name has more words than the hit: a name that
 * is nothing but an abbreviation ("KCC") does not make that abbreviation plain.
 */

export interface NameSpan {
  start: number
  end: number
}

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&')

/** The forms a name is looked for in: as written, and without a part in brackets at its end. */
function forms(name: string): string[] {
  const written = name.trim().replace(/\s+/gu, ' ')
  if (written === '') return []
  const bare = written.replace(/\s*\([^()]*\)$/u, '').trim()
  return bare !== '' && bare !== written ? [written, bare] : [written]
}

export class NameFinder {
  private readonly pattern: RegExp | null

  constructor(names: readonly string[]) {
    const all = [...new Set(names.flatMap(forms))].filter((n) => /[\p{L}\p{N}]/u.test(n))
    // Longest first, so that at one position the longer name wins ("Klantlijn KCC" over "Klantlijn").
    all.sort((a, b) => b.length - a.length)
    const alternatives = all.map((n) => n.split(' ').map(escape).join('[\\s\\u00a0]+'))
    this.pattern = alternatives.length > 0 ? new RegExp(`(?<![\\p{L}\\p{N}])(?:${alternatives.join('|')})(?![\\p{L}\\p{N}])`, 'giu') : null
  }

  /** Where names occur in the text; occurrences may overlap. */
  find(text: string): NameSpan[] {
    const pattern = this.pattern
    if (!pattern) return []
    const spans: NameSpan[] = []
    pattern.lastIndex = 0
    for (let m = pattern.exec(text); m; m = pattern.exec(text)) {
      spans.push({ start: m.index, end: m.index + m[0].length })
      // Look again from the next character: another name may start inside this one.
      pattern.lastIndex = m.index + 1
    }
    return spans
  }
}

/** Whether the stretch start..end of the text lies inside one of the names, with words of the name outside it. */
export function insideName(text: string, start: number, end: number, names: readonly NameSpan[]): boolean {
  return names.some((n) => n.start <= start && end <= n.end && /[\p{L}\p{N}]/u.test(text.slice(n.start, start) + text.slice(end, n.end)))
}
