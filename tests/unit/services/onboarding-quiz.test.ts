import { describe, expect, it } from 'vitest'
import { createQuiz } from '../../../src/main/services/onboarding/quiz'
import { stableId } from '../../../src/main/services/stable-id'
import { demoRuntime } from '../support/runtime'

const minute = 60_000
const day = 24 * 60 * minute

async function setup() {
  const demo = demoRuntime()
  const h = demo.runtime.handlers
  const [me] = await h['learners:list']({})
  let now = new Date('2026-03-02T09:00:00.000Z')
  // The same service the handlers use, on the same database and events, with a clock the test moves on.
  const quiz = createQuiz({ db: demo.runtime.database!.db, events: demo.runtime.events, now: () => now })
  return { ...demo, h, me: me!, quiz, later: (ms: number) => (now = new Date(now.getTime() + ms)), now: () => now }
}

describe('quiz:next', () => {
  it('gives unseen questions of four options without the right answer', async () => {
    const { me, dispatch } = await setup()
    const result = await dispatch('quiz:next', { learnerId: me.id, count: 10 })
    if (!result.ok) throw new Error(result.error.message)
    const next = result.value as { questions: { id: string; options: { id: string; text: string }[] }[]; due: number; unseen: number }
    expect(next.questions).toHaveLength(10)
    expect(next.due).toBe(0)
    expect(next.unseen).toBeGreaterThan(150)
    const text = JSON.stringify(next)
    expect(text).not.toContain('correct')
    expect(text).not.toContain('"card"')
    for (const q of next.questions) {
      expect(q.options).toHaveLength(4)
      // Not the generator's letters, where the right answer is always "a".
      expect(q.options.every((o) => /^[0-9a-f]{12}$/.test(o.id))).toBe(true)
    }
    expect(new Set(next.questions.map((q) => q.id)).size).toBe(10)
  })

  it('shuffles the unseen questions per learner, the same way every round', async () => {
    const { h, me } = await setup()
    const trainee = await h['learners:save']({ name: 'Noor Bakker' })
    const ids = async (learnerId: string) => (await h['quiz:next']({ learnerId, count: 20 })).questions.map((q) => q.id)
    const mine = await ids(me.id)
    expect(await ids(me.id)).toEqual(mine)
    expect(await ids(trainee.id)).not.toEqual(mine)
  })

  it('filters by topic and gives at most `count`', async () => {
    const { h, me } = await setup()
    const rules = await h['quiz:next']({ learnerId: me.id, topic: 'rules', count: 50 })
    expect(rules.questions.length).toBe(Math.min(50, rules.unseen))
    expect(rules.questions.every((q) => q.topic === 'rules')).toBe(true)
    expect((await h['quiz:next']({ learnerId: me.id, topic: 'jargon', count: 3 })).questions.map((q) => q.topic)).toEqual(['jargon', 'jargon', 'jargon'])
  })
})

describe('quiz:answer', () => {
  it('records a right and a wrong answer; the wrong one comes back first and soon, the right one is not due yet', async () => {
    const { h, me, quiz, later, now } = await setup()
    const [rightQ, wrongQ] = quiz.next({ learnerId: me.id, count: 2 }).questions
    // Another learner's answer shows which option is right (option ids are the same for everyone).
    const oracle = await h['learners:save']({ name: 'Oracle' })
    const rightId = quiz.answer({ learnerId: oracle.id, questionId: rightQ!.id, optionId: rightQ!.options[0]!.id }).correctId
    const wrongAnswerKey = quiz.answer({ learnerId: oracle.id, questionId: wrongQ!.id, optionId: wrongQ!.options[0]!.id }).correctId
    const wrongId = wrongQ!.options.find((o) => o.id !== wrongAnswerKey)!.id

    const answeredAt = now().getTime()
    const right = quiz.answer({ learnerId: me.id, questionId: rightQ!.id, optionId: rightId })
    const wrong = quiz.answer({ learnerId: me.id, questionId: wrongQ!.id, optionId: wrongId })
    expect(right).toMatchObject({ correct: true, correctId: rightId })
    expect(wrong).toMatchObject({ correct: false, correctId: wrongAnswerKey })
    expect(['department', 'application', 'rule', 'glossary', 'jargon']).toContain(wrong.card.kind)
    expect(new Date(wrong.nextDueAt).getTime() - answeredAt).toBeLessThanOrEqual(5 * minute)
    expect(new Date(right.nextDueAt).getTime()).toBeGreaterThan(new Date(wrong.nextDueAt).getTime())

    later(2 * minute)
    const soon = quiz.next({ learnerId: me.id, count: 5 })
    expect(soon.due).toBe(1)
    expect(soon.questions[0]!.id).toBe(wrongQ!.id)
    expect(soon.questions.map((q) => q.id)).not.toContain(rightQ!.id)

    later(day)
    const tomorrow = quiz.next({ learnerId: me.id, count: 5 })
    expect(tomorrow.questions.slice(0, 2).map((q) => q.id)).toEqual([wrongQ!.id, rightQ!.id])

    const progress = await h['learning:progress']({ learnerId: me.id })
    expect(progress.quiz).toMatchObject({ answered: 2, correct: 1 })
  })

  it('a right answer each time pushes the question further out', async () => {
    const { me, quiz, later, now } = await setup()
    const [q] = quiz.next({ learnerId: me.id, count: 1 }).questions
    const first = quiz.answer({ learnerId: me.id, questionId: q!.id, optionId: q!.options[0]!.id })
    const rightId = first.correctId
    later(new Date(first.nextDueAt).getTime() - now().getTime())
    const gaps: number[] = []
    for (let i = 0; i < 4; i++) {
      // Answered when it is due again, as a learner who keeps up would.
      expect(quiz.next({ learnerId: me.id, count: 1 }).questions[0]!.id).toBe(q!.id)
      const result = quiz.answer({ learnerId: me.id, questionId: q!.id, optionId: rightId })
      gaps.push(new Date(result.nextDueAt).getTime() - now().getTime())
      later(gaps.at(-1)!)
    }
    for (let i = 1; i < gaps.length; i++) expect(gaps[i]!).toBeGreaterThan(gaps[i - 1]!)
  })

  it('an unknown option or a question whose knowledge is gone is refused with what to do', async () => {
    const { h, me, dispatch } = await setup()
    const ruleId = stableId('zuiderhaven', 'rule', 'usb-storage')
    const question = (await h['quiz:next']({ learnerId: me.id, topic: 'rules', count: 50 })).questions.find((q) => q.id.endsWith(`:${ruleId}`))!
    expect(question).toBeDefined()

    const badOption = await dispatch('quiz:answer', { learnerId: me.id, questionId: question.id, optionId: 'a' })
    expect(badOption.ok || badOption.error).toMatchObject({ code: 'not-found', issues: [{ field: 'optionId' }] })

    await h['knowledge:delete']({ kind: 'rule', id: ruleId })
    const gone = await dispatch('quiz:answer', { learnerId: me.id, questionId: question.id, optionId: question.options[0]!.id })
    expect(gone.ok).toBe(false)
    if (gone.ok) return
    expect(gone.error.code).toBe('not-found')
    expect(gone.error.message).toContain('no longer exists')
    expect((await h['learning:progress']({ learnerId: me.id })).quiz.answered).toBe(0)
  })

  it('asks about a department added since the last round (the questions follow the knowledge)', async () => {
    const { h, me } = await setup()
    const before = (await h['quiz:next']({ learnerId: me.id, topic: 'words', count: 1 })).unseen
    await h['departments:save']({
      values: {
        name: 'Archief',
        mission: 'Stukken vindbaar houden.',
        whatMatters: '',
        busyPeriods: [],
        sensitivities: '',
        sensitivitiesShareable: false,
        preferredContact: '',
        applications: [],
        ownWords: [{ term: 'de kluis', meaning: 'het e-depot', applicationId: null, glossaryTermId: null }],
      },
    })
    expect((await h['quiz:next']({ learnerId: me.id, topic: 'words', count: 1 })).unseen).toBe(before + 1)
  })
})

describe('flashcards: quiz:card and quiz:grade', () => {
  it('turning a card shows the right answer in the knowledge base’s words, and records nothing', async () => {
    const { h, me } = await setup()
    const jargon = await h['quiz:next']({ learnerId: me.id, topic: 'jargon', count: 3 })
    const lexicon = await h['jargon:list']({})
    for (const q of jargon.questions) {
      const back = await h['quiz:card']({ learnerId: me.id, questionId: q.id })
      // Checked against the lexicon itself, not against the quiz: the back is the term's plain word.
      const term = lexicon.find((e) => e.term === q.prompt.params.term)!
      expect(back.answer).toBe(term.plain.nl)
      expect(back.card).toEqual({ kind: 'jargon', key: term.term })
      expect(q.options.map((o) => o.text)).toContain(back.answer)
    }
    // The same answer the quiz marks right (option ids are the same for everyone).
    const [q] = (await h['quiz:next']({ learnerId: me.id, topic: 'rules', count: 1 })).questions
    const back = await h['quiz:card']({ learnerId: me.id, questionId: q!.id })
    const oracle = await h['learners:save']({ name: 'Oracle' })
    const { correctId } = await h['quiz:answer']({ learnerId: oracle.id, questionId: q!.id, optionId: q!.options[0]!.id })
    expect(q!.options.find((o) => o.id === correctId)!.text).toBe(back.answer)

    expect((await h['learning:progress']({ learnerId: me.id })).quiz.answered).toBe(0)
    const after = await h['quiz:next']({ learnerId: me.id, topic: 'jargon', count: 3 })
    expect(after).toMatchObject({ due: 0, unseen: jargon.unseen })
    expect(after.questions.map((x) => x.id)).toEqual(jargon.questions.map((x) => x.id))
  })

  it('grading records the answer under its topic and schedules it: not known comes back soon, known later', async () => {
    const { h, me, quiz, later, now } = await setup()
    const [knownQ, unknownQ] = quiz.next({ learnerId: me.id, topic: 'departments', count: 2 }).questions
    const gradedAt = now().getTime()
    const known = quiz.grade({ learnerId: me.id, questionId: knownQ!.id, knew: true })
    const unknown = quiz.grade({ learnerId: me.id, questionId: unknownQ!.id, knew: false })
    expect(known.correct).toBe(true)
    expect(unknown.correct).toBe(false)
    // The result names the right option, as quiz:answer does, and the card to read.
    expect(unknownQ!.options.find((o) => o.id === unknown.correctId)!.text).toBe(quiz.card({ learnerId: me.id, questionId: unknownQ!.id }).answer)
    expect(unknown.card.kind).toBe('department')
    expect(new Date(unknown.nextDueAt).getTime() - gradedAt).toBeLessThanOrEqual(5 * minute)
    expect(new Date(known.nextDueAt).getTime()).toBeGreaterThan(new Date(unknown.nextDueAt).getTime())

    const progress = await h['learning:progress']({ learnerId: me.id })
    expect(progress.quiz).toMatchObject({ answered: 2, correct: 1 })
    expect(progress.quiz.byTopic.find((row) => row.topic === 'departments')).toMatchObject({ answered: 2, correct: 1 })

    later(2 * minute)
    const soon = quiz.next({ learnerId: me.id, count: 5 })
    expect(soon.due).toBe(1)
    expect(soon.questions[0]!.id).toBe(unknownQ!.id)
    expect(soon.questions.map((q) => q.id)).not.toContain(knownQ!.id)
  })

  it('a card and a quiz question share one memory: a quiz answer after a known card is scheduled further out', async () => {
    const { me, quiz, later, now } = await setup()
    const [q] = quiz.next({ learnerId: me.id, count: 1 }).questions
    const first = quiz.grade({ learnerId: me.id, questionId: q!.id, knew: true })
    const firstGap = new Date(first.nextDueAt).getTime() - now().getTime()
    later(firstGap)
    expect(quiz.next({ learnerId: me.id, count: 1 })).toMatchObject({ due: 1, questions: [{ id: q!.id }] })
    const second = quiz.answer({ learnerId: me.id, questionId: q!.id, optionId: first.correctId })
    expect(second.correct).toBe(true)
    // A first right answer would get firstGap again; the memory from the card makes it longer.
    expect(new Date(second.nextDueAt).getTime() - now().getTime()).toBeGreaterThan(firstGap)
  })

  it('an unknown question or learner is not-found, with the field named, and nothing is recorded', async () => {
    const { h, me, dispatch } = await setup()
    for (const [channel, extra] of [
      ['quiz:card', {}],
      ['quiz:grade', { knew: true }],
    ] as const) {
      const result = await dispatch(channel, { learnerId: me.id, questionId: 'plain-word:no-such-term', ...extra })
      expect(result.ok || result.error, channel).toMatchObject({ code: 'not-found', issues: [{ field: 'questionId' }] })
    }
    const [q] = (await h['quiz:next']({ learnerId: me.id, count: 1 })).questions
    const stranger = await dispatch('quiz:grade', { learnerId: '00000000-0000-4000-8000-000000000000', questionId: q!.id, knew: true })
    expect(stranger.ok || stranger.error.code).toBe('not-found')
    const noVerdict = await dispatch('quiz:grade', { learnerId: me.id, questionId: q!.id })
    expect(noVerdict.ok || noVerdict.error).toMatchObject({ code: 'invalid-input', issues: [{ field: 'knew' }] })
    expect((await h['learning:progress']({ learnerId: me.id })).quiz.answered).toBe(0)
  })
})
