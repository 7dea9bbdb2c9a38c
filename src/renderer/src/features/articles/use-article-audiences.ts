import { useEffect, useState } from 'react'
import type { KnowledgeItem } from '../../../../shared/knowledge/details'
import { call } from '../../api'

export type Audience = 'agent' | 'end-user'

/**
 * The audience of each listed article. `articles:list` returns plain list items without it, so the
 * pages are asked for it; an article that cannot be read is left out (it shows under "all").
 */
export function useArticleAudiences(items: KnowledgeItem[] | null): Map<string, Audience> | null {
  const [loaded, setLoaded] = useState<{ items: KnowledgeItem[]; audiences: Map<string, Audience> } | null>(null)
  useEffect(() => {
    if (!items) return
    let current = true
    void Promise.all(
      items.map((item) =>
        call('articles:get', { id: item.id }).then(
          (article) => [item.id, article.audience] as const,
          () => null,
        ),
      ),
    ).then((pairs) => {
      if (current) setLoaded({ items, audiences: new Map(pairs.filter((p) => p !== null)) })
    })
    return () => {
      current = false
    }
  }, [items])
  return loaded && loaded.items === items ? loaded.audiences : null
}
