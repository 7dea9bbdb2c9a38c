import type { KnowledgeKind } from '../../../shared/knowledge/forms'
import { applications, articles, departments, glossaryTerms, people, rules } from './knowledge'

/** The table behind each kind of knowledge. */
export const knowledgeTables = {
  department: departments,
  person: people,
  application: applications,
  rule: rules,
  article: articles,
  glossary: glossaryTerms,
} as const satisfies Record<KnowledgeKind, unknown>
