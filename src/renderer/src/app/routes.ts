import type { KnowledgeKind } from '../../../shared/knowledge/forms'

/** Where each kind of knowledge lives in the app (hash routes). */
export const kindPaths: Record<KnowledgeKind, string> = {
  department: '/departments',
  person: '/people',
  application: '/applications',
  rule: '/rules',
  article: '/articles',
  glossary: '/glossary',
}

export function pathOf(kind: KnowledgeKind, id: string): string {
  return `${kindPaths[kind]}/${id}`
}
