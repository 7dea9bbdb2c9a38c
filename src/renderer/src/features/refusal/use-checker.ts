import { useEffect, useMemo, useState } from 'react'
import type { ChannelOutput } from '../../../../shared/contract'
import type { KnowledgeKind } from '../../../../shared/knowledge/forms'
import { createChecker, type Checker } from '../../../../shared/language/check'
import type { JargonTerm } from '../../../../shared/language/lexicon'
import { call, on } from '../../api'

type LanguageContext = ChannelOutput<'language:context'>

// The knowledge the checker uses besides the lexicon: the glossary and the application and department names.
const CONTEXT_KINDS: readonly KnowledgeKind[] = ['glossary', 'application', 'department']
const message = (e: unknown): string => (e instanceof Error ? e.message : String(e))

/**
 * The plain-language checker as the main side checks a final refusal: the lexicon, the organisation's
 * glossary and its application and department names as the knowledge base has them now; follows edits
 * to any of them.
 */
export function useChecker(): { checker: Checker | null; error: string | null } {
  const [lexicon, setLexicon] = useState<JargonTerm[] | null>(null)
  const [context, setContext] = useState<LanguageContext | null>(null)
  const [error, setError] = useState<string | null>(null)
  useEffect(() => {
    let current = true
    const loadLexicon = () =>
      call('jargon:list', {}).then(
        (terms) => current && setLexicon(terms.map(({ term, aliases, category, plain }) => ({ term, aliases, category, plain }))),
        (e: unknown) => current && setError(message(e)),
      )
    const loadContext = () =>
      call('language:context', {}).then(
        (value) => current && setContext(value),
        (e: unknown) => current && setError(message(e)),
      )
    void loadLexicon()
    void loadContext()
    const stopJargon = on('jargon:changed', () => void loadLexicon())
    const stopKnowledge = on('knowledge:changed', ({ kinds }) => {
      if (kinds.some((k) => CONTEXT_KINDS.includes(k))) void loadContext()
    })
    return () => {
      current = false
      stopJargon()
      stopKnowledge()
    }
  }, [])
  const checker = useMemo(() => {
    if (!lexicon || !context) return null
    try {
      return createChecker({ lexicon, glossary: context.glossary, names: context.names })
    } catch (e) {
      setTimeout(() => setError(message(e)), 0)
      return null
    }
  }, [lexicon, context])
  return { checker, error }
}
