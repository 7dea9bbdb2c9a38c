import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { checkKeys } from '../../../src/shared/onboarding/scenario'
import { root } from '../support/paths'

// The practice feedback names every check of the scorer in words, in both languages: a check without a
// text would show the learner a bare key.
const texts = (language: 'nl' | 'en') =>
  JSON.parse(readFileSync(join(root, 'src/renderer/src/features/practice/i18n', `${language}.json`), 'utf8')) as {
    good: Record<string, string>
    improve: Record<string, string>
  }

describe.each(['nl', 'en'] as const)('practice feedback in %s', (language) => {
  it('has a strength and an improvement text for every check the scorer makes', () => {
    const { good, improve } = texts(language)
    for (const key of checkKeys) {
      expect(good[key], `good.${key}`).toBeTruthy()
      // "questions" counts what was missed (plural forms) and has its own text for the order.
      const improveKeys = key === 'questions' ? ['questions_one', 'questions_other', 'questionsOrder'] : [key]
      for (const k of improveKeys) expect(improve[k], `improve.${k}`).toBeTruthy()
    }
  })

  it('uses the parameters the scorer gives', () => {
    const { improve } = texts(language)
    expect(improve['priority']).toContain('{{chosen}}')
    expect(improve['priority']).toContain('{{expected}}')
    expect(improve['plain-language']).toContain('{{words}}')
    expect(improve['questions_other']).toContain('{{count}}')
  })
})
