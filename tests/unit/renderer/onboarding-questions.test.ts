import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import i18next from 'i18next'
import { describe, expect, it } from 'vitest'
import { readLexiconFile } from '../../../src/main/services/jargon'
import { readKnowledgePack } from '../../../src/main/services/knowledge-pack'
import { generateQuiz, seededRandom } from '../../../src/shared/onboarding/quiz'
import { packsFolder } from '../support/paths'

// The modules belong to the renderer project (tsconfig.web.json): loaded by path at run time and typed here.
interface QuestionTextModule {
  inSentence(param: string, value: string): string
  questionParams(params: Record<string, string>): Record<string, string>
}
interface CardLinksModule {
  cardPath(card: { kind: 'department' | 'application' | 'rule' | 'glossary' | 'jargon'; key: string }): string
}
const feature = join(import.meta.dirname, '../../../src/renderer/src/features/onboarding')
const { inSentence, questionParams } = (await import(/* @vite-ignore */ join(feature, 'question-text.ts'))) as QuestionTextModule
const { cardPath } = (await import(/* @vite-ignore */ join(feature, 'card-links.ts'))) as CardLinksModule

const texts = (language: 'nl' | 'en') => JSON.parse(readFileSync(join(feature, 'i18n', `${language}.json`), 'utf8')) as Record<string, unknown>
const lexicon = readLexiconFile(join(packsFolder, '..', 'lexicon', 'it-jargon.json'))

describe('quiz questions as the learner reads them', () => {
  // Every question the demo organisation yields, in both content languages, worded in both UI languages.
  describe.each(['nl', 'en'] as const)('from the %s demo pack', (packLanguage) => {
    const pack = readKnowledgePack(join(packsFolder, `demo.${packLanguage}.json`))
    const questions = generateQuiz({ pack, jargon: lexicon, language: packLanguage }, { random: seededRandom(3) })

    it.each(['nl', 'en'] as const)('has a complete %s text for every question, with the knowledge filled in', async (uiLanguage) => {
      const i18n = i18next.createInstance()
      await i18n.init({ lng: uiLanguage, resources: { [uiLanguage]: { translation: { onboarding: texts(uiLanguage) } } }, interpolation: { escapeValue: false } })
      expect(new Set(questions.map((q) => q.kind)).size).toBe(7)
      for (const q of questions) {
        const key = `onboarding.quiz.question.${q.prompt.key}`
        expect(i18n.exists(key), key).toBe(true)
        const text = i18n.t(key, questionParams(q.prompt.params))
        // A misspelt placeholder would leave "{{…}}" or drop the department, rule or term from the question.
        expect(text, q.id).not.toMatch(/\{\{|\}\}/)
        for (const [name, value] of Object.entries(q.prompt.params)) expect(text, `${q.id}: ${name}`).toContain(inSentence(name, value))
        expect(text.trim().endsWith('?'), text).toBe(true)
        expect(text, text).not.toMatch(/\.[’”']?\?$/)
      }
    })
  })
})

describe('values from the knowledge base inside a question', () => {
  it('drops the full stop a rule ends with, so the question ends in "?" alone', () => {
    expect(inSentence('rule', 'Werkmail stuurt u niet door naar een privéadres. ')).toBe('Werkmail stuurt u niet door naar een privéadres')
    expect(inSentence('rule', 'Is dit een vraag?')).toBe('Is dit een vraag?')
  })
  it('writes a period label as a common noun, but keeps an abbreviation', () => {
    expect(inSentence('period', 'Maandafsluiting')).toBe('maandafsluiting')
    expect(inSentence('period', 'KCC-week')).toBe('KCC-week')
    // Only periods: a department or application name keeps its capital.
    expect(inSentence('department', 'Financiën')).toBe('Financiën')
  })
})

describe('"Read about it" after a quiz answer', () => {
  const id = '9e11111a-d774-5bfd-98ea-61129ca701f0'
  it('opens the knowledge page of the department, application, rule or glossary term', () => {
    expect(cardPath({ kind: 'department', key: id })).toBe(`/departments/${id}`)
    expect(cardPath({ kind: 'application', key: id })).toBe(`/applications/${id}`)
    expect(cardPath({ kind: 'rule', key: id })).toBe(`/rules/${id}`)
    expect(cardPath({ kind: 'glossary', key: id })).toBe(`/glossary/${id}`)
  })
  it('opens the IT-jargon list searched for the term, whatever characters it holds', () => {
    expect(cardPath({ kind: 'jargon', key: 'Wi-Fi & VPN?' })).toBe('/jargon?q=Wi-Fi%20%26%20VPN%3F')
    expect(new URLSearchParams(cardPath({ kind: 'jargon', key: 'Wi-Fi & VPN?' }).split('?')[1]).get('q')).toBe('Wi-Fi & VPN?')
  })
})
