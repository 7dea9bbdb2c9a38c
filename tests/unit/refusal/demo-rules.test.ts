import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { parseKnowledgePack } from '../../../src/main/services/knowledge-pack'
import { compose } from '../../../src/shared/refusal/compose'
import { partNames } from '../../../src/shared/refusal/parts'
import { defaultInvitation } from '../../../src/shared/refusal/phrases'
import { prefill } from '../../../src/shared/refusal/prefill'
import { packsFolder } from '../support/paths'
import { shippedChecker } from './support'

// Every demo rule, put through the builder with only what the knowledge base stores (plus what the
// agent always adds: the request, its goal and a dated next step), must give a refusal a caller can
// read: all eight parts, no IT jargon and none of the organisation's own abbreviations, and easy enough
// to read.
const options = { agentName: 'Sanne de Vries', now: new Date('2026-11-27T10:00:00Z'), timeZone: 'Europe/Amsterdam' }
const fixed = {
  nl: { request: 'een uitzondering op deze regel', goal: 'uw werk vandaag af te maken', nextStep: { who: 'ik', what: 'bel u terug', date: '2026-12-01', time: '10:00' } },
  en: { request: 'an exception to this rule', goal: 'finish your work today', nextStep: { who: 'I', what: 'will call you back', date: '2026-12-01', time: '10:00' } },
}

for (const language of ['nl', 'en'] as const) {
  const file = `demo.${language}.json`
  const pack = parseKnowledgePack(file, readFileSync(join(packsFolder, file), 'utf8'))
  // The shipped lexicon, the organisation's own abbreviations and its application and department names
  // ("Mijn P&O" is an application), as the console checks them.
  const checker = shippedChecker(
    pack.glossary.map(({ term, aliases, meaning }) => ({ term, aliases, meaning })),
    [...pack.applications, ...pack.departments].map((item) => item.name),
  )
  describe(`every rule of the ${language === 'nl' ? 'Dutch' : 'English'} demo pack through the refusal builder`, () => {
    it.each(pack.rules.map((r) => [r.key, r] as const))('%s', (_key, rule) => {
      const { parts: filled, notices } = prefill(
        { statement: rule.statement, reason: rule.reason, ownerRole: rule.ownerRole, exceptionPath: rule.exceptionPath, alternatives: rule.alternatives },
        language,
        language,
      )
      expect(notices).toEqual([])
      const parts = { ...filled, ...fixed[language], decision: { kind: 'no' as const, condition: '' }, invitation: defaultInvitation(language, 'formal') }
      const { written, parts: present } = compose(parts, language, 'formal', options)
      expect(present).toEqual([...partNames])
      const result = checker.check(written, language)
      expect(result.issues.filter((i) => i.kind === 'jargon').map((i) => i.text)).toEqual([])
      expect(result.readability!.score, written).toBeGreaterThanOrEqual(60)
    })
  })
}
