import { useEffect, useMemo, useState } from 'react'
import { createChecker, type Checker } from '../../../../shared/language/check'
import type { JargonTerm } from '../../../../shared/language/lexicon'
import { call, on } from '../../api'

/** The plain-language checker with the lexicon as the knowledge base has it now; follows edits to it. */
export function useChecker(): { checker: Checker | null; error: string | null } {
  const [lexicon, setLexicon] = useState<JargonTerm[] | null>(null)
  const [error, setError] = useState<string | null>(null)
  useEffect(() => {
    let current = true
    const load = () =>
      call('jargon:list', {}).then(
        (terms) => current && setLexicon(terms.map(({ term, aliases, category, plain }) => ({ term, aliases, category, plain }))),
        (e: unknown) => current && setError(e instanceof Error ? e.message : String(e)),
      )
    void load()
    const stop = on('jargon:changed', () => void load())
    return () => {
      current = false
      stop()
    }
  }, [])
  const checker = useMemo(() => {
    if (!lexicon) return null
    try {
      return createChecker({ lexicon })
    } catch (e) {
      setTimeout(() => setError(e instanceof Error ? e.message : String(e)), 0)
      return null
    }
  }, [lexicon])
  return { checker, error }
}
