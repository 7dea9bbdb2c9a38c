import { z } from 'zod'
import { criticalitySchema, idSchema, languageSchema, phoneSchema } from './entities'
import { knowledgeKindSchema } from './forms'

/** What the knowledge base shows of each kind: lists (summaries) and pages (details). */

const stamp = { updatedAt: z.string() }

export const personDetailSchema = z.object({
  id: idSchema,
  name: z.string(),
  email: z.string(),
  departmentId: idSchema.nullable(),
  departmentName: z.string().nullable(),
  role: z.string(),
  vip: z.boolean(),
  keyContact: z.boolean(),
  preferredLanguage: languageSchema,
  notes: z.string(),
  notesShareable: z.boolean(),
  phones: z.array(phoneSchema),
  ...stamp,
})
export type PersonDetail = z.infer<typeof personDetailSchema>

export const applicationDetailSchema = z.object({
  id: idSchema,
  name: z.string(),
  description: z.string(),
  owner: z.string(),
  resolverGroup: z.string(),
  resolverContact: z.string(),
  supportHours: z.string(),
  knownIssues: z.string(),
  departments: z.array(z.object({ id: idSchema, name: z.string(), criticality: criticalitySchema, reason: z.string() })),
  ...stamp,
})
export type ApplicationDetail = z.infer<typeof applicationDetailSchema>

export const ruleDetailSchema = z.object({
  id: idSchema,
  statement: z.string(),
  reason: z.string(),
  ownerRole: z.string(),
  exceptionPath: z.string(),
  alternatives: z.array(z.string()),
  ...stamp,
})
export type RuleDetail = z.infer<typeof ruleDetailSchema>

export const articleDetailSchema = z.object({
  id: idSchema,
  title: z.string(),
  body: z.string(),
  audience: z.enum(['agent', 'end-user']),
  tags: z.array(z.string()),
  links: z.array(z.string()),
  applications: z.array(z.object({ id: idSchema, name: z.string() })),
  departments: z.array(z.object({ id: idSchema, name: z.string() })),
  ...stamp,
})
export type ArticleDetail = z.infer<typeof articleDetailSchema>

export const glossaryDetailSchema = z.object({
  id: idSchema,
  term: z.string(),
  aliases: z.array(z.string()),
  meaning: z.string(),
  ...stamp,
})
export type GlossaryDetail = z.infer<typeof glossaryDetailSchema>

/** One line in a list of any kind: what the list shows and what search opens. */
export const knowledgeItemSchema = z.object({
  kind: knowledgeKindSchema,
  id: idSchema,
  title: z.string(),
  subtitle: z.string(),
  /** Articles only: whom the article is written for. */
  audience: z.enum(['agent', 'end-user']).optional(),
})
export type KnowledgeItem = z.infer<typeof knowledgeItemSchema>

export const dependentSchema = z.object({
  kind: z.enum(['department', 'person', 'application', 'rule', 'article', 'glossary', 'own-word', 'criticality', 'call']),
  id: idSchema,
  title: z.string(),
  /** What happens to it: removed with the item, or kept without the link. */
  effect: z.enum(['removed', 'unlinked']),
})
export type Dependent = z.infer<typeof dependentSchema>

export const searchHitSchema = z.object({
  kind: knowledgeKindSchema,
  id: idSchema,
  title: z.string(),
  /** Text around the match; the matched words are wrapped in \u0002 … \u0003 (never HTML). */
  snippet: z.string(),
  /** For an own word or a phone number: what matched, shown beside the title. */
  matched: z.string().nullable(),
})
export type SearchHit = z.infer<typeof searchHitSchema>
