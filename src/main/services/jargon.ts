import { readFileSync } from 'node:fs'
import { basename } from 'node:path'
import { eq } from 'drizzle-orm'
import type { Db, OpenedDatabase } from '../db/open'
import * as t from '../db/schema'
import { jargonCategories, jargonLexiconSchema, lexiconKey, type JargonCategory, type JargonTerm } from '../../shared/language/lexicon'
import { jargonClashes } from '../../shared/pack/schema'
import { AppError, type FieldIssue } from '../../shared/result'
import { describeIssues, issuesFromZod } from '../../shared/zod-issues'
import { stableId } from './stable-id'
import type { Tx } from './transfer/record-writer'

/** A term of the lexicon as the knowledge base keeps it. */
export interface JargonEntry extends JargonTerm {
  id: string
  updatedAt: string
}

type JargonRow = typeof t.jargonTerms.$inferSelect

const isCategory = (value: string): value is JargonCategory => (jargonCategories as readonly string[]).includes(value)

export function entryOf(row: JargonRow): JargonEntry {
  return {
    id: row.id,
    term: row.term,
    aliases: row.aliases,
    category: isCategory(row.category) ? row.category : 'other',
    plain: { nl: row.plainNl, en: row.plainEn },
    updatedAt: row.updatedAt,
  }
}

/** The columns a term is written to. */
export function columnsOf(term: JargonTerm) {
  return { term: term.term, aliases: term.aliases, category: term.category, plainNl: term.plain.nl, plainEn: term.plain.en }
}

const byTerm = new Intl.Collator('en', { sensitivity: 'base', numeric: true })

/** The whole lexicon, in the order of its terms (without regard to case or accents). */
export function listJargon(db: Db | Tx): JargonEntry[] {
  return db
    .select()
    .from(t.jargonTerms)
    .all()
    .map(entryOf)
    .sort((a, b) => byTerm.compare(a.term, b.term) || (a.term < b.term ? -1 : a.term > b.term ? 1 : 0))
}

/** Aliases without repeats and without the term itself: the same word twice says nothing more. */
function tidy(values: JargonTerm): JargonTerm {
  const seen = new Set([lexiconKey(values.term)])
  const aliases = values.aliases.filter((a) => {
    const key = lexiconKey(a)
    if (seen.has(key)) return false
    seen.add(key)
    return true
  })
  return { ...values, aliases }
}

/**
 * Adds a term (no id) or changes one. A term or alias that another term already has as its term or
 * alias is refused, naming the field and the other term: the checker could not tell which plain words to offer.
 */
export function saveJargonTerm(db: Db, id: string | undefined, input: JargonTerm): JargonEntry {
  const values = tidy(input)
  if (id && !db.select({ id: t.jargonTerms.id }).from(t.jargonTerms).where(eq(t.jargonTerms.id, id)).get()) {
    throw new AppError('not-found', 'This jargon term no longer exists; it may have been deleted in the meantime.')
  }
  const others = listJargon(db).filter((e) => e.id !== id)
  const clashes = jargonClashes([...others, values]).filter((c) => c.index === others.length)
  if (clashes.length > 0) {
    const issues: FieldIssue[] = []
    for (const clash of clashes) {
      if (!issues.some((i) => i.field === clash.field)) issues.push({ field: clash.field, message: 'already exists' })
    }
    const words = clashes.map((c) => `“${c.word}” (already in “${others[c.other]!.term}”)`).join(', ')
    throw new AppError('conflict', `The lexicon has these words already: ${words}.`, issues)
  }
  const termId = id ?? crypto.randomUUID()
  if (id) db.update(t.jargonTerms).set(columnsOf(values)).where(eq(t.jargonTerms.id, id)).run()
  else db.insert(t.jargonTerms).values({ id: termId, ...columnsOf(values) }).run()
  return entryOf(db.select().from(t.jargonTerms).where(eq(t.jargonTerms.id, termId)).get()!)
}

export function deleteJargonTerm(db: Db, id: string): void {
  const deleted = db.delete(t.jargonTerms).where(eq(t.jargonTerms.id, id)).run()
  if (deleted.changes === 0) throw new AppError('not-found', 'This jargon term no longer exists; it may have been deleted in the meantime.')
}

/** Reads the shipped lexicon (a JSON list of terms); a broken file is named with every wrong field. */
export function readLexiconFile(file: string): JargonTerm[] {
  let raw: unknown
  try {
    raw = JSON.parse(readFileSync(file, 'utf8').replace(/^\uFEFF/, ''))
  } catch (error) {
    throw new AppError('invalid-input', `${basename(file)} could not be read: ${error instanceof Error ? error.message : String(error)}`)
  }
  const parsed = jargonLexiconSchema.safeParse(raw)
  if (!parsed.success) {
    const issues = issuesFromZod(parsed.error)
    throw new AppError('invalid-input', `${basename(file)} is not a valid jargon lexicon: ${describeIssues(issues)}`, issues)
  }
  return parsed.data.map(tidy)
}

/** Shipped terms get the same id in every console, so team packs match them by id. */
export const shippedTermId = (term: string): string => stableId('servicedesk-console', 'jargon', term.toLocaleLowerCase())

/** The migration that created the lexicon's table. */
export const LEXICON_TABLE_MIGRATION = '0004_language'

/**
 * Whether this start should fill the lexicon from the shipped file: only on the start that created the
 * table (a new database, or one from before the lexicon existed), and only while it is still empty (a
 * pack that filled a new database brings its own). Later starts never refill it, so a team lead who
 * empties the lexicon on purpose keeps it empty.
 */
export function needsShippedLexicon(database: Pick<OpenedDatabase, 'db' | 'appliedMigrations'>): boolean {
  if (!database.appliedMigrations.includes(LEXICON_TABLE_MIGRATION)) return false
  return database.db.select({ id: t.jargonTerms.id }).from(t.jargonTerms).limit(1).all().length === 0
}

/** Writes the shipped lexicon in one transaction; returns how many terms it added. */
export function loadShippedLexicon(db: Db, terms: JargonTerm[]): number {
  db.transaction((tx) => {
    for (const term of terms) tx.insert(t.jargonTerms).values({ id: shippedTermId(term.term), ...columnsOf(term) }).run()
  })
  return terms.length
}
