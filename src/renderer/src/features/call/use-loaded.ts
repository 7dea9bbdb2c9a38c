import { useEffect, useRef, useState } from 'react'
import type { Channel, ChannelInput, ChannelOutput } from '../../../../shared/contract'
import type { KnowledgeKind } from '../../../../shared/knowledge/forms'
import { call, on } from '../../api'

/**
 * A channel's output for an input that may not be known yet (no department picked: null). Keeps the last
 * answer while a reload runs; asks again when the knowledge base changes in one of `kinds`.
 */
export function useLoaded<C extends Channel>(
  channel: C,
  input: ChannelInput<C> | null,
  kinds: KnowledgeKind[] = [],
  /** An answer already at hand for one input (loaded before the screen was drawn): not asked again. */
  seed?: { input: ChannelInput<C>; value: ChannelOutput<C> },
): ChannelOutput<C> | null {
  const json = input === null ? null : JSON.stringify(input)
  const [answer, setAnswer] = useState<{ json: string; value: ChannelOutput<C> } | null>(() => (seed ? { json: JSON.stringify(seed.input), value: seed.value } : null))
  const [attempt, setAttempt] = useState(0)
  const seeded = useRef(seed ? JSON.stringify(seed.input) : null)
  useEffect(() => {
    if (json === null) return
    if (attempt === 0 && json === seeded.current) return
    let current = true
    call(channel, JSON.parse(json) as ChannelInput<C>).then(
      (value) => current && setAnswer({ json, value }),
      () => current && setAnswer(null),
    )
    return () => {
      current = false
    }
  }, [channel, json, attempt])
  const wanted = kinds.join(',')
  useEffect(() => {
    if (!wanted) return
    return on('knowledge:changed', (change) => {
      if (change.kinds.some((k) => wanted.split(',').includes(k))) setAttempt((n) => n + 1)
    })
  }, [wanted])
  return answer !== null && answer.json === json ? answer.value : null
}
