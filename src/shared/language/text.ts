/**
 * Splitting text into sentences and words, for readability and sentence length.
 *
 * Sentences end at ".", "!", "?" or "…" followed by a space or the end, and at every line break (a
 * salutation, a list item and a heading are units of their own). A full stop does not end a sentence
 * after a single capital (initials: "J. de Vries") or after an abbreviation that never closes one
 * ("bijv.", "e.g.", "dhr.", "nr." …), nor after a list number at the start of a sentence ("1. Start …");
 * other abbreviations ("z.s.m.", "etc.") end one only when a capital follows. Dots inside a token (12.00, 1.5, zuiderhaven.nl) never end a sentence.
 *
 * Words: an e-mail address or web address is one word; a number, time or date ("12:00", "1.5",
 * "3-12-2026") is one word; a dotted abbreviation ("z.s.m.", "e.g.") is one word; hyphenated words
 * ("VPN-verbinding") and words with an apostrophe ("auto's", "don't") are one word each.
 */

export interface Span {
  start: number
  end: number
}

export type WordKind = 'word' | 'number' | 'address' | 'abbreviation'

export interface Word extends Span {
  text: string
  kind: WordKind
}

const NEVER_ENDS = new Set(
  [
    'bijv', 'bv', 'b.v', 'dhr', 'mevr', 'mr', 'mrs', 'ms', 'dr', 'drs', 'ir', 'ing', 'prof', 'nr', 'tel', 'e.g', 'i.e', 'vs', 'o.a', 'm.b.t',
    't.a.v', 'i.v.m', 'd.w.z', 'a.u.b', 'ca', 'incl', 'excl', 'zgn', 'resp', 'evt', 'ong', 'st', 'approx', 'dept', 'afd', 'mw', 'jl',
  ].map((a) => a + '.'),
)

const WORD =
  /[\p{L}\p{N}._%+-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)*\.\p{L}{2,}|(?:https?:\/\/|www\.)[^\s]*[^\s.,;:!?)]|\p{N}+(?:[.,:/-]\p{N}+)*(?![\p{L}\p{N}])|(?:\p{L}{1,4}\.){2,}|[\p{L}\p{N}]+(?:['’\-‐][\p{L}\p{N}]+)*/gu

function classify(token: string): WordKind {
  if (token.includes('@') || /^(?:https?:\/\/|www\.)/i.test(token)) return 'address'
  if (/^\p{N}/u.test(token) && /^[\p{N}.,:/-]+$/u.test(token)) return 'number'
  if (token.endsWith('.')) return 'abbreviation'
  return 'word'
}

/** The words of a text (or of part of it), with where each stands. */
export function words(text: string, from = 0, to = text.length): Word[] {
  const out: Word[] = []
  const part = from === 0 && to === text.length ? text : text.slice(from, to)
  for (const m of part.matchAll(WORD)) {
    const start = from + (m.index ?? 0)
    out.push({ start, end: start + m[0].length, text: m[0], kind: classify(m[0]) })
  }
  return out
}

function endsSentence(text: string, dot: number): boolean {
  // The word before the dot, with its own inner dots: "z.s.m", "bijv", "J".
  let s = dot
  while (s > 0 && /[\p{L}\p{N}.]/u.test(text[s - 1]!)) s--
  const before = text.slice(s, dot + 1)
  if (/^\p{Lu}\.$/u.test(before)) return false
  // A list number at the start of a line or sentence: "1. Start de laptop opnieuw op."
  if (/^\p{N}+\.$/u.test(before) && /(?:^|[.!?…:]\s|\n)\s*$/u.test(text.slice(0, s))) return false
  const lower = before.toLowerCase()
  if (NEVER_ENDS.has(lower)) return false
  if (/^(?:\p{L}{1,4}\.){2,}$/u.test(before) || lower === 'etc.' || lower === 'enz.') {
    const next = /\S/u.exec(text.slice(dot + 1))
    return next === null || /\p{Lu}/u.test(next[0])
  }
  return true
}

/** The sentences of a text: spans without surrounding white space, each holding at least one character. */
export function sentences(text: string): Span[] {
  const out: Span[] = []
  let start = 0
  const push = (end: number): void => {
    let s = start
    let e = end
    while (s < e && /\s/u.test(text[s]!)) s++
    while (e > s && /\s/u.test(text[e - 1]!)) e--
    if (e > s) out.push({ start: s, end: e })
  }
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!
    if (c === '\n') {
      push(i)
      start = i + 1
    } else if (c === '.' || c === '!' || c === '?' || c === '…') {
      let j = i
      while (j + 1 < text.length && /[.!?…]/u.test(text[j + 1]!)) j++
      let k = j + 1
      while (k < text.length && /["'”’)\]]/u.test(text[k]!)) k++
      const atBreak = k >= text.length || /\s/u.test(text[k]!)
      if (atBreak && (c !== '.' || j > i || endsSentence(text, i))) {
        push(k)
        start = k
      }
      i = k - 1
    }
  }
  push(text.length)
  return out
}
