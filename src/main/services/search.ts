import type Database from 'better-sqlite3'
import type { SearchHit } from '../../shared/knowledge/details'
import type { KnowledgeKind } from '../../shared/knowledge/forms'
import { phoneDigits } from '../../shared/knowledge/phone'
import { MARK_OPEN, highlight, queryWords, snippet } from '../../shared/knowledge/snippet'

/**
 * Up to this many matches are ranked with bm25. Ranking costs time per match (tens of milliseconds for
 * tens of thousands), so a query that matches more — a common word, two letters — lists title matches
 * first and then the rest, newest first, which FTS5 answers from its index in a millisecond or two.
 */
const RANK_LIMIT = 5000

/** The query as an FTS5 expression: every word must match, each as a prefix; quotes make it literal. */
export function ftsQuery(query: string): string | null {
  const words = query.match(/[\p{L}\p{N}]+/gu)
  if (!words) return null
  return words.map((w) => `"${w.replace(/"/g, '""')}"*`).join(' ')
}

export interface Searcher {
  search(query: string, kinds?: KnowledgeKind[], limit?: number): SearchHit[]
}

interface Row {
  rowid: number
  kind: KnowledgeKind | 'own-word'
  ref: string
  title: string
  body: string
}

/**
 * Search over the whole knowledge base: phone-number fragments first (the last four digits find the
 * person), then full-text hits. An own word of a department opens that department.
 */
export function createSearcher(sqlite: Database.Database): Searcher {
  // Every statement takes the wanted kinds as a JSON array (an own word counts as its department).
  const KINDS = `(? = '[]' OR search_index.rowid IN (SELECT k.rowid FROM search_keys k WHERE k.kind IN (SELECT value FROM json_each(?))))`
  const countCapped = sqlite.prepare(`SELECT COUNT(*) AS n FROM (SELECT 1 FROM search_index WHERE search_index MATCH ? AND ${KINDS} LIMIT ${RANK_LIMIT + 1})`)
  // Title matches weigh ten times a body match (bm25 column weights: title, body).
  const ranked = sqlite.prepare(`SELECT rowid FROM search_index WHERE search_index MATCH ? AND ${KINDS} ORDER BY bm25(search_index, 10.0, 1.0) LIMIT ?`).pluck()
  const newest = sqlite.prepare(`SELECT rowid FROM search_index WHERE search_index MATCH ? AND ${KINDS} ORDER BY rowid DESC LIMIT ?`).pluck()
  // The index's title of a glossary term also holds its aliases (so they are found); show the term.
  const glossaryTerm = sqlite.prepare(`SELECT term FROM glossary_terms WHERE id = ?`).pluck()
  const rowsById = sqlite.prepare(
    `SELECT s.rowid AS rowid, k.kind AS kind, k.ref AS ref, s.title AS title, s.body AS body
     FROM search_keys k JOIN search_index s ON s.rowid = k.rowid WHERE k.rowid IN (SELECT value FROM json_each(?))`,
  )
  const phones = sqlite.prepare(
    `SELECT p.id AS id, p.name AS name, ph.number AS number FROM person_phones ph JOIN people p ON p.id = ph.person_id
     WHERE ph.number LIKE ? OR ph.number LIKE ? ORDER BY p.name LIMIT ?`,
  )
  const ownWordDepartment = sqlite.prepare(`SELECT d.id AS id, d.name AS name FROM department_terms dt JOIN departments d ON d.id = dt.department_id WHERE dt.id = ?`)

  /** Row ids of the best matches, best first. */
  function matchIds(match: string, kinds: string, wanted: number): number[] {
    const count = (countCapped.get(match, kinds, kinds) as { n: number }).n
    if (count <= RANK_LIMIT) return ranked.all(match, kinds, kinds, wanted) as number[]
    const inTitle = newest.all(`{title} : (${match})`, kinds, kinds, wanted) as number[]
    if (inTitle.length >= wanted) return inTitle
    const seen = new Set(inTitle)
    return [...inTitle, ...(newest.all(match, kinds, kinds, wanted * 2) as number[]).filter((id) => !seen.has(id))].slice(0, wanted)
  }

  return {
    search(query, kinds, limit = 20) {
      const wanted = (kind: KnowledgeKind) => !kinds || kinds.length === 0 || kinds.includes(kind)
      const hits: SearchHit[] = []
      const seen = new Map<string, SearchHit>()
      const push = (hit: SearchHit) => {
        const key = `${hit.kind}:${hit.id}`
        const earlier = seen.get(key)
        // A department found first through one of its own words, and then by itself, is shown as itself.
        if (earlier) {
          if (earlier.matched && !hit.matched) Object.assign(earlier, { snippet: hit.snippet, matched: null })
        } else if (hits.length < limit) {
          seen.set(key, hit)
          hits.push(hit)
        }
      }

      const digits = phoneDigits(query)
      if (digits && wanted('person')) {
        // Stored numbers are E.164 (+316…); a national number typed with its leading 0 matches without it.
        const national = digits.startsWith('0') ? digits.slice(1) : digits
        for (const p of phones.all(`%${digits}%`, `%${national}%`, limit) as { id: string; name: string; number: string }[]) {
          push({ kind: 'person', id: p.id, title: p.name, snippet: p.number, matched: p.number })
        }
      }

      const match = ftsQuery(query)
      if (!match) return hits
      const storedKinds = kinds?.length ? [...kinds, ...(kinds.includes('department') ? ['own-word'] : [])] : []
      // A few more than shown: a department found twice (itself and an own word) is shown once.
      const ids = matchIds(match, JSON.stringify(storedKinds), limit + 10)
      const byId = new Map((rowsById.all(JSON.stringify(ids)) as Row[]).map((r) => [r.rowid, r]))
      const words = queryWords(query)
      for (const id of ids) {
        const row = byId.get(id)
        if (!row || hits.length >= limit) continue
        if (row.kind === 'own-word') {
          if (!wanted('department')) continue
          const department = ownWordDepartment.get(row.ref) as { id: string; name: string } | undefined
          if (department) push({ kind: 'department', id: department.id, title: department.name, snippet: snippet(row.body, words) || highlight(row.title, words), matched: row.title })
          continue
        }
        if (!wanted(row.kind)) continue
        const bodySnippet = snippet(row.body, words)
        const titleMarked = bodySnippet ? '' : highlight(row.title, words)
        const title = row.kind === 'glossary' ? ((glossaryTerm.get(row.ref) as string | undefined) ?? row.title) : row.title
        push({ kind: row.kind, id: row.ref, title, snippet: bodySnippet || (titleMarked.includes(MARK_OPEN) ? titleMarked : ''), matched: null })
      }
      return hits
    },
  }
}
