import { and, asc, eq, isNotNull, max, sql } from 'drizzle-orm'
import type { Db } from '../../db/open'
import * as t from '../../db/schema'
import { quizTopics } from '../../../shared/onboarding/quiz'
import type { Learner, LearnerProgress } from '../../../shared/onboarding/records'
import { getLearner, listLearners } from './learners'
import { doneItems, pathCompletion, syncPath } from './path'

/**
 * How far a learner is, for the new hire and the team lead: the path, quiz accuracy by topic, the
 * practice calls' scores over time and when the learner last did anything.
 */

type ItemRow = ReturnType<typeof syncPath>[number]

/** A scenario's title as its pack gives it; the key while the scenario is not (or no longer) there. */
function scenarioTitles(db: Db): Map<string, string> {
  const titles = new Map<string, string>()
  for (const row of db.select({ key: t.practiceScenarios.key, data: t.practiceScenarios.data }).from(t.practiceScenarios).all()) {
    const title = row.data['title']
    if (typeof title === 'string' && title.trim()) titles.set(row.key, title)
  }
  return titles
}

function progressOf(db: Db, learner: Learner, path: readonly ItemRow[], titles: ReadonlyMap<string, string>): LearnerProgress {
  const done = doneItems(db, learner.id)
  const answers = db
    .select({ topic: t.quizAnswers.topic, answered: sql<number>`count(*)`, correct: sql<number>`coalesce(sum(${t.quizAnswers.correct}), 0)` })
    .from(t.quizAnswers)
    .where(eq(t.quizAnswers.learnerId, learner.id))
    .groupBy(t.quizAnswers.topic)
    .all()
  const byTopic = quizTopics.map((topic) => {
    const row = answers.find((a) => a.topic === topic)
    return { topic, answered: row?.answered ?? 0, correct: row?.correct ?? 0 }
  })
  const runs = db
    .select()
    .from(t.practiceRuns)
    .where(and(eq(t.practiceRuns.learnerId, learner.id), isNotNull(t.practiceRuns.finishedAt), isNotNull(t.practiceRuns.score)))
    .orderBy(asc(t.practiceRuns.finishedAt))
    .all()
  const practice = runs.map((r) => ({
    id: r.id,
    scenarioKey: r.scenarioKey,
    title: titles.get(r.scenarioKey) ?? r.scenarioKey,
    finishedAt: r.finishedAt!,
    score: r.score!,
  }))
  const lastAnswer = db.select({ at: max(t.quizAnswers.answeredAt) }).from(t.quizAnswers).where(eq(t.quizAnswers.learnerId, learner.id)).get()?.at
  const lastRun = db.select({ at: max(t.practiceRuns.startedAt) }).from(t.practiceRuns).where(eq(t.practiceRuns.learnerId, learner.id)).get()?.at
  const moments = [...done.values(), lastAnswer, lastRun, ...practice.map((p) => p.finishedAt)].filter((m): m is string => !!m)
  return {
    learner,
    path: pathCompletion(path, done),
    quiz: {
      answered: byTopic.reduce((sum, x) => sum + x.answered, 0),
      correct: byTopic.reduce((sum, x) => sum + x.correct, 0),
      byTopic,
    },
    practice,
    lastActivityAt: moments.length > 0 ? moments.reduce((a, b) => (new Date(a) >= new Date(b) ? a : b)) : null,
  }
}

export function learnerProgress(db: Db, learnerId: string): LearnerProgress {
  const learner = getLearner(db, learnerId)
  return progressOf(db, learner, syncPath(db), scenarioTitles(db))
}

/** Every learner's progress, by name (the team lead's overview). */
export function learningOverview(db: Db): LearnerProgress[] {
  const path = syncPath(db)
  const titles = scenarioTitles(db)
  return listLearners(db).map((learner) => progressOf(db, learner, path, titles))
}
