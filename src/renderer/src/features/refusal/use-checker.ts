import { useSyncExternalStore } from 'react'
import type { ChannelOutput } from '../../../../shared/contract'
import type { KnowledgeKind } from '../../../../shared/knowledge/forms'
import { createChecker, type Checker } from '../../../../shared/language/check'
import type { JargonTerm } from '../../../../shared/language/lexicon'
import { call, on } from '../../api'

type LanguageContext = ChannelOutput<'language:context'>
type CheckerState = { checker: Checker | null; error: string | null }

// The knowledge the checker uses besides the lexicon: the glossary and the application and department names.
const CONTEXT_KINDS: readonly KnowledgeKind[] = ['glossary', 'application', 'department']
const message = (e: unknown): string => (e instanceof Error ? e.message : String(e))

/**
 * One checker per window, shared by every screen part that checks text (the call screen checks the
 * read-back, the notes and the promise at once): the lexicon and the context are loaded and compiled
 * once, and again only when they change — while anything is watching.
 */
let state: CheckerState = { checker: null, error: null }
let lexicon: JargonTerm[] | null = null
let context: LanguageContext | null = null
const listeners = new Set<() => void>()
let stopEvents: (() => void) | null = null

function publish(next: CheckerState): void {
  state = next
  for (const listener of listeners) listener()
}

function rebuild(): void {
  if (!lexicon || !context) return
  try {
    publish({ checker: createChecker({ lexicon, glossary: context.glossary, names: context.names }), error: null })
  } catch (e) {
    publish({ checker: null, error: message(e) })
  }
}

const failed = (e: unknown) => publish({ ...state, error: message(e) })

function loadLexicon(): void {
  call('jargon:list', {}).then((terms) => {
    lexicon = terms.map(({ term, aliases, category, plain }) => ({ term, aliases, category, plain }))
    rebuild()
  }, failed)
}

function loadContext(): void {
  call('language:context', {}).then((value) => {
    context = value
    rebuild()
  }, failed)
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener)
  if (!stopEvents) {
    // Loaded when the first part starts watching; what changed while nobody watched is read again then.
    loadLexicon()
    loadContext()
    const stopJargon = on('jargon:changed', loadLexicon)
    const stopKnowledge = on('knowledge:changed', ({ kinds }) => {
      if (kinds.some((k) => CONTEXT_KINDS.includes(k))) loadContext()
    })
    stopEvents = () => {
      stopJargon()
      stopKnowledge()
    }
  }
  return () => {
    listeners.delete(listener)
    if (listeners.size === 0 && stopEvents) {
      stopEvents()
      stopEvents = null
    }
  }
}

/**
 * The plain-language checker as the main side checks a final refusal: the lexicon, the organisation's
 * glossary and its application and department names as the knowledge base has them now; follows edits
 * to any of them.
 */
export function useChecker(): CheckerState {
  return useSyncExternalStore(subscribe, () => state)
}
