import { z } from 'zod'
import { busyPeriodSchema } from '../knowledge/busy-period'
import { criticalitySchema, languageSchema } from '../knowledge/entities'
import { formOfAddressSchema, holidaySchema, priorityTargetSchema } from '../settings'

/**
 * Knowledge pack, format version 1: one organisation's knowledge in one language, as a JSON file.
 * Items carry a readable `key` (unique per kind); the loader turns `organisation.id` + kind + key into a
 * stable UUID, so the Dutch and the English pack of one organisation give every item the same id.
 */
export const PACK_FORMAT = 'servicedesk-console/knowledge-pack'
export const PACK_FORMAT_VERSION = 1

const key = z.string().regex(/^[a-z0-9][a-z0-9-]*$/, 'expected a key of lowercase letters, digits and dashes')
const text = z.string().trim()
const required = z.string().trim().min(1, 'must not be empty')

const departmentSchema = z.object({
  key,
  name: required,
  mission: text.default(''),
  whatMatters: text.default(''),
  busyPeriods: z.array(busyPeriodSchema).default([]),
  sensitivities: text.default(''),
  preferredContact: text.default(''),
  ownWords: z
    .array(z.object({ term: required, meaning: text.default(''), application: key.optional() }))
    .default([]),
})

const applicationSchema = z.object({
  key,
  name: required,
  description: text.default(''),
  owner: text.default(''),
  resolverGroup: text.default(''),
})

const personSchema = z.object({
  key,
  name: required,
  email: z.email().or(z.literal('')).default(''),
  department: key.optional(),
  role: text.default(''),
  vip: z.boolean().default(false),
  keyContact: z.boolean().default(false),
  preferredLanguage: languageSchema.default('nl'),
  phones: z
    .array(z.object({ label: text.default(''), number: z.string().regex(/^\+[1-9]\d{6,14}$/, 'expected a phone number in E.164 form, e.g. +31201234567') }))
    .default([]),
})

const criticalitySchemaItem = z.object({
  department: key,
  application: key,
  level: criticalitySchema,
  reason: text.default(''),
})

const ruleSchema = z.object({
  key,
  statement: required,
  reason: text.default(''),
  ownerRole: text.default(''),
  exceptionPath: text.default(''),
  alternatives: z.array(required).default([]),
})

const articleSchema = z.object({
  key,
  title: required,
  body: text.default(''),
  audience: z.enum(['agent', 'end-user']).default('agent'),
  tags: z.array(required).default([]),
  links: z.array(required).default([]),
})

export const knowledgePackSchema = z
  .object({
    format: z.literal(PACK_FORMAT),
    formatVersion: z.literal(PACK_FORMAT_VERSION),
    pack: z.object({ version: z.number().int().positive(), language: languageSchema, title: required }),
    organisation: z.object({
      id: key,
      name: required,
      formOfAddress: formOfAddressSchema,
      timeZone: required,
      workingDays: z.array(z.number().int().min(1).max(7)).min(1),
      workStart: z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'expected a time as HH:MM'),
      workEnd: z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'expected a time as HH:MM'),
      holidays: z.array(holidaySchema).default([]),
      targets: z.array(priorityTargetSchema).default([]),
    }),
    agent: z.object({ name: required, shortName: required }),
    departments: z.array(departmentSchema).default([]),
    applications: z.array(applicationSchema).default([]),
    criticality: z.array(criticalitySchemaItem).default([]),
    people: z.array(personSchema).default([]),
    rules: z.array(ruleSchema).default([]),
    articles: z.array(articleSchema).default([]),
  })
  .superRefine((pack, ctx) => {
    const known = (items: { key: string }[], kind: string, path: string) => {
      const keys = new Set<string>()
      items.forEach((item, i) => {
        if (keys.has(item.key)) ctx.addIssue({ code: 'custom', path: [path, i, 'key'], message: `duplicate ${kind} key "${item.key}"` })
        keys.add(item.key)
      })
      return keys
    }
    const departments = known(pack.departments, 'department', 'departments')
    const applications = known(pack.applications, 'application', 'applications')
    known(pack.people, 'person', 'people')
    known(pack.rules, 'rule', 'rules')
    known(pack.articles, 'article', 'articles')
    const refer = (set: Set<string>, value: string | undefined, kind: string, path: (string | number)[]) => {
      if (value !== undefined && !set.has(value)) ctx.addIssue({ code: 'custom', path, message: `unknown ${kind} "${value}"` })
    }
    pack.departments.forEach((d, i) =>
      d.ownWords.forEach((w, j) => refer(applications, w.application, 'application', ['departments', i, 'ownWords', j, 'application'])),
    )
    pack.people.forEach((p, i) => refer(departments, p.department, 'department', ['people', i, 'department']))
    pack.criticality.forEach((c, i) => {
      refer(departments, c.department, 'department', ['criticality', i, 'department'])
      refer(applications, c.application, 'application', ['criticality', i, 'application'])
    })
  })

export type KnowledgePack = z.output<typeof knowledgePackSchema>
export type KnowledgePackInput = z.input<typeof knowledgePackSchema>
