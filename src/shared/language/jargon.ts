import type { GlossaryEntry, TextIssue } from './check'
import { glossaryJargon } from './glossary'
import { stems } from './inflection'
import type { JargonTerm } from './lexicon'
import { insideName, type NameSpan } from './names'

/**
 * Finding lexicon and glossary terms in a text.
 *
 * - Word boundaries: a term matches whole words only. A term of several words matches with a space or
 *   a hyphen between them where the term has a space ("access point", "access-point"), with a hyphen or
 *   slash where the term has one ("back-up", "IP-adres", "SSL/TLS": "back up" is a plain verb), and
 *   written as one word ("backup", "accesspoint"; "ipadres" does not, because of the case rule).
 * - Case: a part written in capitals ("VPN", "AD", "IT", "2FA", "BIOS") matches only in capitals, so
 *   "it" is never "IT" and "bios" (cinema) never "BIOS". A term of at most three letters with capitals
 *   in it ("Wmo") matches as written or in capitals. Everything else matches in any case.
 * - Inflections (inflection.ts): "servers", "routertje", "gereset", "patches", "resetting".
 * - Compounds: a hyphenated word always counts ("VPN-verbinding", "thuis-router"). In Dutch a closed
 *   compound counts when the rest of the word has three letters or more and the term comes first with
 *   four letters or more ("wifiwachtwoord", "routerprobleem", "pingtest") or last with five or more
 *   ("thuisrouter", "beveiligingspatch"): many Dutch words end in "-ping" or "-port" (verdieping,
 *   rapport) without being compounds. A short list of words that only look like compounds
 *   ("portemonnee", "pingpong") is excluded. English closed compounds are not looked for: English
 *   writes compounds apart.
 * - Overlapping hits: the longest wins ("shared mailbox" over "mailbox", "Azure AD" over "AD"); on an
 *   equal length the glossary (the organisation's own word) wins.
 * - The fix: only the term as written (or its alias) gets the plain words as a one-click replacement.
 *   An inflected form or a compound is flagged without one (the plain words would not fit the grammar
 *   or would lose the rest of the compound); the plain words are then given as a hint. Next to an
 *   article or another determiner the replacement is adjusted: "de router" → "het kastje …" (the
 *   article is replaced), "uw VPN" → "uw beveiligde verbinding …" (the plain article is dropped).
 * - Names: a hit inside one of the organisation's names ("P&O" in the application "Mijn P&O") is not
 *   flagged; see names.ts.
 */

type CaseRule = 'caps' | 'as-written' | 'any'
interface Part {
  lower: string
  written: string
  rule: CaseRule
}
interface Entry {
  term: string
  source: 'lexicon' | 'glossary'
  plain: { nl: string; en: string } | null
  hint: { nl: string; en: string }
}
interface Form {
  parts: Part[]
  /** What stands between the parts in the term: ' ', '-' (a hyphen or slash) or another sign such as '&'. */
  gaps: string[]
  joined: string
  entry: Entry
}
interface Token {
  start: number
  end: number
  text: string
  lower: string
}
interface Hit {
  start: number
  end: number
  entry: Entry
  exact: boolean
}

// Words that begin like a closed compound of a term but are not one (also when they start a longer word:
// "portefeuillehouder").
const NOT_COMPOUNDS = [
  'portemonnee', 'portaal', 'portalen', 'portier', 'portret', 'portie', 'portefeuille', 'pingpong', 'pinguïn', 'hashtag', 'cachet', 'patchwork',
  'serveer', 'tokenisme',
]

function splitParts(written: string): Part[] {
  const pieces = written.split(/[^\p{L}\p{N}]+/u).filter((p) => p !== '')
  const letters = pieces.join('').replace(/\p{N}/gu, '')
  const hasCapital = letters !== letters.toLowerCase()
  const allCaps = hasCapital && letters === letters.toUpperCase()
  const shortMixed = letters.length <= 3 && hasCapital && !allCaps
  return pieces.map((p) => {
    const pl = p.replace(/\p{N}/gu, '')
    const caps = pl !== '' && pl !== pl.toLowerCase() && pl === pl.toUpperCase()
    return { lower: p.toLowerCase(), written: p, rule: caps ? 'caps' : shortMixed ? 'as-written' : 'any' }
  })
}

function partCaseOk(part: Part, surface: string): boolean {
  if (part.rule === 'any') return true
  if (part.rule === 'caps') return surface === surface.toUpperCase()
  return surface === part.written || surface === part.written.toUpperCase()
}

/** Case check of a form's parts laid end to end over one stretch of letters (a word, a stem, a joined form). */
function joinedCaseOk(form: Form, surface: string): boolean {
  let pos = 0
  for (const part of form.parts) {
    if (!partCaseOk(part, surface.slice(pos, pos + part.lower.length))) return false
    pos += part.lower.length
  }
  return true
}

// "access point" may be written "access-point"; "back-up" must keep its hyphen ("back up" is a plain verb).
const SPACE_OR_HYPHEN = /^(?:[ \u00a0]+|[-‐])$/u
const HYPHEN = /^[ \u00a0]*[-‐/][ \u00a0]*$/u
const DEFINITE = new Set(['de', 'het', 'the'])
const INDEFINITE = new Set(['een', 'a', 'an'])
// Words before a term that take the place of the plain words' own article. Not "dat", "die", "that" or
// "zijn": they are as often a conjunction, a relative pronoun or a verb.
const DETERMINERS = new Set([
  'uw', 'je', 'jouw', 'mijn', 'onze', 'ons', 'deze', 'dit', 'geen', 'elke', 'ieder', 'iedere', 'hun',
  'your', 'my', 'our', 'this', 'these', 'those', 'their', 'his', 'its', 'no', 'any', 'every', 'each',
])

export class JargonMatcher {
  private readonly single = new Map<string, Form[]>()
  private readonly multi = new Map<string, Form[]>()

  constructor(lexicon: readonly JargonTerm[], glossary: readonly GlossaryEntry[]) {
    for (const t of lexicon) {
      const entry: Entry = { term: t.term, source: 'lexicon', plain: t.plain, hint: t.plain }
      for (const w of [t.term, ...t.aliases]) this.add(w, entry)
    }
    for (const g of glossary) {
      const { words, replacement, hint } = glossaryJargon(g)
      const entry: Entry = { term: g.term, source: 'glossary', plain: replacement === null ? null : { nl: replacement, en: replacement }, hint: { nl: hint, en: hint } }
      for (const w of words) this.add(w, entry)
    }
  }

  private add(written: string, entry: Entry): void {
    const parts = splitParts(written)
    if (parts.length === 0) return
    const gaps = written
      .trim()
      .split(/[\p{L}\p{N}]+/u)
      .slice(1, -1)
      .map((g) => (/^\s+$/u.test(g) ? ' ' : /[-‐/]/u.test(g) ? '-' : g.replace(/\s+/gu, '')))
    const form: Form = { parts, gaps, joined: parts.map((p) => p.lower).join(''), entry }
    // "back-up" may be written "backup"; "I&A" may not be written "IA".
    if (gaps.every((g) => g === ' ' || g === '-')) push(this.single, form.joined, form)
    if (parts.length > 1) push(this.multi, parts[0]!.lower, form)
  }

  /** The hits in the text, leaving out those that lie inside one of the given name occurrences. */
  find(text: string, language: 'nl' | 'en', names: readonly NameSpan[] = []): TextIssue[] {
    const tokens: Token[] = []
    for (const m of text.matchAll(/[\p{L}\p{N}]+/gu)) {
      const start = m.index ?? 0
      tokens.push({ start, end: start + m[0].length, text: m[0], lower: m[0].toLowerCase() })
    }
    const hits: Hit[] = []
    tokens.forEach((token, i) => {
      this.matchPhrases(text, tokens, i, hits)
      this.matchWord(token, language, hits)
    })
    const outsideNames = names.length === 0 ? hits : hits.filter((h) => !insideName(text, h.start, h.end, names))
    return resolve(outsideNames.map((h) => widen(text, h))).map((h) => toIssue(text, h, language))
  }

  private matchPhrases(text: string, tokens: Token[], i: number, hits: Hit[]): void {
    for (const form of this.multi.get(tokens[i]!.lower) ?? []) {
      const last = i + form.parts.length - 1
      if (last >= tokens.length) continue
      let ok = partCaseOk(form.parts[0]!, tokens[i]!.text)
      for (let k = 1; ok && k < form.parts.length; k++) {
        const token = tokens[i + k]!
        const part = form.parts[k]!
        const gap = text.slice(tokens[i + k - 1]!.end, token.start)
        const wanted = form.gaps[k - 1]!
        ok = (wanted === ' ' ? SPACE_OR_HYPHEN.test(gap) : wanted === '-' ? HYPHEN.test(gap) : gap.replace(/\s+/gu, '') === wanted) && (k < form.parts.length - 1 ? token.lower === part.lower && partCaseOk(part, token.text) : true)
      }
      if (!ok) continue
      const lastToken = tokens[last]!
      const lastPart = form.parts[form.parts.length - 1]!
      if (lastToken.lower === lastPart.lower) {
        if (partCaseOk(lastPart, lastToken.text)) hits.push({ start: tokens[i]!.start, end: lastToken.end, entry: form.entry, exact: true })
      } else if (stems(lastToken.lower).some((s) => s.stem === lastPart.lower && partCaseOk(lastPart, lastToken.text.slice(s.offset, s.offset + s.stem.length)))) {
        hits.push({ start: tokens[i]!.start, end: lastToken.end, entry: form.entry, exact: false })
      }
    }
  }

  private matchWord(token: Token, language: 'nl' | 'en', hits: Hit[]): void {
    const exact = (this.single.get(token.lower) ?? []).filter((f) => joinedCaseOk(f, token.text))
    if (exact.length > 0) {
      for (const f of exact) hits.push({ start: token.start, end: token.end, entry: f.entry, exact: true })
      return
    }
    for (const s of stems(token.lower)) {
      const forms = (this.single.get(s.stem) ?? []).filter((f) => joinedCaseOk(f, token.text.slice(s.offset, s.offset + s.stem.length)))
      if (forms.length > 0) {
        for (const f of forms) hits.push({ start: token.start, end: token.end, entry: f.entry, exact: false })
        return
      }
    }
    if (language === 'nl' && token.lower.length >= 7 && !NOT_COMPOUNDS.some((w) => token.lower.startsWith(w))) this.matchCompound(token, hits)
  }

  private matchCompound(token: Token, hits: Hit[]): void {
    const w = token.lower
    const eligible = (f: Form, surface: string, least: number): boolean => f.joined.replace(/\p{N}/gu, '').length >= least && joinedCaseOk(f, surface)
    // The term first: longest head that is a term.
    for (let k = w.length - 3; k >= 4; k--) {
      const forms = (this.single.get(w.slice(0, k)) ?? []).filter((f) => eligible(f, token.text.slice(0, k), 4))
      if (forms.length > 0) {
        for (const f of forms) hits.push({ start: token.start, end: token.end, entry: f.entry, exact: false })
        return
      }
    }
    // The term last, possibly inflected: "thuisrouter", "thuisrouters".
    for (const base of [{ stem: w, offset: 0 }, ...stems(w)]) {
      const s = base.stem
      for (let k = s.length - 3; k >= 5; k--) {
        const tail = s.slice(s.length - k)
        const at = base.offset + s.length - k
        const forms = (this.single.get(tail) ?? []).filter((f) => eligible(f, token.text.slice(at, at + k), 5))
        if (forms.length > 0) {
          for (const f of forms) hits.push({ start: token.start, end: token.end, entry: f.entry, exact: false })
          return
        }
      }
    }
  }
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key)
  if (list) list.push(value)
  else map.set(key, [value])
}

/** A hit inside a hyphenated word or followed by "'s" covers the whole word, and offers no fix. */
function widen(text: string, hit: Hit): Hit {
  let { start, end, exact } = hit
  const wordChar = (i: number): boolean => i >= 0 && i < text.length && /[\p{L}\p{N}]/u.test(text[i]!)
  while (/[-‐]/u.test(text[start - 1] ?? '') && wordChar(start - 2)) {
    start -= 2
    while (wordChar(start - 1)) start--
    exact = false
  }
  while ((/[-‐'’]/u.test(text[end] ?? '')) && wordChar(end + 1)) {
    end += 2
    while (wordChar(end)) end++
    exact = false
  }
  return { ...hit, start, end, exact }
}

function resolve(hits: Hit[]): Hit[] {
  const rank = (h: Hit): number => (h.entry.source === 'glossary' ? 2 : 0) + (h.exact ? 1 : 0)
  const sorted = [...hits].sort((a, b) => b.end - b.start - (a.end - a.start) || rank(b) - rank(a) || a.start - b.start)
  const kept: Hit[] = []
  for (const h of sorted) if (!kept.some((k) => h.start < k.end && k.start < h.end)) kept.push(h)
  return kept.sort((a, b) => a.start - b.start)
}

function toIssue(text: string, hit: Hit, language: 'nl' | 'en'): TextIssue {
  const issue: TextIssue = { kind: 'jargon', start: hit.start, end: hit.end, text: text.slice(hit.start, hit.end), term: hit.entry.term, source: hit.entry.source, hint: hit.entry.hint[language] }
  const plain = hit.entry.plain?.[language]
  if (!hit.exact || !plain) return issue
  const article = /^(de|het|een|the|an?)\s+(.*)$/isu.exec(plain)
  const before = /([\p{L}]+)[ \u00a0]+$/u.exec(text.slice(Math.max(0, hit.start - 30), hit.start))
  if (!article || !before) return { ...issue, replacement: plain }
  const prev = before[1]!
  const prevLower = prev.toLowerCase()
  const own = article[1]!.toLowerCase()
  const rest = article[2]!
  const prevStart = hit.start - before[0].length
  const withPrev = (replacement: string): TextIssue => {
    const cased = /^\p{Lu}/u.test(prev) ? replacement.charAt(0).toUpperCase() + replacement.slice(1) : replacement
    return { ...issue, start: prevStart, text: text.slice(prevStart, hit.end), replacement: cased }
  }
  if (DEFINITE.has(prevLower)) {
    if (DEFINITE.has(own) && own !== prevLower) return withPrev(plain)
    return { ...issue, replacement: rest }
  }
  if (INDEFINITE.has(prevLower)) {
    if (language === 'en') {
      const wanted = /^[aeiou]/i.test(rest) ? 'an' : 'a'
      if (wanted !== prevLower) return withPrev(`${wanted} ${rest}`)
    }
    return { ...issue, replacement: rest }
  }
  if (DETERMINERS.has(prevLower)) return { ...issue, replacement: rest }
  return { ...issue, replacement: plain }
}
