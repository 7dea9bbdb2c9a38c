import { describe, expect, it } from 'vitest'
import { saveApplication } from '../../../src/main/services/applications'
import { saveArticle } from '../../../src/main/services/articles'
import { deleteKnowledge } from '../../../src/main/services/dependents'
import { getDepartment, saveDepartment } from '../../../src/main/services/departments'
import { createSearcher, ftsQuery } from '../../../src/main/services/search'
import { stableId } from '../../../src/main/services/stable-id'
import { demoRuntime } from '../support/runtime'

function setup() {
  const { runtime } = demoRuntime()
  const { db, sqlite } = runtime.database!
  return { db, sqlite, searcher: createSearcher(sqlite) }
}
const titles = (hits: { title: string }[]) => hits.map((h) => h.title)

describe('knowledge search', () => {
  it('finds by a prefix of three letters', () => {
    const { searcher } = setup()
    expect(titles(searcher.search('fin'))).toContain('Financiën')
  })

  it('folds diacritics both ways: cafe finds café and financien finds Financiën', () => {
    const { db, searcher } = setup()
    saveArticle(db, undefined, { title: 'Koffieautomaat in het café defect', body: '', audience: 'agent', tags: [], links: [], applicationIds: [], departmentIds: [] })
    expect(titles(searcher.search('cafe'))).toContain('Koffieautomaat in het café defect')
    expect(titles(searcher.search('financien'))).toContain('Financiën')
    expect(titles(searcher.search('Mozaiek'))).toContain('Mozaïek Sociaal Domein')
  })

  it('ranks a match in the title above a match in the body', () => {
    const { db, searcher } = setup()
    saveArticle(db, undefined, { title: 'Algemene uitleg', body: 'Over de zebravink en andere vogels.', audience: 'agent', tags: [], links: [], applicationIds: [], departmentIds: [] })
    saveArticle(db, undefined, { title: 'Zebravink', body: 'Een vogel.', audience: 'agent', tags: [], links: [], applicationIds: [], departmentIds: [] })
    expect(titles(searcher.search('zebravink')).slice(0, 2)).toEqual(['Zebravink', 'Algemene uitleg'])
  })

  it('highlights the match in the snippet with markers, never with HTML', () => {
    const { searcher } = setup()
    const hit = searcher.search('maandafsluiting').find((h) => h.title === 'Financiën')!
    expect(hit.snippet.toLowerCase()).toContain('\u0002maandafsluiting\u0003')
    expect(hit.snippet).not.toMatch(/<mark>/)
  })

  it('finds a person by the last four digits of a phone number, and by a national number', () => {
    const { searcher } = setup()
    expect(searcher.search('0106')[0]).toMatchObject({ kind: 'person', title: 'Henk Visser', matched: '+31600000106' })
    expect(searcher.search('06 00000106')[0]).toMatchObject({ kind: 'person', title: 'Henk Visser' })
  })

  it('opens the department when one of its own words matches', () => {
    const { searcher } = setup()
    expect(searcher.search('factuurstroom').find((h) => h.kind === 'department')).toMatchObject({ title: 'Financiën', matched: 'de factuurstroom' })
    // Found by its own word and by its own text, a department is shown as itself.
    expect(searcher.search('boekhoudpakket').find((h) => h.kind === 'department')).toMatchObject({ title: 'Financiën', matched: null })
  })

  it('filters by kind before it picks the best, so a common word still finds every match of that kind', () => {
    const { sqlite, searcher } = setup()
    const applications = (sqlite.prepare(`SELECT COUNT(*) AS n FROM search_index JOIN search_keys k ON k.rowid = search_index.rowid WHERE search_index MATCH '"de"*' AND k.kind = 'application'`).get() as { n: number }).n
    expect(applications).toBeGreaterThan(5)
    const hits = searcher.search('de', ['application'], 100)
    expect(hits).toHaveLength(applications)
    expect(new Set(hits.map((h) => h.kind))).toEqual(new Set(['application']))
  })

  it('shows a glossary term by its term, while its aliases still find it', () => {
    const { searcher } = setup()
    const hit = searcher.search('klantcontactcentrum', ['glossary'])[0]
    expect(hit).toMatchObject({ kind: 'glossary', title: 'KCC' })
  })

  it('keeps the index in step with every write, inside the same transaction', () => {
    const { db, searcher } = setup()
    const app = saveApplication(db, undefined, { name: 'Zwembadkassa', description: 'Kassa van het zwembad', owner: '', resolverGroup: '', resolverContact: '', supportHours: '', knownIssues: '' })
    expect(titles(searcher.search('zwembadk'))).toEqual(['Zwembadkassa'])
    saveApplication(db, app.id, { name: 'Zwemlesplanner', description: 'Kassa van het zwembad', owner: '', resolverGroup: '', resolverContact: '', supportHours: '', knownIssues: '' })
    expect(titles(searcher.search('zwembadk'))).toEqual([])
    expect(titles(searcher.search('zwemlesp'))).toEqual(['Zwemlesplanner'])
    deleteKnowledge(db, 'application', app.id)
    expect(titles(searcher.search('zwemlesp'))).toEqual([])
    // A failed transaction leaves no trace in the index either.
    expect(() =>
      db.transaction((tx) => {
        saveApplication(tx as typeof db, undefined, { name: 'Spookapplicatie', description: '', owner: '', resolverGroup: '', resolverContact: '', supportHours: '', knownIssues: '' })
        throw new Error('rollback')
      }),
    ).toThrow('rollback')
    expect(titles(searcher.search('spookapp'))).toEqual([])
  })

  it('never indexes internal judgements about people', () => {
    const { db, searcher } = setup()
    const finance = getDepartment(db, stableId('zuiderhaven', 'department', 'finance'))
    saveDepartment(db, finance.id, {
      ...finance,
      sensitivities: 'Xylofoonachtig gevoelig',
      applications: finance.applications.map((a) => ({ applicationId: a.id, criticality: a.criticality, reason: a.reason })),
      ownWords: finance.ownWords.map((w) => ({ term: w.term, meaning: w.meaning, applicationId: w.applicationId, glossaryTermId: w.glossaryTermId })),
    })
    expect(searcher.search('xylofoonachtig')).toEqual([])
  })

  it('lists title matches first when a word matches too many rows to rank', () => {
    const { sqlite, searcher } = setup()
    const insert = sqlite.prepare(`INSERT INTO articles (id, title, body, audience, tags, links, created_at, updated_at) VALUES (?, ?, ?, 'agent', '[]', '[]', 'x', 'x')`)
    sqlite.transaction(() => {
      insert.run(crypto.randomUUID(), 'Storing in de betaalrun', 'Wat te doen.')
      for (let i = 0; i < 5100; i++) insert.run(crypto.randomUUID(), `Melding ${i}`, 'Een storing die vaak voorkomt.')
    })()
    const hits = searcher.search('storing')
    expect(hits).toHaveLength(20)
    expect(hits[0]!.title).toBe('Storing in de betaalrun')
    expect(hits[1]!.snippet).toContain('\u0002storing\u0003')
  })

  it('treats what is typed as words, not as search syntax', () => {
    expect(ftsQuery('NOT "fin" OR ')).toBe('"NOT"* "fin"* "OR"*')
    expect(ftsQuery('***')).toBeNull()
    const { searcher } = setup()
    expect(() => searcher.search('"(NEAR')).not.toThrow()
  })
})
