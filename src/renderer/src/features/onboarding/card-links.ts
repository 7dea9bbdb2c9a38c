import type { z } from 'zod'
import type { LearningItem, quizCardSchema } from '../../../../shared/onboarding/records'

type QuizCard = z.infer<typeof quizCardSchema>

/** The knowledge page a generated item of the path is about; null for phases (shown in place) and own items. */
export function itemPath(item: LearningItem): string | null {
  if (!item.refId) return null
  if (item.kind === 'department') return `/departments/${item.refId}`
  if (item.kind === 'application') return `/applications/${item.refId}`
  if (item.kind === 'rule') return `/rules/${item.refId}`
  return null
}

/** Where to read about a quiz question. The jargon list has no page per term, so it opens filtered on the term. */
export function cardPath(card: QuizCard): string {
  if (card.kind === 'department') return `/departments/${card.key}`
  if (card.kind === 'application') return `/applications/${card.key}`
  if (card.kind === 'rule') return `/rules/${card.key}`
  if (card.kind === 'glossary') return `/glossary/${card.key}`
  return `/jargon?q=${encodeURIComponent(card.key)}`
}
