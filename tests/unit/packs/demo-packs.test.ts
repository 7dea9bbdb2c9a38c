import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { parseKnowledgePack } from '../../../src/main/services/knowledge-pack'
import { flowCategories, identityFirstCategories } from '../../../src/shared/call/flow-schema'
import { dutchHolidays } from '../../../src/shared/calendar/dutch-holidays'
import type { KnowledgePack } from '../../../src/shared/pack/schema'
import { packsFolder } from '../support/paths'

// The demo organisation is what every new user, evaluator and new hire sees first, and what the
// e2e tests stand on. This checks that it is complete, that its links hold, and that the English
// pack is the same organisation as the Dutch one, translated.
const load = (language: 'nl' | 'en'): KnowledgePack => {
  const file = `demo.${language}.json`
  return parseKnowledgePack(file, readFileSync(join(packsFolder, file), 'utf8'))
}
const nl = load('nl')
const en = load('en')
const kinds = ['departments', 'applications', 'people', 'rules', 'articles', 'glossary'] as const

describe('the demo organisation', () => {
  it('is a mid-size organisation, not a handful of rows', () => {
    expect(nl.departments.length).toBeGreaterThanOrEqual(8)
    expect(nl.people.length).toBeGreaterThanOrEqual(40)
    expect(nl.applications.length).toBeGreaterThanOrEqual(25)
    expect(nl.rules.length).toBeGreaterThanOrEqual(20)
    expect(nl.articles.length).toBeGreaterThanOrEqual(60)
    expect(nl.glossary.length).toBeGreaterThanOrEqual(40)
    expect(nl.people.filter((p) => p.vip).length).toBeGreaterThanOrEqual(2)
    expect(nl.people.filter((p) => p.preferredLanguage === 'en').length).toBeGreaterThanOrEqual(2)
  })

  it('has in Dutch and English the same items, id by id, with the same links', () => {
    for (const kind of kinds) expect(en[kind].map((x) => x.key), kind).toEqual(nl[kind].map((x) => x.key))
    expect(en.criticality.map((c) => [c.department, c.application, c.level])).toEqual(nl.criticality.map((c) => [c.department, c.application, c.level]))
    expect(en.people.map((p) => [p.department, p.email, p.phones.map((ph) => ph.number), p.vip, p.keyContact])).toEqual(
      nl.people.map((p) => [p.department, p.email, p.phones.map((ph) => ph.number), p.vip, p.keyContact]),
    )
    expect(en.departments.map((d) => d.ownWords.map((w) => [w.term, w.application, w.glossary]))).toEqual(nl.departments.map((d) => d.ownWords.map((w) => [w.term, w.application, w.glossary])))
    expect(en.articles.map((a) => [a.audience, a.applications, a.departments])).toEqual(nl.articles.map((a) => [a.audience, a.applications, a.departments]))
  })

  it('leaves no Dutch text untranslated in the English pack', () => {
    const prose = (pack: KnowledgePack): [string, string][] => [
      ...pack.departments.flatMap((d) => [
        [`department ${d.key} mission`, d.mission],
        [`department ${d.key} whatMatters`, d.whatMatters],
        [`department ${d.key} sensitivities`, d.sensitivities],
        ...d.busyPeriods.map((b, i): [string, string] => [`department ${d.key} busy period ${i}`, b.note]),
        ...d.ownWords.map((w, i): [string, string] => [`department ${d.key} own word ${i}`, w.meaning]),
      ]),
      ...pack.applications.flatMap((a) => [
        [`application ${a.key} description`, a.description],
        [`application ${a.key} knownIssues`, a.knownIssues],
      ]),
      ...pack.criticality.map((c): [string, string] => [`criticality ${c.department}/${c.application}`, c.reason]),
      ...pack.rules.flatMap((r) => [
        [`rule ${r.key} statement`, r.statement],
        [`rule ${r.key} reason`, r.reason],
        [`rule ${r.key} exceptionPath`, r.exceptionPath],
        ...r.alternatives.map((a, i): [string, string] => [`rule ${r.key} alternative ${i}`, a]),
      ]),
      ...pack.articles.flatMap((a) => [
        [`article ${a.key} title`, a.title],
        [`article ${a.key} body`, a.body],
      ]),
      ...pack.glossary.map((g): [string, string] => [`glossary ${g.key} meaning`, g.meaning]),
      ...pack.flows.flatMap((f) => f.questions.map((q): [string, string] => [`flow ${f.key} question ${q.key}`, q.text])),
      ...pack.solutions.flatMap((s) => [
        [`solution ${s.key} title`, s.title],
        [`solution ${s.key} notes`, s.notes],
      ]),
    ] as [string, string][]
    const dutch = new Map(prose(nl))
    const same = prose(en).filter(([where, text]) => text.length > 12 && dutch.get(where) === text)
    expect(same.map(([where]) => where)).toEqual([])
  })

  it('links hold: owners exist, rules point to something that exists, articles are linked', () => {
    for (const pack of [nl, en]) {
      const roles = new Set(pack.people.map((p) => p.role))
      const critical = new Set(pack.criticality.filter((c) => c.level === 'critical').map((c) => c.application))
      const ownerless = pack.applications.filter((a) => critical.has(a.key) && !roles.has(a.owner)).map((a) => `${a.key}: ${a.owner}`)
      expect(ownerless, `${pack.pack.language}: critical applications whose owner role nobody holds`).toEqual([])
      expect(pack.criticality.filter((c) => c.level === 'critical' && !c.reason).map((c) => `${c.department}/${c.application}`)).toEqual([])

      // An alternative "points to" an application or article by naming it.
      const names = [...pack.applications.map((a) => a.name.split(' (')[0]!), ...pack.articles.map((a) => a.title)].map((n) => n.toLowerCase())
      const pointless = pack.rules.filter((r) => !r.alternatives.some((alt) => names.some((n) => alt.toLowerCase().includes(n)))).map((r) => r.key)
      expect(pointless, `${pack.pack.language}: rules without an alternative that names an application or article`).toEqual([])

      expect(pack.articles.filter((a) => a.applications.length + a.departments.length === 0).map((a) => a.key)).toEqual([])
    }
  })

  it('gives every department what an agent needs on the phone', () => {
    for (const d of nl.departments) {
      expect(d.mission, d.key).not.toBe('')
      expect(d.whatMatters.length, d.key).toBeGreaterThan(120)
      expect(d.busyPeriods.length, d.key).toBeGreaterThan(0)
      expect(d.ownWords.length, d.key).toBeGreaterThan(0)
      expect(d.sensitivities, d.key).not.toBe('')
      expect(nl.criticality.some((c) => c.department === d.key && c.level === 'critical'), d.key).toBe(true)
      expect(nl.people.some((p) => p.department === d.key && p.keyContact), d.key).toBe(true)
    }
  })

  it('has the Dutch national holidays of two consecutive years, and targets for every priority', () => {
    for (const pack of [nl, en]) {
      const years = [...new Set(pack.organisation.holidays.map((h) => Number(h.date.slice(0, 4))))].sort()
      expect(years.length).toBeGreaterThanOrEqual(2)
      const dates = new Set(pack.organisation.holidays.map((h) => h.date))
      for (const year of years.slice(0, 2)) for (const h of dutchHolidays(year, pack.pack.language)) expect(dates, `${h.name} ${h.date}`).toContain(h.date)
      expect(pack.organisation.targets.map((t) => t.priority)).toEqual(['P1', 'P2', 'P3', 'P4'])
    }
  })

  it('has a question flow for every call category, the same flows in Dutch and English', () => {
    for (const pack of [nl, en]) {
      expect(pack.flows.map((f) => f.category).sort(), pack.pack.language).toEqual([...flowCategories].sort())
    }
    const keys = (pack: KnowledgePack) => pack.flows.map((f) => [f.key, f.category, f.questions.map((q) => q.key)])
    expect(keys(en)).toEqual(keys(nl))
  })

  it('starts the password and access flows by verifying who is calling', () => {
    for (const pack of [nl, en]) {
      for (const category of identityFirstCategories) {
        const flow = pack.flows.find((f) => f.category === category)!
        expect(flow.questions[0]!.kind, `${pack.pack.language} ${category}`).toBe('identity')
      }
    }
  })

  it('offers two to four standard solutions per category, the same ones in Dutch and English', () => {
    for (const pack of [nl, en]) {
      for (const category of flowCategories) {
        const count = pack.solutions.filter((s) => s.category === category).length
        expect(count, `${pack.pack.language} ${category}`).toBeGreaterThanOrEqual(2)
        expect(count, `${pack.pack.language} ${category}`).toBeLessThanOrEqual(4)
      }
    }
    expect(en.solutions.map((s) => [s.key, s.category])).toEqual(nl.solutions.map((s) => [s.key, s.category]))
    // Notes are what lands in the ticket: a real sentence or two, not a label.
    expect(nl.solutions.filter((s) => s.notes.length < 80).map((s) => s.key)).toEqual([])
  })

  it('names in its solutions only articles that exist', () => {
    for (const pack of [nl, en]) {
      const titles = new Set(pack.articles.map((a) => a.title))
      const quoted = pack.solutions.flatMap((s) => [...s.notes.matchAll(/article ‘([^’]+)’|artikel ‘([^’]+)’/g)].map((m) => [s.key, m[1] ?? m[2]!]))
      expect(quoted.length, pack.pack.language).toBeGreaterThan(5)
      expect(quoted.filter(([, title]) => !titles.has(title!)), pack.pack.language).toEqual([])
    }
  })
})
