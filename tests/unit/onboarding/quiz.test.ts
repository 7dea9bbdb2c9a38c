import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { readLexiconFile } from '../../../src/main/services/jargon'
import { readKnowledgePack } from '../../../src/main/services/knowledge-pack'
import { generateQuiz, seededRandom, type QuizQuestion } from '../../../src/shared/onboarding/quiz'
import type { KnowledgePack } from '../../../src/shared/pack/schema'
import { packsFolder } from '../support/paths'

const lexicon = readLexiconFile(join(packsFolder, '..', 'lexicon', 'it-jargon.json'))

function quizOf(language: 'nl' | 'en', seed = 7) {
  const pack = readKnowledgePack(join(packsFolder, `demo.${language}.json`))
  return { pack, questions: generateQuiz({ pack, jargon: lexicon, language }, { random: seededRandom(seed) }) }
}

const answer = (q: QuizQuestion) => q.options.find((o) => o.id === q.correctId)!.text
const wrong = (q: QuizQuestion) => q.options.filter((o) => o.id !== q.correctId).map((o) => o.text)

/** What the data says, independently of the generator: is `option` a right answer to `q`? */
function isTrue(pack: KnowledgePack, q: QuizQuestion, option: string): boolean {
  const app = (name: string) => pack.applications.find((a) => a.name === name)
  const department = pack.departments.find((d) => d.key === q.card.key)
  const criticalFor = (dept: string, appKey: string | undefined) =>
    pack.criticality.some((c) => c.department === dept && c.application === appKey && c.level === 'critical')
  switch (q.kind) {
    case 'critical-in-period': {
      const period = department!.busyPeriods.find((p) => p.label === q.prompt.params.period)!
      const key = app(option)?.key
      return (!!key && period.applicationIds.includes(key)) || criticalFor(department!.key, key)
    }
    case 'critical-for-department':
      return criticalFor(department!.key, app(option)?.key)
    case 'resolver-group':
      return pack.applications.find((a) => a.key === q.card.key)!.resolverGroup === option
    case 'rule-owner':
      return pack.rules.find((r) => r.key === q.card.key)!.ownerRole === option
    case 'rule-alternative':
      return pack.rules.find((r) => r.key === q.card.key)!.alternatives.includes(option)
    case 'own-words':
      return pack.departments.find((d) => d.name === option)!.ownWords.some((w) => w.term === q.prompt.params.term)
    case 'plain-word':
      return lexicon.find((t) => t.term === q.prompt.params.term)!.plain[pack.pack.language] === option
  }
}

describe.each(['nl', 'en'] as const)('a quiz generated from the %s demo organisation', (language) => {
  const { pack, questions } = quizOf(language)

  it('covers every topic with questions of four options', () => {
    expect(new Set(questions.map((q) => q.topic))).toEqual(new Set(['departments', 'applications', 'rules', 'words', 'jargon']))
    for (const q of questions) expect(q.options).toHaveLength(4)
    expect(questions.length).toBeGreaterThan(150)
  })

  it('has a right answer that is true in the data and wrong answers that are false', () => {
    for (const q of questions) {
      expect(isTrue(pack, q, answer(q)), `${q.id}: ${answer(q)}`).toBe(true)
      for (const option of wrong(q)) expect(isTrue(pack, q, option), `${q.id}: wrong answer "${option}"`).toBe(false)
      expect(new Set(q.options.map((o) => o.text.toLowerCase())).size).toBe(q.options.length)
    }
  })

  it('puts the right answer in every position, so neither its place nor its id gives it away', () => {
    const positions = new Set(questions.map((q) => q.options.findIndex((o) => o.id === q.correctId)))
    expect(positions).toEqual(new Set([0, 1, 2, 3]))
    expect(new Set(questions.map((q) => q.correctId))).toEqual(new Set(['a', 'b', 'c', 'd']))
  })

  it('gives ids that stay the same for the same data, whatever the shuffle', () => {
    const again = quizOf(language, 99).questions
    expect(again.map((q) => q.id)).toEqual(questions.map((q) => q.id))
    expect(new Set(questions.map((q) => q.id)).size).toBe(questions.length)
  })
})

describe('the questions a team lead would ask', () => {
  const { questions } = quizOf('nl')

  it('knows which application is critical for Financiën at month-end', () => {
    const q = questions.find((x) => x.kind === 'critical-in-period' && x.prompt.params.department === 'Financiën' && x.prompt.params.period === 'Maandafsluiting')!
    expect(answer(q)).toBe('Finix Financiën')
    // Plausible wrong answers: applications that are critical for another department.
    expect(wrong(q)).not.toContain('Finix Financiën')
  })

  it('knows which department calls Finix "het boekhoudpakket"', () => {
    const q = questions.find((x) => x.kind === 'own-words' && x.prompt.params.term === 'het boekhoudpakket')!
    expect(answer(q)).toBe('Financiën')
    expect(q.prompt.params.thing).toBe('Finix Financiën')
  })

  it('asks who owns the rule about administrator rights and what the alternative is', () => {
    const owner = questions.find((x) => x.id === 'rule-owner:admin-rights')!
    expect(answer(owner)).toBe('Hoofd Beveiliging')
    const alternative = questions.find((x) => x.id === 'rule-alternative:admin-rights')!
    expect(answer(alternative)).toMatch(/Softwarecentrum/)
  })

  it('asks for a plain word for VPN, with wrong answers from the same kind of jargon', () => {
    const q = questions.find((x) => x.id === 'plain-word:vpn')!
    expect(answer(q)).toBe(lexicon.find((t) => t.term === 'VPN')!.plain.nl)
    expect(q.card).toEqual({ kind: 'jargon', key: 'VPN' })
  })

  it('leaves out a question with too few plausible wrong answers', () => {
    const tiny = {
      departments: [],
      applications: [],
      criticality: [],
      rules: [{ key: 'only', statement: 'Eén regel', reason: '', ownerRole: 'Hoofd Beveiliging', exceptionPath: '', alternatives: ['Vraag het aan'] }],
    } as unknown as KnowledgePack
    expect(generateQuiz({ pack: tiny, jargon: [], language: 'nl' })).toEqual([])
  })
})
