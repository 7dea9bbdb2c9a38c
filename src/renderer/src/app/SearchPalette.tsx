import { Chip, Group } from '@mantine/core'
import { Spotlight } from '@mantine/spotlight'
import { memo, useCallback, useEffect, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { useNavigate } from 'react-router'
import type { SearchHit } from '../../../shared/knowledge/details'
import { knowledgeKinds, type KnowledgeKind } from '../../../shared/knowledge/forms'
import { call } from '../api'
import { pathOf } from './routes'

/** "Fin\u0002an\u0003ciën" → text with the matched part in <mark>; never HTML from the database. */
function Marked({ text }: { text: string }) {
  // Every \u0002 opens a match and the \u0003 after it closes it: "a\u0002b\u0003c" → a, <mark>b</mark>, c.
  const parts = text.split('\u0002').flatMap((chunk, i) => {
    if (i === 0) return [{ text: chunk, marked: false }]
    const [hit = '', rest = ''] = chunk.split('\u0003')
    return [
      { text: hit, marked: true },
      { text: rest, marked: false },
    ]
  })
  return <>{parts.map((part, i) => (part.marked ? <mark key={i}>{part.text}</mark> : part.text))}</>
}

type Answer = { query: string; kinds: KnowledgeKind[]; hits: SearchHit[] }

/**
 * At most one search in flight, the newest query next: the search runs synchronously on the main
 * side, so sending every keystroke while one is still running only queues work nobody will see.
 */
function latestOnly<A extends unknown[]>(task: (...args: A) => Promise<void>) {
  let busy = false
  let queued: A | null = null
  const run = (...args: A): void => {
    if (busy) {
      queued = args
      return
    }
    busy = true
    void task(...args).finally(() => {
      busy = false
      const next = queued
      queued = null
      if (next) run(...next)
    })
  }
  return { run, clear: () => (queued = null) }
}

function useLatestSearch(query: string, kinds: KnowledgeKind[]): Answer | null {
  const [answer, setAnswer] = useState<Answer | null>(null)
  const [searches] = useState(() =>
    latestOnly(async (q: string, k: KnowledgeKind[]) => {
      const hits = await call('knowledge:search', { query: q, kinds: k, limit: 20 }).catch(() => [])
      setAnswer({ query: q, kinds: k, hits })
    }),
  )
  useEffect(() => {
    if (query.trim()) searches.run(query, kinds)
    else searches.clear()
  }, [query, kinds, searches])
  return answer
}

/** One result; plain elements, because a list of twenty is redrawn on every keystroke. */
const ResultRow = memo(function ResultRow({ hit, kindLabel, matchedLabel, onOpen }: { hit: SearchHit; kindLabel: string; matchedLabel: string | null; onOpen: (hit: SearchHit) => void }) {
  return (
    <Spotlight.Action onClick={() => onOpen(hit)} data-kind={hit.kind}>
      <span className="sdc-hit">
        <span className="sdc-hit-kind">{kindLabel}</span>
        <span className="sdc-hit-text">
          <span className="sdc-hit-title">
            {hit.title}
            {matchedLabel && <span className="sdc-hit-matched">{matchedLabel}</span>}
          </span>
          {hit.snippet && (
            <span className="sdc-hit-snippet">
              <Marked text={hit.snippet} />
            </span>
          )}
        </span>
      </span>
    </Spotlight.Action>
  )
})

/** Filters per kind; kept out of the per-keystroke redraw. */
const KindFilter = memo(function KindFilter({ kinds, onChange }: { kinds: KnowledgeKind[]; onChange: (kinds: KnowledgeKind[]) => void }) {
  const { t } = useTranslation()
  return (
    <Group gap={6} px="sm" py={6}>
      <Chip.Group multiple value={kinds} onChange={(v) => onChange(v as KnowledgeKind[])}>
        {knowledgeKinds.map((kind) => (
          <Chip key={kind} value={kind} size="xs">
            {t(`search.kinds.${kind}`)}
          </Chip>
        ))}
      </Chip.Group>
    </Group>
  )
})

/** Ctrl+K from anywhere: searches the whole knowledge base as you type and opens the result. */
export function SearchPalette() {
  const { t } = useTranslation()
  const navigate = useNavigate()
  const [query, setQuery] = useState('')
  const [kinds, setKinds] = useState<KnowledgeKind[]>([])
  const answer = useLatestSearch(query, kinds)
  const open = useCallback((hit: SearchHit) => void navigate(pathOf(hit.kind, hit.id)), [navigate])

  // While typing on, the answer to what was typed so far stays until the new one arrives; an answer to
  // another query (a cleared field, a different word) is never shown.
  const current = query.trim() && answer && answer.kinds === kinds && query.startsWith(answer.query) ? answer : null
  const hits = current?.hits ?? []
  return (
    <Spotlight.Root
      query={query}
      onQueryChange={setQuery}
      shortcut={["mod + K"]}
      tagsToIgnore={[]}
      scrollable
      maxHeight={480}
      // A blurred backdrop is repainted on every keystroke; without a GPU that alone costs tens of ms.
      overlayProps={{ blur: 0, backgroundOpacity: 0.45 }}
    >
      <Spotlight.Search placeholder={t('search.placeholder')} aria-label={t('search.open')} />
      <KindFilter kinds={kinds} onChange={setKinds} />
      <Spotlight.ActionsList>
        {hits.map((hit) => (
          <ResultRow
            key={`${hit.kind}:${hit.id}`}
            hit={hit}
            kindLabel={t(`search.kind.${hit.kind}`)}
            matchedLabel={hit.matched ? t('search.matched', { matched: hit.matched }) : null}
            onOpen={open}
          />
        ))}
        {current?.query === query && hits.length === 0 && <Spotlight.Empty>{t('search.nothing', { query })}</Spotlight.Empty>}
      </Spotlight.ActionsList>
    </Spotlight.Root>
  )
}
