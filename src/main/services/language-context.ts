import type { Db } from '../db/open'
import * as t from '../db/schema'
import type { GlossaryEntry } from '../../shared/language/check'

/** What the plain-language checker takes from the knowledge base besides the lexicon. */
export interface LanguageContext {
  /** The organisation's glossary: its abbreviations are jargon toward a caller. */
  glossary: GlossaryEntry[]
  /** The names of its applications and departments: an abbreviation inside one ("Mijn P&O") is a name, not jargon. */
  names: string[]
}

export function languageContext(db: Db): LanguageContext {
  const glossary = db.select({ term: t.glossaryTerms.term, aliases: t.glossaryTerms.aliases, meaning: t.glossaryTerms.meaning }).from(t.glossaryTerms).all()
  const applications = db.select({ name: t.applications.name }).from(t.applications).all()
  const departments = db.select({ name: t.departments.name }).from(t.departments).all()
  const names = [...new Set([...applications, ...departments].map((r) => r.name))].sort()
  return { glossary, names }
}
