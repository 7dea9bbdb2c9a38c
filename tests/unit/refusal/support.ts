import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { createChecker, type GlossaryEntry } from '../../../src/shared/language/check'
import { jargonTermSchema, type JargonTerm } from '../../../src/shared/language/lexicon'
import { root } from '../support/paths'

/** The lexicon as the console ships it. */
export function shippedLexicon(): JargonTerm[] {
  const raw = JSON.parse(readFileSync(join(root, 'resources/lexicon/it-jargon.json'), 'utf8')) as unknown
  const terms = Array.isArray(raw) ? raw : (raw as { terms: unknown[] }).terms
  return terms.map((t) => jargonTermSchema.parse(t))
}

/** The checker with the shipped lexicon and, if given, an organisation's glossary and proper names. */
export function shippedChecker(glossary: GlossaryEntry[] = [], names: string[] = []) {
  return createChecker({ lexicon: shippedLexicon(), glossary, names })
}
