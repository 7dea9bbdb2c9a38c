/**
 * Highlighting and snippets for search results, computed for the few rows shown rather than by
 * SQLite for every match. Matching is the same as the index's: words compared without case and
 * diacritics, each query word as a prefix.
 */
export const MARK_OPEN = '\u0002'
export const MARK_CLOSE = '\u0003'

export function fold(text: string): string {
  // Most words are plain ASCII: lower-casing is all they need, and it is far cheaper than normalising.
  return /^[\x20-\x7e]*$/.test(text) ? text.toLowerCase() : text.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase()
}

/** The words of a query, folded: what every search word is compared with. */
export function queryWords(query: string): string[] {
  return (query.match(/[\p{L}\p{N}]+/gu) ?? []).map(fold)
}

interface Token {
  text: string
  word: boolean
  hit: boolean
}

function tokens(text: string, words: string[]): Token[] {
  return text
    .split(/([\p{L}\p{N}]+)/u)
    .filter((part) => part !== '')
    .map((part) => {
      const word = /^[\p{L}\p{N}]+$/u.test(part)
      const folded = word ? fold(part) : ''
      return { text: part, word, hit: word && words.some((w) => folded.startsWith(w)) }
    })
}

const render = (list: Token[]) => list.map((t) => (t.hit ? `${MARK_OPEN}${t.text}${MARK_CLOSE}` : t.text)).join('')

/** The whole text with every matching word marked. */
export function highlight(text: string, words: string[]): string {
  return render(tokens(text, words))
}

/** About `size` words around the first match, marked, with … where text was left out; '' without a match. */
export function snippet(text: string, words: string[], size = 20): string {
  const list = tokens(text.replace(/\s+/g, ' ').trim(), words)
  const first = list.findIndex((t) => t.hit)
  if (first < 0) return ''
  const wordPositions = list.flatMap((t, i) => (t.word ? [i] : []))
  const at = wordPositions.indexOf(first)
  const fromWord = Math.max(0, at - Math.floor(size / 3))
  const toWord = Math.min(wordPositions.length - 1, fromWord + size - 1)
  const start = fromWord === 0 ? 0 : wordPositions[fromWord]!
  const end = toWord === wordPositions.length - 1 ? list.length : wordPositions[toWord]! + 1
  return `${start > 0 ? '…' : ''}${render(list.slice(start, end)).trim()}${end < list.length ? '…' : ''}`
}
