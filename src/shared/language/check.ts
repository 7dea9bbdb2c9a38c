/**
 * The plain-language checker for texts said or written to a caller, in Dutch and English: IT jargon
 * (the shipped lexicon plus the organisation's glossary), long sentences, officialese, vague promises,
 * bare refusals, and readability. Pure and synchronous, fast enough to run on every keystroke: the
 * lexicon is compiled once per lexicon (createChecker), and checkText keeps the last few compiled
 * lexicons keyed by the array's identity. How each check decides is documented in its own module and
 * in README.md beside this file.
 */
import { JargonMatcher } from './jargon'
import type { JargonTerm } from './lexicon'
import { NameFinder } from './names'
import { phraseIssues } from './phrases'
import { readability } from './readability'
import { sentences, words } from './text'

export { readability } from './readability'
export { countSyllables } from './syllables'

export type IssueKind = 'jargon' | 'long-sentence' | 'officialese' | 'vague' | 'bare-refusal'

export interface TextIssue {
  kind: IssueKind
  start: number
  end: number
  text: string
  /** one-click fix */
  replacement?: string
  /** jargon: the lexicon or glossary term */
  term?: string
  source?: 'lexicon' | 'glossary'
  /** jargon: the plain words for the term, also where the hit has no one-click fix (an inflected form, a compound) */
  hint?: string
}

export interface Readability {
  score: number
  label: 'easy' | 'fairly-easy' | 'hard'
  words: number
  sentences: number
  syllables: number
  formula: 'flesch' | 'flesch-douma'
}

export interface CheckResult {
  issues: TextIssue[]
  /** null for empty text */
  readability: Readability | null
}

export interface GlossaryEntry {
  term: string
  aliases: string[]
  meaning: string
}

export type TextLanguage = 'nl' | 'en'

export interface CheckOptions {
  lexicon: JargonTerm[]
  glossary?: GlossaryEntry[]
  /**
   * The organisation's proper names (applications, departments). A lexicon or glossary hit inside one of
   * them is not flagged: "Mijn P&O" is an application, while "P&O" on its own is still jargon.
   */
  names?: string[]
}

export interface Checker {
  check(text: string, language: TextLanguage): CheckResult
}

/** Most words a sentence may have before it is flagged as long. */
export const longSentenceWords: Record<TextLanguage, number> = { nl: 20, en: 25 }

const KIND_ORDER: IssueKind[] = ['long-sentence', 'jargon', 'officialese', 'vague', 'bare-refusal']

export function createChecker(options: CheckOptions): Checker {
  const matcher = new JargonMatcher(options.lexicon, options.glossary ?? [])
  const names = new NameFinder(options.names ?? [])
  return {
    check(text, language) {
      const spans = sentences(text)
      const issues: TextIssue[] = []
      for (const span of spans) {
        const count = words(text, span.start, span.end).length
        if (count > longSentenceWords[language]) issues.push({ kind: 'long-sentence', start: span.start, end: span.end, text: text.slice(span.start, span.end) })
      }
      issues.push(...matcher.find(text, language, names.find(text)), ...phraseIssues(text, spans, language))
      const starts = new Set(spans.map((s) => s.start))
      for (const issue of issues) {
        if (issue.replacement && starts.has(issue.start) && /^\p{Lu}/u.test(issue.text)) {
          issue.replacement = issue.replacement.charAt(0).toUpperCase() + issue.replacement.slice(1)
        }
      }
      issues.sort((a, b) => a.start - b.start || KIND_ORDER.indexOf(a.kind) - KIND_ORDER.indexOf(b.kind) || a.end - b.end)
      return { issues, readability: readability(text, language) }
    },
  }
}

// A few compiled checkers, keyed by the lexicon, glossary and names arrays themselves: a caller that keeps
// its arrays (as the UI does between keystrokes) compiles once; new arrays compile anew.
const cache: Array<{ lexicon: JargonTerm[]; glossary: GlossaryEntry[] | undefined; names: string[] | undefined; checker: Checker }> = []
const CACHE_SIZE = 4

export function checkText(text: string, language: TextLanguage, options: CheckOptions): CheckResult {
  let hit = cache.find((c) => c.lexicon === options.lexicon && c.glossary === options.glossary && c.names === options.names)
  if (!hit) {
    hit = { lexicon: options.lexicon, glossary: options.glossary, names: options.names, checker: createChecker(options) }
    cache.unshift(hit)
    cache.length = Math.min(cache.length, CACHE_SIZE)
  }
  return hit.checker.check(text, language)
}

/**
 * The text with an issue's replacement applied. When the text has changed since it was checked, the
 * issue's text is looked for nearest to where it was; a fix that no longer fits leaves the text as it is.
 */
export function applyFix(text: string, issue: TextIssue): string {
  if (issue.replacement === undefined || issue.text === '') return text
  let start = text.slice(issue.start, issue.end) === issue.text ? issue.start : -1
  if (start < 0) {
    let best = -1
    for (let at = text.indexOf(issue.text); at >= 0; at = text.indexOf(issue.text, at + 1)) {
      if (best < 0 || Math.abs(at - issue.start) < Math.abs(best - issue.start)) best = at
    }
    start = best
  }
  if (start < 0) return text
  return text.slice(0, start) + issue.replacement + text.slice(start + issue.text.length)
}
