import { Badge, Chip, Group, Text } from '@mantine/core'
import { Spotlight } from '@mantine/spotlight'
import { useEffect, useState } from 'react'
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

/** Ctrl+K from anywhere: searches the whole knowledge base as you type and opens the result. */
export function SearchPalette() {
  const { t } = useTranslation()
  const navigate = useNavigate()
  const [query, setQuery] = useState('')
  const [kinds, setKinds] = useState<KnowledgeKind[]>([])
  const [result, setResult] = useState<{ query: string; hits: SearchHit[] }>({ query: '', hits: [] })

  useEffect(() => {
    if (!query.trim()) return
    let current = true
    call('knowledge:search', { query, kinds, limit: 20 }).then(
      (hits) => current && setResult({ query, hits }),
      () => current && setResult({ query, hits: [] }),
    )
    return () => {
      current = false
    }
  }, [query, kinds])

  const hits = query.trim() ? result.hits : []
  return (
    <Spotlight.Root query={query} onQueryChange={setQuery} shortcut={['mod + K']} tagsToIgnore={[]} scrollable maxHeight={480}>
      <Spotlight.Search placeholder={t('search.placeholder')} aria-label={t('search.open')} />
      <Group gap={6} px="sm" py={6}>
        <Chip.Group multiple value={kinds} onChange={(v) => setKinds(v as KnowledgeKind[])}>
          {knowledgeKinds.map((kind) => (
            <Chip key={kind} value={kind} size="xs">
              {t(`search.kinds.${kind}`)}
            </Chip>
          ))}
        </Chip.Group>
      </Group>
      <Spotlight.ActionsList>
        {hits.map((hit) => (
          <Spotlight.Action key={`${hit.kind}:${hit.id}`} onClick={() => void navigate(pathOf(hit.kind, hit.id))} data-kind={hit.kind}>
            <Group wrap="nowrap" w="100%" gap="sm">
              <Badge variant="light" w={110} style={{ flexShrink: 0 }}>
                {t(`search.kinds.${hit.kind}`)}
              </Badge>
              <div style={{ minWidth: 0 }}>
                <Text fw={600} size="sm">
                  {hit.title}
                  {hit.matched && (
                    <Text span c="dimmed" size="xs" ml={6}>
                      {t('search.matched', { matched: hit.matched })}
                    </Text>
                  )}
                </Text>
                {hit.snippet && (
                  <Text size="xs" c="dimmed" lineClamp={2}>
                    <Marked text={hit.snippet} />
                  </Text>
                )}
              </div>
            </Group>
          </Spotlight.Action>
        ))}
        {query.trim() && result.query === query && hits.length === 0 && <Spotlight.Empty>{t('search.nothing', { query })}</Spotlight.Empty>}
      </Spotlight.ActionsList>
    </Spotlight.Root>
  )
}
