import type Database from 'better-sqlite3'
import type { SearchHit } from '../../shared/knowledge/details'
import type { KnowledgeKind } from '../../shared/knowledge/forms'
import { phoneDigits } from '../../shared/knowledge/phone'

const OPEN = '\u0002'
const CLOSE = '\u0003'
/** Title matches weigh ten times a body match (bm25 column weights: title, body). */
const RANKED = `SELECT k.kind AS kind, k.ref AS ref, search_index.title AS title,
    snippet(search_index, 1, char(2), char(3), '…', 12) AS snippet, highlight(search_index, 0, char(2), char(3)) AS titleHit
  FROM search_index JOIN search_keys k ON k.rowid = search_index.rowid
  WHERE search_index MATCH ? ORDER BY bm25(search_index, 10.0, 1.0) LIMIT ?`
/** A one-letter query matches thousands of rows: ranking them all costs more than it tells. */
const UNRANKED = RANKED.replace('ORDER BY bm25(search_index, 10.0, 1.0) ', '')

interface Row {
  kind: KnowledgeKind | 'own-word'
  ref: string
  title: string
  snippet: string
  titleHit: string
}

/** The query as an FTS5 expression: every word must match, each as a prefix; quotes make it literal. */
export function ftsQuery(query: string): string | null {
  const words = query.match(/[\p{L}\p{N}]+/gu)
  if (!words) return null
  return words.map((w) => `"${w.replace(/"/g, '""')}"*`).join(' ')
}

export interface Searcher {
  search(query: string, kinds?: KnowledgeKind[], limit?: number): SearchHit[]
}

/**
 * Search over the whole knowledge base: phone-number fragments first (the last four digits find the
 * person), then FTS5 hits ranked by bm25. An own word of a department opens that department.
 */
export function createSearcher(sqlite: Database.Database): Searcher {
  const ranked = sqlite.prepare(RANKED)
  const unranked = sqlite.prepare(UNRANKED)
  const phones = sqlite.prepare(
    `SELECT p.id AS id, p.name AS name, ph.number AS number FROM person_phones ph JOIN people p ON p.id = ph.person_id
     WHERE ph.number LIKE ? OR ph.number LIKE ? ORDER BY p.name LIMIT ?`,
  )
  const ownWordDepartment = sqlite.prepare(
    `SELECT d.id AS id, d.name AS name FROM department_terms dt JOIN departments d ON d.id = dt.department_id WHERE dt.id = ?`,
  )

  return {
    search(query, kinds, limit = 20) {
      const wanted = (kind: KnowledgeKind) => !kinds || kinds.length === 0 || kinds.includes(kind)
      const hits: SearchHit[] = []
      const seen = new Set<string>()
      const push = (hit: SearchHit) => {
        const key = `${hit.kind}:${hit.id}`
        if (!seen.has(key) && hits.length < limit) {
          seen.add(key)
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
      const short = query.replace(/[^\p{L}\p{N}]/gu, '').length < 2
      // Ask for more than needed: rows of unwanted kinds are dropped after the match.
      const rows = (short ? unranked : ranked).all(match, kinds?.length ? limit * 4 : limit + 10) as Row[]
      for (const row of rows) {
        if (row.kind === 'own-word') {
          if (!wanted('department')) continue
          const department = ownWordDepartment.get(row.ref) as { id: string; name: string } | undefined
          if (department) push({ kind: 'department', id: department.id, title: department.name, snippet: row.snippet || row.titleHit, matched: row.title })
          continue
        }
        if (!wanted(row.kind)) continue
        const snippet = row.snippet.includes(OPEN) || !row.titleHit.includes(OPEN) ? row.snippet : row.titleHit
        push({ kind: row.kind, id: row.ref, title: row.title, snippet, matched: null })
      }
      return hits
    },
  }
}

export const SNIPPET_MARKS = { open: OPEN, close: CLOSE }
