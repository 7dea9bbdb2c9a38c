import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { readLexiconFile } from '../../../src/main/services/jargon'
import { parseKnowledgePack } from '../../../src/main/services/knowledge-pack'
import { packIds } from '../../../src/main/services/transfer/pack-records'
import { FLOW_END, possibleAnswers, targetAfter, type QuestionFlow } from '../../../src/shared/call/flow-schema'
import { phaseIds } from '../../../src/shared/call/phases'
import { emptyDraft, type CallDraft } from '../../../src/shared/call/record'
import { createChecker } from '../../../src/shared/language/check'
import { scorePractice, type PracticeTranscript, type Scenario, type ScenarioIds } from '../../../src/shared/onboarding/scenario'
import type { KnowledgePack } from '../../../src/shared/pack/schema'
import { compose } from '../../../src/shared/refusal/compose'
import { prefill } from '../../../src/shared/refusal/prefill'
import { problems } from '../../../src/shared/refusal/problems'
import { AppError } from '../../../src/shared/result'
import { packsFolder } from '../support/paths'

// The practice calls a new hire meets first: the demo packs' scenarios. They must hold together with the
// organisation (people, departments, flows, rules), be the same calls in Dutch and English, and be fair: a
// trainee who does exactly what a scenario expects scores 100, one who does nothing scores low.

type Language = 'nl' | 'en'
const raw = (language: Language): string => readFileSync(join(packsFolder, `demo.${language}.json`), 'utf8')
const packs: Record<Language, KnowledgePack> = {
  nl: parseKnowledgePack('demo.nl.json', raw('nl')),
  en: parseKnowledgePack('demo.en.json', raw('en')),
}
const scenariosOf = (language: Language): Scenario[] => packs[language].scenarios ?? []
const checker = createChecker({ lexicon: readLexiconFile(join(packsFolder, '..', 'lexicon', 'it-jargon.json')) })

const flowFor = (pack: KnowledgePack, scenario: Scenario): QuestionFlow => pack.flows.find((f) => f.category === scenario.expect.category)!

/**
 * A way through the flow as the call screen walks it (each answer leads to its next question) that passes
 * the expected questions in order and only asks what the caller has a line for; null when there is none.
 */
function pathThrough(flow: QuestionFlow, expected: readonly string[], answered: ReadonlySet<string>): string[] | null {
  const { questions } = flow
  const walk = (index: number, found: number, path: string[]): string[] | null => {
    const question = questions[index]!
    if (!answered.has(question.key)) return null
    const nextFound = expected[found] === question.key ? found + 1 : found
    const targets = new Set((possibleAnswers(question) ?? ['']).map((answer) => targetAfter(questions, index, answer)))
    for (const target of targets) {
      if (target === FLOW_END) {
        if (nextFound === expected.length) return [...path, question.key]
        continue
      }
      const result = walk(questions.findIndex((q) => q.key === target), nextFound, [...path, question.key])
      if (result) return result
    }
    return null
  }
  return walk(0, 0, [])
}

const answeredKeys = (scenario: Scenario) => new Set(scenario.lines.flatMap((line) => (line.answers ? [line.answers] : [])))

function idsFor(pack: KnowledgePack, scenario: Scenario): ScenarioIds {
  const idOf = packIds(pack.organisation.id)
  return {
    personId: idOf('person', scenario.caller),
    departmentId: scenario.expect.department ? idOf('department', scenario.expect.department) : null,
    applicationId: scenario.expect.application ? idOf('application', scenario.expect.application) : null,
  }
}

const words = {
  nl: {
    goal: 'verder kunnen met uw werk',
    how: 'Ik loop het nu samen met u door',
    howLong: 'een paar minuten',
    nextWhat: 'bel u of het gelukt is',
    invitation: 'Laat u het me weten als u nog vragen heeft?',
    promise: 'Ik bel u uiterlijk dinsdag 1 december om 12:00 terug en vertel u dan hoe het ervoor staat.',
  },
  en: {
    goal: 'get on with your work',
    how: 'I will go through it with you now',
    howLong: 'a few minutes',
    nextWhat: 'call you to check it worked',
    invitation: 'Will you let me know if you have any questions?',
    promise: 'I will call you back by 12:00 on Tuesday 1 December and tell you where things stand.',
  },
}

/**
 * What a trainee does who handles the call exactly as the scenario expects: the right caller, department
 * and application, the questions in the flow's order, a read-back in the caller's own words, an acceptable
 * priority, the expected outcome, a dated promise, and for a refusal the refusal builder's parts filled from
 * the pack's rule, complete enough to save as final.
 */
function perfect(pack: KnowledgePack, scenario: Scenario): PracticeTranscript {
  const language = pack.pack.language
  const ids = idsFor(pack, scenario)
  // Read back in the caller's own words, all of them: echoing the caller must never count as jargon.
  const said = scenario.lines.map((line) => line.text)
  const priority = scenario.expect.priorities[0]!
  const caller = pack.people.find((p) => p.key === scenario.caller)!
  const draft: CallDraft = {
    ...emptyDraft(),
    caller: { ...emptyDraft().caller, personId: ids.personId, name: caller.name },
    departmentId: ids.departmentId,
    applicationId: ids.applicationId,
    category: scenario.expect.category,
    readBack: { text: said.join(' '), state: 'confirmed', correction: '', at: '2026-11-27T09:05:00.000Z' },
    priority: { suggested: priority, reason: '', chosen: priority, overrideReason: '' },
    outcome: { ...emptyDraft().outcome, kind: scenario.expect.outcome },
  }
  if (scenario.expect.outcome !== 'resolved') {
    draft.promise = { ...draft.promise, dueAt: '2026-12-01T11:00:00.000Z', text: words[language].promise }
  }
  let refusal: PracticeTranscript['refusal'] = null
  if (scenario.expect.outcome === 'refused') {
    const rule = pack.rules.find((r) => r.key === scenario.expect.rule)!
    const base = prefill(rule, language, language).parts
    const [first, ...others] = base.alternatives
    const parts = {
      ...base,
      // The scenario's title names the request: "Beheerrechten voor een meetprogramma".
      request: scenario.title.charAt(0).toLowerCase() + scenario.title.slice(1),
      goal: words[language].goal,
      alternatives: [{ ...first!, how: words[language].how, howLong: words[language].howLong }, ...others],
      exception: { ...base.exception, howLong: words[language].howLong },
      nextStep: { who: language === 'nl' ? 'Ik' : 'I', what: words[language].nextWhat, date: '2026-12-01', time: '12:00' },
      invitation: words[language].invitation,
    }
    const composed = compose(parts, language, pack.organisation.formOfAddress, {
      agentName: pack.agent.name,
      now: new Date('2026-11-27T09:00:00.000Z'),
      timeZone: pack.organisation.timeZone,
      callerName: caller.name,
    })
    // Complete as the refusal builder judges it: nothing missing, nothing vague.
    expect(problems(parts, composed, (text) => checker.check(text, language)), `${language} ${scenario.key}`).toEqual([])
    refusal = { status: 'final', parts, spoken: composed.spoken }
  }
  const questionOrder = pathThrough(flowFor(pack, scenario), scenario.expect.questions, answeredKeys(scenario)) ?? []
  return { draft, questionOrder, refusal, language }
}

const empty = (language: Language): PracticeTranscript => ({ draft: emptyDraft(), questionOrder: [], refusal: null, language })

describe('practice calls in the demo packs', () => {
  it('ships at least eight in each language, each with a briefing, the caller’s lines and a checklist', () => {
    for (const language of ['nl', 'en'] as const) {
      const scenarios = scenariosOf(language)
      expect(scenarios.length, language).toBeGreaterThanOrEqual(8)
      for (const s of scenarios) {
        expect(s.lines[0]!.phase, `${language} ${s.key}: the caller opens the call`).toBe('open')
        expect(s.expect.questions.length, `${language} ${s.key}`).toBeGreaterThanOrEqual(3)
      }
      // Every way a call can end is practised, refusals included.
      expect(new Set(scenarios.map((s) => s.expect.outcome)), language).toEqual(new Set(['resolved', 'handed-over', 'refused', 'callback']))
    }
  })

  it('are the same calls in Dutch and English, with the same expectations, the words translated', () => {
    const shape = (s: Scenario) => ({ key: s.key, caller: s.caller, mood: s.mood, expect: s.expect, lines: s.lines.map((l) => [l.phase, l.answers]) })
    expect(scenariosOf('en').map(shape)).toEqual(scenariosOf('nl').map(shape))
    const texts = (s: Scenario): [string, string][] => [
      [`${s.key} title`, s.title],
      [`${s.key} briefing`, s.briefing],
      ...s.lines.map((l, i): [string, string] => [`${s.key} line ${i}`, l.text]),
    ]
    const dutch = new Map(scenariosOf('nl').flatMap(texts))
    const untranslated = scenariosOf('en')
      .flatMap(texts)
      .filter(([where, text]) => text.length > 12 && dutch.get(where) === text)
    expect(untranslated.map(([where]) => where)).toEqual([])
  })

  it('keep to the organisation: the caller works in the department, its application matters there, a refusal names its rule', () => {
    for (const language of ['nl', 'en'] as const) {
      const pack = packs[language]
      for (const s of scenariosOf(language)) {
        const where = `${language} ${s.key}`
        const caller = pack.people.find((p) => p.key === s.caller)!
        expect(caller.department, where).toBe(s.expect.department)
        // A caller without a department (the municipal secretary's office) is one the agent must know by name.
        if (!s.expect.department) expect(caller.vip, where).toBe(true)
        if (s.expect.department && s.expect.application) {
          const pair = pack.criticality.find((c) => c.department === s.expect.department && c.application === s.expect.application)
          expect(pair, `${where}: ${s.expect.application} is not listed for ${s.expect.department}`).toBeDefined()
        }
        expect(s.expect.rule !== undefined, `${where}: a rule only with a refusal`).toBe(s.expect.outcome === 'refused')
      }
    }
  })

  it('let the trainee follow the flow: the expected questions lie on one way through it, and the caller answers every question on it', () => {
    for (const language of ['nl', 'en'] as const) {
      const pack = packs[language]
      for (const s of scenariosOf(language)) {
        const flow = flowFor(pack, s)
        const path = pathThrough(flow, s.expect.questions, answeredKeys(s))
        expect(path, `${language} ${s.key}`).not.toBeNull()
        // The caller answers when asked, in the phase the question belongs to, and lines come phase by phase.
        for (const line of s.lines.filter((l) => l.answers)) {
          expect(line.phase, `${language} ${s.key} ${line.answers}`).toBe(flow.questions.find((q) => q.key === line.answers)!.phase)
        }
        const order = s.lines.map((l) => phaseIds.indexOf(l.phase))
        expect(order, `${language} ${s.key}`).toEqual([...order].sort((a, b) => a - b))
      }
    }
  })

  it('score 100 for a call handled exactly as expected, and below 30 for a call where nothing was done', () => {
    for (const language of ['nl', 'en'] as const) {
      const pack = packs[language]
      for (const s of scenariosOf(language)) {
        const ids = idsFor(pack, s)
        const good = scorePractice(s, ids, perfect(pack, s), checker)
        expect(good.improvements.map((i) => [i.key, i.params]), `${language} ${s.key}`).toEqual([])
        expect(good.score, `${language} ${s.key}`).toBe(100)
        if (s.expect.outcome === 'refused') expect(good.strengths.map((i) => i.key), `${language} ${s.key}`).toContain('refusal')
        const poor = scorePractice(s, ids, empty(language), checker)
        expect(poor.score, `${language} ${s.key}`).toBeLessThan(30)
        expect(poor.improvements.map((i) => i.key), `${language} ${s.key}`).toContain('caller-identified')
        // What to read: the department, or for a caller without one (a VIP) the person's own card.
        const card = s.expect.department ? { kind: 'department', key: s.expect.department } : { kind: 'person', key: s.caller }
        expect(poor.improvements.find((i) => i.key === 'department-context')?.card, `${language} ${s.key}`).toEqual(card)
      }
    }
  })
})

/** A pack file as JSON, for breaking it in a copy. */
interface PackFile {
  flows: { category: string }[]
  scenarios: {
    key: string
    caller: string
    lines: { phase: string; text: string; answers?: string }[]
    expect: { department?: string; application?: string; rule?: string; category: string; questions: string[]; priorities: string[] }
  }[]
}

describe('a scenario that does not fit its pack', () => {
  const refusal = (change: (pack: PackFile) => void): AppError => {
    const pack = JSON.parse(raw('nl')) as PackFile
    change(pack)
    try {
      parseKnowledgePack('team.json', JSON.stringify(pack))
    } catch (error) {
      if (error instanceof AppError) return error
      throw error
    }
    throw new Error('the pack was accepted')
  }

  it('is refused with the path of each wrong reference', () => {
    const error = refusal((pack) => {
      pack.scenarios[2]!.expect.rule = 'no-usb-at-all'
      pack.scenarios[0]!.caller = 'henk-fisser'
      pack.scenarios[1]!.expect.department = 'belastingen'
      pack.scenarios[4]!.expect.application = 'persona-2'
    })
    expect(error.issues).toEqual([
      { field: 'scenarios.0.caller', message: 'unknown person "henk-fisser"' },
      { field: 'scenarios.1.expect.department', message: 'unknown department "belastingen"' },
      { field: 'scenarios.2.expect.rule', message: 'unknown rule "no-usb-at-all"' },
      { field: 'scenarios.4.expect.application', message: 'unknown application "persona-2"' },
    ])
    expect(error.message).toContain('team.json is not a valid knowledge pack: scenarios.0.caller: unknown person "henk-fisser"')
  })

  it('is refused when it expects or answers a question its category’s flow does not ask', () => {
    const error = refusal((pack) => {
      const finix = pack.scenarios[0]!
      finix.expect.questions = ['which-app', 'which-printer']
      finix.lines[3]!.answers = 'power-light'
    })
    expect(error.issues).toEqual([
      { field: 'scenarios.0.expect.questions.1', message: '"which-printer" is not a question of the application-error flow "application-error"' },
      { field: 'scenarios.0.lines.3.answers', message: '"power-light" is not a question of the application-error flow "application-error"' },
    ])
  })

  it('is refused when the pack has no flow for its category, or when two scenarios share a key', () => {
    const error = refusal((pack) => {
      pack.flows = pack.flows.filter((f) => f.category !== 'printer')
      pack.scenarios[3]!.key = pack.scenarios[1]!.key
    })
    const scenarios = scenariosOf('nl')
    const printer = scenarios.findIndex((s) => s.expect.category === 'printer')
    expect(error.issues).toContainEqual({ field: 'scenarios.3.key', message: `duplicate scenario key "${scenarios[1]!.key}"` })
    expect(error.issues).toContainEqual({ field: `scenarios.${printer}.expect.questions.0`, message: 'the pack has no printer flow to ask "which-printer" in' })
  })

  it('is refused when its own fields are wrong, naming the field', () => {
    const error = refusal((pack) => {
      pack.scenarios[5]!.expect.priorities = []
      pack.scenarios[5]!.lines[1]!.phase = 'chat'
    })
    expect(error.issues!.map((i) => i.field)).toEqual(['scenarios.5.lines.1.phase', 'scenarios.5.expect.priorities'])
  })

  it('is not required: a pack without scenarios says nothing about them', () => {
    const pack = JSON.parse(raw('nl')) as Partial<PackFile>
    delete pack.scenarios
    expect(parseKnowledgePack('team.json', JSON.stringify(pack)).scenarios).toBeUndefined()
  })
})
