import type { KnowledgePack } from '../pack/schema'
import type { JargonTerm } from '../language/lexicon'
import type { Language } from '../knowledge/entities'

/**
 * Multiple-choice questions generated from the organisation's knowledge, never written by hand: when the
 * knowledge base changes, so do the questions. Each question's right answer is read from the data, and
 * each wrong answer is a value of the same kind that is false for this question (another department's
 * critical application, another rule's owner), so it is plausible without being true.
 *
 * The question text is an i18n key with parameters (the UI words it in its language); the options are the
 * knowledge base's own words. `card` names the knowledge item the question is about, for "read the card".
 */

export const quizTopics = ['departments', 'applications', 'rules', 'words', 'jargon'] as const
export type QuizTopic = (typeof quizTopics)[number]

export type QuizKind =
  | 'critical-in-period'
  | 'critical-for-department'
  | 'rule-owner'
  | 'rule-alternative'
  | 'own-words'
  | 'resolver-group'
  | 'plain-word'

export interface QuizOption {
  id: string
  text: string
}

export interface QuizQuestion {
  /** Stable for the same data: the kind and the items it is about (for scheduling repeats). */
  id: string
  kind: QuizKind
  topic: QuizTopic
  /** i18n key under `onboarding.quiz.question.` and its parameters. */
  prompt: { key: QuizKind; params: Record<string, string> }
  /** The right answer and the wrong ones, shuffled. */
  options: QuizOption[]
  correctId: string
  /** The knowledge item to read when the answer was wrong. */
  card: { kind: 'department' | 'application' | 'rule' | 'glossary' | 'jargon'; key: string }
}

export interface QuizSource {
  pack: Pick<KnowledgePack, 'departments' | 'applications' | 'criticality' | 'rules'>
  /** The IT-jargon lexicon (the knowledge base's, or the pack's `jargon` section). */
  jargon: readonly JargonTerm[]
  /** The language plain words are given in. */
  language: Language
}

/** A small seeded generator (mulberry32), so a quiz can be repeated and tests are exact. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0
  return () => {
    state = (state + 0x6d2b79f5) >>> 0
    let t = state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

function shuffle<T>(items: readonly T[], random: () => number): T[] {
  const copy = [...items]
  for (let i = copy.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1))
    ;[copy[i], copy[j]] = [copy[j]!, copy[i]!]
  }
  return copy
}

const normal = (text: string) => text.trim().toLocaleLowerCase()

/**
 * Up to `count` wrong answers: values from `preferred` first (the most similar items), then from
 * `others`, never one that equals a right answer, never twice the same words.
 */
function distractors(right: readonly string[], preferred: readonly string[], others: readonly string[], count: number, random: () => number): string[] {
  const taken = new Set(right.map(normal))
  const chosen: string[] = []
  for (const pool of [shuffle(preferred, random), shuffle(others, random)]) {
    for (const value of pool) {
      if (chosen.length === count) return chosen
      if (!value.trim() || taken.has(normal(value))) continue
      taken.add(normal(value))
      chosen.push(value)
    }
  }
  return chosen
}

/** The question, when there are enough plausible wrong answers (at least two). */
function question(
  base: Omit<QuizQuestion, 'options' | 'correctId'>,
  answer: string,
  wrong: string[],
  random: () => number,
): QuizQuestion | null {
  if (wrong.length < 2) return null
  // Ids follow the shuffled order, so an option's id says nothing about whether it is right.
  const options = shuffle([answer, ...wrong], random).map((text, index) => ({ id: String.fromCharCode(97 + index), text }))
  return { ...base, options, correctId: options.find((o) => o.text === answer)!.id }
}

export interface GenerateOptions {
  /** Wrong answers per question (default 3). */
  wrongAnswers?: number
  random?: () => number
  /** Only these topics. */
  topics?: readonly QuizTopic[]
}

/** Every question the knowledge supports, in a stable order by topic. */
export function generateQuiz(source: QuizSource, options: GenerateOptions = {}): QuizQuestion[] {
  const random = options.random ?? seededRandom(1)
  const count = options.wrongAnswers ?? 3
  const { pack } = source
  const appName = new Map(pack.applications.map((a) => [a.key, a.name]))
  const critical = pack.criticality.filter((c) => c.level === 'critical')
  const criticalFor = (department: string) => new Set(critical.filter((c) => c.department === department).map((c) => c.application))
  const questions: QuizQuestion[] = []

  for (const department of pack.departments) {
    const own = criticalFor(department.key)
    // Applications critical elsewhere are the plausible wrong answers: an agent could mix them up.
    const elsewhere = [...new Set(critical.filter((c) => c.department !== department.key && !own.has(c.application)).map((c) => c.application))]
      .map((key) => appName.get(key))
      .filter((name): name is string => !!name)
    const notOwn = pack.applications.filter((a) => !own.has(a.key)).map((a) => a.name)
    for (const period of department.busyPeriods) {
      const inPeriod = period.applicationIds.filter((key) => appName.has(key))
      const answerKey = inPeriod[0]
      if (!answerKey) continue
      const rightNames = inPeriod.map((key) => appName.get(key)!).concat([...own].map((key) => appName.get(key) ?? ''))
      const q = question(
        {
          id: `critical-in-period:${department.key}:${period.label}`,
          kind: 'critical-in-period',
          topic: 'departments',
          prompt: { key: 'critical-in-period', params: { department: department.name, period: period.label } },
          card: { kind: 'department', key: department.key },
        },
        appName.get(answerKey)!,
        distractors(rightNames, elsewhere, notOwn, count, random),
        random,
      )
      if (q) questions.push(q)
    }
    const [firstCritical] = [...own]
    if (firstCritical && appName.has(firstCritical)) {
      const q = question(
        {
          id: `critical-for-department:${department.key}`,
          kind: 'critical-for-department',
          topic: 'departments',
          prompt: { key: 'critical-for-department', params: { department: department.name } },
          card: { kind: 'department', key: department.key },
        },
        appName.get(firstCritical)!,
        distractors([...own].map((key) => appName.get(key) ?? ''), elsewhere, notOwn, count, random),
        random,
      )
      if (q) questions.push(q)
    }
  }

  for (const application of pack.applications) {
    if (!application.resolverGroup?.trim()) continue
    const groups = pack.applications.map((a) => a.resolverGroup ?? '').filter((g) => g.trim())
    const q = question(
      {
        id: `resolver-group:${application.key}`,
        kind: 'resolver-group',
        topic: 'applications',
        prompt: { key: 'resolver-group', params: { application: application.name } },
        card: { kind: 'application', key: application.key },
      },
      application.resolverGroup,
      distractors([application.resolverGroup], groups, [], count, random),
      random,
    )
    if (q) questions.push(q)
  }

  for (const rule of pack.rules) {
    const base = { topic: 'rules' as const, card: { kind: 'rule' as const, key: rule.key } }
    if (rule.ownerRole?.trim()) {
      const q = question(
        { ...base, id: `rule-owner:${rule.key}`, kind: 'rule-owner', prompt: { key: 'rule-owner', params: { rule: rule.statement } } },
        rule.ownerRole,
        distractors(
          [rule.ownerRole],
          pack.rules.map((r) => r.ownerRole ?? ''),
          pack.applications.map((a) => a.owner ?? ''),
          count,
          random,
        ),
        random,
      )
      if (q) questions.push(q)
    }
    const [alternative] = rule.alternatives
    if (alternative) {
      const q = question(
        { ...base, id: `rule-alternative:${rule.key}`, kind: 'rule-alternative', prompt: { key: 'rule-alternative', params: { rule: rule.statement } } },
        alternative,
        distractors(rule.alternatives, pack.rules.filter((r) => r.key !== rule.key).flatMap((r) => r.alternatives), [], count, random),
        random,
      )
      if (q) questions.push(q)
    }
  }

  for (const department of pack.departments) {
    for (const word of department.ownWords) {
      // A word that more than one department uses has no single right answer.
      const users = pack.departments.filter((d) => d.ownWords.some((w) => normal(w.term) === normal(word.term)))
      if (users.length !== 1) continue
      const q = question(
        {
          // The word alone names the question (it has one department): the department's key would give the answer away.
          id: `own-words:${normal(word.term)}`,
          kind: 'own-words',
          topic: 'words',
          prompt: { key: 'own-words', params: { term: word.term, thing: (word.application && appName.get(word.application)) || word.meaning } },
          card: { kind: 'department', key: department.key },
        },
        department.name,
        distractors([department.name], pack.departments.map((d) => d.name), [], count, random),
        random,
      )
      if (q) questions.push(q)
    }
  }

  for (const term of source.jargon) {
    const plain = term.plain[source.language]
    if (!plain?.trim()) continue
    const sameCategory = source.jargon.filter((j) => j !== term && j.category === term.category).map((j) => j.plain[source.language])
    const q = question(
      {
        id: `plain-word:${normal(term.term)}`,
        kind: 'plain-word',
        topic: 'jargon',
        prompt: { key: 'plain-word', params: { term: term.term } },
        card: { kind: 'jargon', key: term.term },
      },
      plain,
      distractors([plain], sameCategory, source.jargon.map((j) => j.plain[source.language]), count, random),
      random,
    )
    if (q) questions.push(q)
  }

  return options.topics ? questions.filter((q) => options.topics!.includes(q.topic)) : questions
}
