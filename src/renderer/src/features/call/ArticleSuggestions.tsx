import { Anchor, Badge, Drawer, Group, Skeleton, Stack, Text, UnstyledButton } from '@mantine/core'
import { useEffect, useRef, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { Link } from 'react-router'
import type { SearchHit } from '../../../../shared/knowledge/details'
import { call } from '../../api'
import { Markdown } from '../../components/markdown/Markdown'
import { searchWords } from './call-draft'
import { useLoaded } from './use-loaded'

/** Search text with the matched words marked (\u0002 … \u0003); never HTML from the database. */
export function Marked({ text }: { text: string }) {
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

type Suggestion = { hit: SearchHit; words: number }

/**
 * Each word of what the caller said is searched on its own (a whole sentence rarely matches as one), and
 * the articles matching the most words come first.
 */
async function suggest(words: string[]): Promise<Suggestion[]> {
  const answers = await Promise.all(words.map((query) => call('knowledge:search', { query, kinds: ['article'], limit: 8 }).catch(() => [] as SearchHit[])))
  const found = new Map<string, Suggestion & { rank: number }>()
  answers.forEach((hits) =>
    hits.forEach((hit, rank) => {
      const seen = found.get(hit.id)
      if (seen) {
        seen.words += 1
        seen.rank += rank
      } else found.set(hit.id, { hit, words: 1, rank })
    }),
  )
  // An article that matches several of the caller's words beats one that shares a single word with them.
  const best = Math.max(0, ...[...found.values()].map((s) => s.words))
  return [...found.values()]
    .filter((s) => s.words >= Math.min(best, 2))
    .sort((a, b) => b.words - a.words || a.rank - b.rank)
    .slice(0, 5)
}

/** Articles that may help, as the agent types what happened: debounced, and only the latest answer counts. */
export function ArticleSuggestions({ what }: { what: string }) {
  const { t } = useTranslation()
  const words = searchWords(what).join(' ')
  const [answer, setAnswer] = useState<{ words: string; suggestions: Suggestion[] } | null>(null)
  const [openId, setOpenId] = useState<string | null>(null)
  const latest = useRef(0)
  useEffect(() => {
    if (!words) return
    const ticket = ++latest.current
    const timer = setTimeout(() => {
      void suggest(words.split(' ')).then((suggestions) => {
        if (ticket === latest.current) setAnswer({ words, suggestions })
      })
    }, 250)
    return () => clearTimeout(timer)
  }, [words])
  const suggestions = words && answer ? answer.suggestions : []
  return (
    <Stack gap={4} data-testid="article-suggestions" aria-live="polite">
      {suggestions.length > 0 && (
        <Text size="xs" fw={700} c="dimmed" tt="uppercase">
          {t('call.intake.articles')}
        </Text>
      )}
      {suggestions.map(({ hit }) => (
        <UnstyledButton key={hit.id} onClick={() => setOpenId(hit.id)} data-article-id={hit.id} p={6} style={{ borderRadius: 6, border: '1px solid var(--mantine-color-gray-3)' }}>
          <Text size="sm" fw={600} c="blue.8">
            {hit.title}
          </Text>
          {hit.snippet && (
            <Text size="xs" c="dimmed" lineClamp={2}>
              <Marked text={hit.snippet} />
            </Text>
          )}
        </UnstyledButton>
      ))}
      <ArticleDrawer id={openId} onClose={() => setOpenId(null)} />
    </Stack>
  )
}

function ArticleDrawer({ id, onClose }: { id: string | null; onClose: () => void }) {
  const { t } = useTranslation()
  const article = useLoaded('articles:get', id ? { id } : null)
  return (
    <Drawer opened={id !== null} onClose={onClose} position="right" size="lg" title={article?.title ?? t('call.intake.article')} data-testid="article-drawer">
      {!article ? (
        <Skeleton h={300} />
      ) : (
        <Stack>
          <Group gap="xs">
            <Badge color={article.audience === 'agent' ? 'blue' : 'grape'}>{t(`call.intake.audience.${article.audience}`)}</Badge>
            <Anchor component={Link} to={`/articles/${article.id}`} size="sm">
              {t('call.intake.openArticle')}
            </Anchor>
          </Group>
          <Markdown source={article.body} />
        </Stack>
      )}
    </Drawer>
  )
}
