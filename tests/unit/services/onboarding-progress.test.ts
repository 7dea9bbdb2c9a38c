import { eq } from 'drizzle-orm'
import { describe, expect, it } from 'vitest'
import * as t from '../../../src/main/db/schema'
import { demoRuntime } from '../support/runtime'

async function setup() {
  const demo = demoRuntime()
  const h = demo.runtime.handlers
  const db = demo.runtime.database!.db
  const [me] = await h['learners:list']({})
  const trainee = await h['learners:save']({ name: 'Noor Bakker' })
  return { ...demo, h, db, me: me!, trainee }
}

type Setup = Awaited<ReturnType<typeof setup>>

/**
 * Answers `right` questions of a topic right and `wrong` ones wrong. The right option is learnt from a
 * throw-away profile first, so the learner's own record holds exactly the answers meant.
 */
async function answer({ h }: Setup, learnerId: string, topic: 'rules' | 'jargon' | 'departments', right: number, wrong: number) {
  const scout = await h['learners:save']({ name: `Verkenner ${crypto.randomUUID()}` })
  const { questions } = await h['quiz:next']({ learnerId, topic, count: right + wrong })
  for (const [i, q] of questions.entries()) {
    const { correctId } = await h['quiz:answer']({ learnerId: scout.id, questionId: q.id, optionId: q.options[0]!.id })
    const optionId = i < right ? correctId : q.options.find((o) => o.id !== correctId)!.id
    expect((await h['quiz:answer']({ learnerId, questionId: q.id, optionId })).correct).toBe(i < right)
  }
  await h['learners:delete']({ id: scout.id })
}

function practiceRun({ db }: Setup, learnerId: string, scenarioKey: string, finishedAt: string | null, score: number | null) {
  // Nothing writes practice runs yet (the practice screen comes next); progress already reads them.
  db.insert(t.practiceRuns).values({ learnerId, scenarioKey, draft: {}, startedAt: '2026-03-01T08:00:00.000Z', finishedAt, score }).run()
}

describe('a learner’s progress', () => {
  it('adds up: path completion with required items, quiz accuracy by topic, finished practice calls oldest first', async () => {
    const s = await setup()
    const { h, me, trainee } = s
    const items = (await h['learning:path']({ learnerId: me.id })).items
    await h['learning:require']({ id: items[0]!.id, required: true })
    await h['learning:require']({ id: items[1]!.id, required: true })
    await h['learning:mark']({ learnerId: me.id, itemId: items[0]!.id, done: true })
    await h['learning:mark']({ learnerId: me.id, itemId: items[5]!.id, done: true })
    await h['learning:mark']({ learnerId: trainee.id, itemId: items[1]!.id, done: true })

    await answer(s, me.id, 'rules', 3, 1)
    await answer(s, me.id, 'jargon', 1, 2)
    await answer(s, trainee.id, 'departments', 2, 0)

    practiceRun(s, me.id, 'month-end-invoices', '2026-03-03T10:00:00.000Z', 62)
    practiceRun(s, me.id, 'admin-rights', '2026-03-02T10:00:00.000Z', 80)
    practiceRun(s, me.id, 'vip-printer', null, null)

    const mine = await h['learning:progress']({ learnerId: me.id })
    expect(mine.learner).toMatchObject({ id: me.id, name: 'Sanne de Vries' })
    expect(mine.path).toEqual({ done: 2, total: items.length, requiredDone: 1, requiredTotal: 2 })
    expect(mine.quiz.answered).toBe(7)
    expect(mine.quiz.correct).toBe(4)
    const topic = (name: string) => mine.quiz.byTopic.find((x) => x.topic === name)
    expect(topic('rules')).toEqual({ topic: 'rules', answered: 4, correct: 3 })
    expect(topic('jargon')).toEqual({ topic: 'jargon', answered: 3, correct: 1 })
    expect(topic('departments')).toEqual({ topic: 'departments', answered: 0, correct: 0 })
    expect(mine.quiz.byTopic.reduce((sum, x) => sum + x.answered, 0)).toBe(mine.quiz.answered)
    // The unfinished practice call is not a score yet.
    expect(mine.practice.map((p) => [p.scenarioKey, p.score])).toEqual([
      ['admin-rights', 80],
      ['month-end-invoices', 62],
    ])
    expect(mine.practice[0]!.title).toBe('admin-rights')
    expect(mine.lastActivityAt).not.toBeNull()
    expect(Date.now() - new Date(mine.lastActivityAt!).getTime()).toBeLessThan(60_000)

    const theirs = await h['learning:progress']({ learnerId: trainee.id })
    expect(theirs.path).toMatchObject({ done: 1, requiredDone: 1 })
    expect(theirs.quiz).toMatchObject({ answered: 2, correct: 2 })
    expect(theirs.practice).toEqual([])

    const overview = await h['learning:overview']({})
    expect(overview.map((p) => p.learner.name)).toEqual(['Noor Bakker', 'Sanne de Vries'])
    expect(overview[1]).toEqual(mine)
  })

  it('a new profile has done nothing yet', async () => {
    const { h, trainee } = await setup()
    const progress = await h['learning:progress']({ learnerId: trainee.id })
    expect(progress).toMatchObject({ path: { done: 0, requiredDone: 0 }, quiz: { answered: 0, correct: 0 }, practice: [], lastActivityAt: null })
    expect(progress.path.total).toBeGreaterThan(40)
  })

  it('deleting a learner removes its answers, repetitions, path progress and practice calls, and nobody else’s', async () => {
    const s = await setup()
    const { h, db, me, trainee } = s
    const [item] = (await h['learning:path']({ learnerId: me.id })).items
    for (const learner of [me, trainee]) {
      await h['learning:mark']({ learnerId: learner.id, itemId: item!.id, done: true })
      await answer(s, learner.id, 'rules', 1, 1)
      practiceRun(s, learner.id, 'admin-rights', '2026-03-02T10:00:00.000Z', 70)
    }
    const rows = (learnerId: string) => [
      db.select().from(t.learningProgress).where(eq(t.learningProgress.learnerId, learnerId)).all().length,
      db.select().from(t.quizAnswers).where(eq(t.quizAnswers.learnerId, learnerId)).all().length,
      db.select().from(t.quizReviews).where(eq(t.quizReviews.learnerId, learnerId)).all().length,
      db.select().from(t.practiceRuns).where(eq(t.practiceRuns.learnerId, learnerId)).all().length,
    ]
    expect(rows(trainee.id)).toEqual([1, 2, 2, 1])

    expect(await h['learners:delete']({ id: trainee.id })).toEqual({ deleted: true })
    expect(rows(trainee.id)).toEqual([0, 0, 0, 0])
    expect(rows(me.id)).toEqual([1, 2, 2, 1])
    expect((await h['learning:overview']({})).map((p) => p.learner.id)).toEqual([me.id])
    const gone = await s.dispatch('learning:progress', { learnerId: trainee.id })
    expect(gone.ok || gone.error.code).toBe('not-found')
  })

  it('the quiz of a deleted learner starts over when a profile of that name is made again', async () => {
    const s = await setup()
    await answer(s, s.trainee.id, 'rules', 1, 0)
    await s.h['learners:delete']({ id: s.trainee.id })
    const again = await s.h['learners:save']({ name: 'Noor Bakker' })
    expect((await s.h['quiz:next']({ learnerId: again.id, topic: 'rules', count: 1 })).due).toBe(0)
    expect((await s.h['learning:progress']({ learnerId: again.id })).quiz.answered).toBe(0)
  })
})
