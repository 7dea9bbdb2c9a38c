import { z } from 'zod'
import { flowCategorySchema, questionFlowsSchema } from '../call/flow-schema'
import { busyPeriodSchema } from '../knowledge/busy-period'
import { jargonTermSchema, lexiconKey } from '../language/lexicon'
import { criticalitySchema, languageSchema } from '../knowledge/entities'
import { formOfAddressSchema, holidaySchema, priorityTargetSchema, timeZoneSchema } from '../settings'
import { scenarioSchema } from '../onboarding/scenario'

/**
 * Knowledge pack, format version 1: one organisation's knowledge in one language, as a JSON file.
 * Items carry a readable `key` (unique per kind); the loader turns `organisation.id` + kind + key into a
 * stable UUID, so the Dutch and the English pack of one organisation give every item the same id.
 * A key that is itself a UUID is the item's id: an exported knowledge base uses its ids as keys, so
 * export → import keeps every id. References between items (`department`, `application`, …) are keys.
 *
 * Internal fields (department `sensitivities`, person `notes`) are judgements about people: an export
 * only writes them when their `…Shareable` flag is on. They have no default on purpose: a pack without
 * them says nothing about them, and applying it keeps the console's own text.
 *
 * Calls (optional, added within version 1):
 * - `flows`: per call category (`password-account`, `printer`, `email`, `network-vpn`,
 *   `application-error`, `hardware`, `access-request`, `other`) at most one question flow: `key`,
 *   `category`, `title` and the ordered `questions`, each with `key`, `text`, optional `hint`, `kind`
 *   (`yes-no`, `choice`, `text`, `identity`), `options` (choice and identity), `next` (answer → question
 *   key or "end"), `defaultNext` and `phase`; see `src/shared/call/flow-schema.ts`. The password and
 *   access flows begin with an `identity` question. Every link must lead to a question of the same flow,
 *   without loops; a wrong link is reported with its path, e.g. `flows.2.questions.3.next.yes`.
 * - `solutions`: standard solutions, `{ key, category, title, notes }` (keys unique, notes not empty),
 *   in the order the agent sees them per category. Choosing one fills the call's notes.
 * A pack without a `flows` key says nothing about them: applying it keeps the console's flows and
 * solutions. A pack with one replaces them (an empty list removes them).
 *
 * IT jargon (optional, added within version 1):
 * - `jargon`: the lexicon of the plain-language checker, `{ key, term, aliases, category, plain: { nl, en } }`
 *   (`category`: `network`, `security`, `account`, `hardware`, `software`, `email`, `data`, `process`,
 *   `other`). Keys are unique, and so is every term and alias, without regard to case.
 * A pack without a `jargon` key says nothing about the lexicon: applying it keeps the console's own. A pack
 * with one replaces it (an empty list empties it).
 *
 * Practice calls (optional, added within version 1):
 * - `scenarios`: simulated calls for onboarding, `{ key, title, briefing, caller, mood, lines, expect }`; see
 *   `src/shared/onboarding/scenario.ts`. `caller` is a person key; each line has a `phase`, the caller's `text`
 *   and, when it answers a guided question, `answers` (a question key). `expect` holds the `department` (none
 *   for a caller without one), the `application` (if any), the `category`, the guided `questions` in a sensible
 *   order, the acceptable `priorities`, the `outcome` and, for a refusal, the `rule`. Keys are unique; every
 *   reference must exist in the pack, and every question key (expected or answered) must be a question of the
 *   pack's flow for the expected category. A wrong reference is reported with its path, e.g.
 *   `scenarios.2.expect.rule`.
 * A pack without a `scenarios` key says nothing about them. The console keeps the scenarios of the pack it
 * was filled from (table `practice_scenarios`); applying a team pack later does not change them yet, and a
 * pack it exports has no `scenarios` key.
 */
export const PACK_FORMAT = 'servicedesk-console/knowledge-pack'
export const PACK_FORMAT_VERSION = 1

const key = z.string().regex(/^[a-z0-9][a-z0-9-]*$/, 'expected a key of lowercase letters, digits and dashes')
const text = z.string().trim()
const required = z.string().trim().min(1, 'must not be empty')

/** As in the database, except that `applicationIds` holds application keys. */
const busyPeriodInPack = busyPeriodSchema.extend({ applicationIds: z.array(key).default([]) })

const departmentSchema = z.object({
  key,
  name: required,
  mission: text.default(''),
  whatMatters: text.default(''),
  busyPeriods: z.array(busyPeriodInPack).default([]),
  /** Internal; present only when shareable (see above). */
  sensitivities: text.optional(),
  sensitivitiesShareable: z.boolean().optional(),
  preferredContact: text.default(''),
  ownWords: z
    .array(z.object({ term: required, meaning: text.default(''), application: key.optional(), glossary: key.optional() }))
    .default([]),
})

const applicationSchema = z.object({
  key,
  name: required,
  description: text.default(''),
  owner: text.default(''),
  resolverGroup: text.default(''),
  resolverContact: text.default(''),
  supportHours: text.default(''),
  knownIssues: text.default(''),
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
  /** Internal; present only when shareable (see above). */
  notes: text.optional(),
  notesShareable: z.boolean().optional(),
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
  applications: z.array(key).default([]),
  departments: z.array(key).default([]),
})

const glossarySchema = z.object({
  key,
  term: required,
  aliases: z.array(required).default([]),
  meaning: text.default(''),
})

const solutionSchema = z.object({
  key,
  category: flowCategorySchema,
  title: required,
  /** What goes into the call's notes when the agent picks this solution. */
  notes: required,
})

const jargonSchema = jargonTermSchema.extend({ key })

/**
 * Words (terms and aliases) that two terms of a lexicon share, compared as the checker compares them
 * (without regard to case, "back-up" as "back up"): it must know which plain words belong to a word it finds. Each clash names the later term
 * (`index`, the field the word is in) and the earlier term that has the word already (`other`).
 */
export function jargonClashes(terms: { term: string; aliases: string[] }[]): { index: number; field: 'term' | 'aliases'; word: string; other: number }[] {
  const owner = new Map<string, number>()
  const clashes: { index: number; field: 'term' | 'aliases'; word: string; other: number }[] = []
  terms.forEach((t, index) => {
    const words: [field: 'term' | 'aliases', word: string][] = [['term', t.term], ...t.aliases.map((a): ['aliases', string] => ['aliases', a])]
    for (const [field, word] of words) {
      const key = lexiconKey(word)
      const first = owner.get(key)
      if (first === undefined) owner.set(key, index)
      else if (first !== index) clashes.push({ index, field, word, other: first })
    }
  })
  return clashes
}

const timeOfDay = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'expected a time as HH:MM')

export const knowledgePackSchema = z
  .object({
    format: z.literal(PACK_FORMAT),
    formatVersion: z.literal(PACK_FORMAT_VERSION),
    pack: z.object({ version: z.number().int().positive(), language: languageSchema, title: required }),
    organisation: z.object({
      id: key,
      name: required,
      formOfAddress: formOfAddressSchema,
      timeZone: timeZoneSchema,
      workingDays: z.array(z.number().int().min(1).max(7)).min(1),
      workStart: timeOfDay,
      workEnd: timeOfDay,
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
    glossary: z.array(glossarySchema).default([]),
    flows: questionFlowsSchema.default([]),
    solutions: z.array(solutionSchema).default([]),
    /** Absent: the pack says nothing about the lexicon (see above). */
    jargon: z.array(jargonSchema).optional(),
    /** Absent: the pack says nothing about practice calls (see above). */
    scenarios: z.array(scenarioSchema).optional(),
  })
  .superRefine((pack, ctx) => {
    type Path = (string | number)[]
    const issue = (path: Path, message: string) => ctx.addIssue({ code: 'custom', path, message })
    const known = (items: { key: string }[], kind: string, path: string) => {
      const keys = new Set<string>()
      items.forEach((item, i) => {
        if (keys.has(item.key)) issue([path, i, 'key'], `duplicate ${kind} key "${item.key}"`)
        keys.add(item.key)
      })
      return keys
    }
    // The database keeps these names unique; say so here rather than fail halfway through a load.
    const uniqueNames = (names: string[], kind: string, path: string, field: string) => {
      const seen = new Map<string, number>()
      names.forEach((name, i) => {
        const lower = name.toLowerCase()
        const first = seen.get(lower)
        if (first !== undefined) issue([path, i, field], `the ${kind} "${name}" is already ${path}.${first}`)
        else seen.set(lower, i)
      })
    }
    const departments = known(pack.departments, 'department', 'departments')
    const applications = known(pack.applications, 'application', 'applications')
    const glossary = known(pack.glossary, 'glossary', 'glossary')
    const people = known(pack.people, 'person', 'people')
    const rules = known(pack.rules, 'rule', 'rules')
    known(pack.articles, 'article', 'articles')
    known(pack.solutions, 'solution', 'solutions')
    uniqueNames(pack.departments.map((d) => d.name), 'department', 'departments', 'name')
    uniqueNames(pack.applications.map((a) => a.name), 'application', 'applications', 'name')
    uniqueNames(pack.glossary.map((g) => g.term), 'glossary term', 'glossary', 'term')
    if (pack.jargon) {
      known(pack.jargon, 'jargon', 'jargon')
      for (const clash of jargonClashes(pack.jargon)) {
        issue(['jargon', clash.index, clash.field], `the jargon word "${clash.word}" is already jargon.${clash.other}`)
      }
    }

    const refer = (set: Set<string>, value: string | undefined, kind: string, path: Path) => {
      if (value !== undefined && !set.has(value)) issue(path, `unknown ${kind} "${value}"`)
    }
    pack.departments.forEach((d, i) => {
      d.ownWords.forEach((w, j) => {
        refer(applications, w.application, 'application', ['departments', i, 'ownWords', j, 'application'])
        refer(glossary, w.glossary, 'glossary term', ['departments', i, 'ownWords', j, 'glossary'])
      })
      d.busyPeriods.forEach((p, j) =>
        p.applicationIds.forEach((a, k) => refer(applications, a, 'application', ['departments', i, 'busyPeriods', j, 'applicationIds', k])),
      )
    })
    pack.people.forEach((p, i) => refer(departments, p.department, 'department', ['people', i, 'department']))
    const pairs = new Set<string>()
    pack.criticality.forEach((c, i) => {
      refer(departments, c.department, 'department', ['criticality', i, 'department'])
      refer(applications, c.application, 'application', ['criticality', i, 'application'])
      const pair = `${c.department} ${c.application}`
      if (pairs.has(pair)) issue(['criticality', i], `"${c.department}" and "${c.application}" are listed twice`)
      pairs.add(pair)
    })
    pack.articles.forEach((a, i) => {
      a.applications.forEach((k, j) => refer(applications, k, 'application', ['articles', i, 'applications', j]))
      a.departments.forEach((k, j) => refer(departments, k, 'department', ['articles', i, 'departments', j]))
    })
    if (pack.scenarios) {
      known(pack.scenarios, 'scenario', 'scenarios')
      pack.scenarios.forEach((s, i) => {
        const at = (...path: Path): Path => ['scenarios', i, ...path]
        refer(people, s.caller, 'person', at('caller'))
        refer(departments, s.expect.department, 'department', at('expect', 'department'))
        refer(applications, s.expect.application, 'application', at('expect', 'application'))
        refer(rules, s.expect.rule, 'rule', at('expect', 'rule'))
        // The trainee asks the questions of the category's flow: a key outside it could never be asked.
        const flow = pack.flows.find((f) => f.category === s.expect.category)
        const questions = new Set(flow?.questions.map((q) => q.key))
        const asked = (question: string | undefined, path: Path) => {
          if (question === undefined || questions.has(question)) return
          const message = flow
            ? `"${question}" is not a question of the ${flow.category} flow "${flow.key}"`
            : `the pack has no ${s.expect.category} flow to ask "${question}" in`
          issue(path, message)
        }
        s.expect.questions.forEach((q, j) => asked(q, at('expect', 'questions', j)))
        s.lines.forEach((line, j) => asked(line.answers, at('lines', j, 'answers')))
      })
    }
  })

export type KnowledgePack = z.output<typeof knowledgePackSchema>
export type KnowledgePackInput = z.input<typeof knowledgePackSchema>
