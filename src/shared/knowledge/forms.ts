import { z } from 'zod'
import { busyPeriodSchema } from './busy-period'
import { criticalitySchema, languageSchema } from './entities'

/**
 * What a person fills in for each kind of knowledge: one schema per form, used by the Mantine form
 * in the UI and again by the service, so both say the same thing about the same field.
 */
const required = z.string().trim().min(1, 'required')
const text = z.string().trim()
const optionalId = z.uuid().nullable()
const list = z.array(z.string().trim().min(1)).default([])

export const knowledgeKinds = ['department', 'person', 'application', 'rule', 'article', 'glossary'] as const
export const knowledgeKindSchema = z.enum(knowledgeKinds)
export type KnowledgeKind = z.infer<typeof knowledgeKindSchema>

export const departmentFormSchema = z.object({
  name: required,
  mission: text,
  whatMatters: text,
  busyPeriods: z.array(busyPeriodSchema),
  sensitivities: text,
  sensitivitiesShareable: z.boolean(),
  preferredContact: text,
  applications: z.array(z.object({ applicationId: z.uuid(), criticality: criticalitySchema, reason: text })),
  ownWords: z.array(z.object({ term: required, meaning: text, applicationId: optionalId, glossaryTermId: optionalId })),
})
export type DepartmentForm = z.infer<typeof departmentFormSchema>

export const personFormSchema = z.object({
  name: required,
  email: z.union([z.email('not an e-mail address'), z.literal('')]),
  departmentId: optionalId,
  role: text,
  vip: z.boolean(),
  keyContact: z.boolean(),
  preferredLanguage: languageSchema,
  notes: text,
  notesShareable: z.boolean(),
  /** Numbers as typed; the service stores them in E.164 using the organisation's default country. */
  phones: z.array(z.object({ label: text, number: required })),
})
export type PersonForm = z.infer<typeof personFormSchema>

export const applicationFormSchema = z.object({
  name: required,
  description: text,
  owner: text,
  resolverGroup: text,
  resolverContact: text,
  supportHours: text,
  knownIssues: text,
})
export type ApplicationForm = z.infer<typeof applicationFormSchema>

export const ruleFormSchema = z.object({
  statement: required,
  reason: text,
  ownerRole: text,
  exceptionPath: text,
  alternatives: list,
})
export type RuleForm = z.infer<typeof ruleFormSchema>

export const articleFormSchema = z.object({
  title: required,
  body: text,
  audience: z.enum(['agent', 'end-user']),
  tags: list,
  links: list,
  applicationIds: z.array(z.uuid()).default([]),
  departmentIds: z.array(z.uuid()).default([]),
})
export type ArticleForm = z.infer<typeof articleFormSchema>

export const glossaryFormSchema = z.object({
  term: required,
  aliases: list,
  meaning: text,
})
export type GlossaryForm = z.infer<typeof glossaryFormSchema>
