import { createHash } from 'node:crypto'
import { and, eq } from 'drizzle-orm'
import type { EventBus } from '../../contract/event-bus'
import type { Db } from '../../db/open'
import * as t from '../../db/schema'
import { generateQuiz, type QuizOption, type QuizQuestion, type QuizTopic } from '../../../shared/onboarding/quiz'
import { review, type ReviewState } from '../../../shared/onboarding/schedule'
import { AppError } from '../../../shared/result'
import { listJargon } from '../jargon'
import { parseKnowledgePack } from '../knowledge-pack'
import { exportPack } from '../transfer/pack-export'
import { getLearner } from './learners'

/**
 * Quizzes on the knowledge base as it is now: the questions are generated from the database (the same
 * pack a team lead would export, and the jargon lexicon), never stored, so they change with the
 * knowledge. What is stored per learner is each answer and when each question comes back (FSRS).
 *
 * Generation takes tens of milliseconds on the demo organisation, so the questions are kept until the
 * knowledge, the lexicon or the settings (the content language) change.
 */

export interface QuizQuestionView {
  id: string
  topic: QuizTopic
  prompt: { key: string; params: Record<string, string> }
  options: QuizOption[]
}

export interface QuizNext {
  questions: QuizQuestionView[]
  due: number
  unseen: number
}

export interface QuizCardBack {
  answer: string
  card: QuizQuestion['card']
}

export interface QuizAnswerResult {
  correct: boolean
  correctId: string
  card: QuizQuestion['card']
  nextDueAt: string
}

interface QuestionBank {
  questions: QuizQuestion[]
  byId: Map<string, QuizQuestion>
}

const digest = (...parts: string[]) => createHash('sha256').update(parts.join('\u0000')).digest('hex')

/**
 * An option's id as the learner sees it. The generator's ids are letters with the right answer always
 * 'a'; an id made from the question and the option's words gives nothing away and still finds the same
 * option when a change elsewhere in the knowledge reshuffles the options.
 */
const optionId = (question: QuizQuestion, option: QuizOption): string => digest(question.id, option.text).slice(0, 12)

const toView = (q: QuizQuestion): QuizQuestionView => ({
  id: q.id,
  topic: q.topic,
  prompt: q.prompt,
  options: q.options.map((o) => ({ id: optionId(q, o), text: o.text })),
})

function buildBank(db: Db): QuestionBank {
  const file = exportPack(db)
  const pack = parseKnowledgePack(file.fileName, file.content)
  const questions = generateQuiz({ pack, jargon: listJargon(db), language: pack.pack.language })
  return { questions, byId: new Map(questions.map((q) => [q.id, q])) }
}

const rightOption = (question: QuizQuestion): QuizOption => question.options.find((o) => o.id === question.correctId)!

function isReviewState(value: unknown): value is ReviewState {
  return typeof value === 'object' && value !== null && typeof (value as { due?: unknown }).due === 'string'
}

export interface QuizDeps {
  db: Db
  events: EventBus
  /** The clock (tests move it on to see what is due later). */
  now?: () => Date
}

export function createQuiz({ db, events, now = () => new Date() }: QuizDeps) {
  let bank: QuestionBank | null = null
  events.subscribe((event) => {
    if (event === 'knowledge:changed' || event === 'jargon:changed' || event === 'settings:changed') bank = null
  })
  const current = () => (bank ??= buildBank(db))

  return {
    /**
     * Up to `count` questions for this learner: the ones due for repetition first (soonest due first),
     * then ones never seen, in an order shuffled per learner that stays the same between rounds.
     */
    next(input: { learnerId: string; topic?: QuizTopic | undefined; count: number }): QuizNext {
      getLearner(db, input.learnerId)
      const { questions, byId } = current()
      const inTopic = (q: QuizQuestion | undefined): q is QuizQuestion => !!q && (!input.topic || q.topic === input.topic)
      const reviews = db
        .select({ questionId: t.quizReviews.questionId, dueAt: t.quizReviews.dueAt })
        .from(t.quizReviews)
        .where(eq(t.quizReviews.learnerId, input.learnerId))
        .all()
      const at = now().getTime()
      const due = reviews
        .filter((r) => new Date(r.dueAt).getTime() <= at)
        .sort((a, b) => a.dueAt.localeCompare(b.dueAt) || a.questionId.localeCompare(b.questionId))
        .map((r) => byId.get(r.questionId))
        .filter(inTopic)
      const seen = new Set(reviews.map((r) => r.questionId))
      const unseen = questions
        .filter((q) => inTopic(q) && !seen.has(q.id))
        .map((q) => ({ q, rank: digest(input.learnerId, q.id) }))
        .sort((a, b) => a.rank.localeCompare(b.rank))
        .map(({ q }) => q)
      return { questions: [...due, ...unseen].slice(0, input.count).map(toView), due: due.length, unseen: unseen.length }
    },

    /** Records an answer, right or wrong, and when the question comes back: soon when wrong, later each time it is right. */
    answer(input: { learnerId: string; questionId: string; optionId: string }): QuizAnswerResult {
      getLearner(db, input.learnerId)
      const question = find(input.questionId)
      const chosen = question.options.find((o) => optionId(question, o) === input.optionId)
      if (!chosen) {
        throw new AppError('not-found', 'This answer is not one of the question’s options (any more): the knowledge may have changed. Load the question again.', [
          { field: 'optionId', message: 'not an option of this question' },
        ])
      }
      return record(input.learnerId, question, chosen === rightOption(question))
    },

    /** A flashcard's back: the right answer and what to read about it. Turning a card over records nothing. */
    card(input: { learnerId: string; questionId: string }): QuizCardBack {
      getLearner(db, input.learnerId)
      const question = find(input.questionId)
      return { answer: rightOption(question).text, card: question.card }
    },

    /**
     * The learner's own verdict on a flashcard, recorded like a quiz answer (knew it = right), so a question
     * has one memory whether it was practised as a card or in the quiz.
     */
    grade(input: { learnerId: string; questionId: string; knew: boolean }): QuizAnswerResult {
      getLearner(db, input.learnerId)
      return record(input.learnerId, find(input.questionId), input.knew)
    },
  }

  function find(questionId: string): QuizQuestion {
    const question = current().byId.get(questionId)
    if (!question) {
      throw new AppError('not-found', 'This question no longer exists: the knowledge it was made from has changed. Go on with the next question.', [
        { field: 'questionId', message: 'no longer exists' },
      ])
    }
    return question
  }

  /** Stores the answer and the question's next repetition in one transaction. */
  function record(learnerId: string, question: QuizQuestion, correct: boolean): QuizAnswerResult {
    const at = now()
    const key = and(eq(t.quizReviews.learnerId, learnerId), eq(t.quizReviews.questionId, question.id))
    const next = db.transaction((tx) => {
      const stored = tx.select({ state: t.quizReviews.state }).from(t.quizReviews).where(key).get()
      const state = review(isReviewState(stored?.state) ? stored.state : null, correct, at)
      tx.insert(t.quizAnswers).values({ learnerId, questionId: question.id, topic: question.topic, correct, answeredAt: at.toISOString() }).run()
      const row = { topic: question.topic, dueAt: state.due, state: { ...state } }
      tx.insert(t.quizReviews)
        .values({ learnerId, questionId: question.id, ...row })
        .onConflictDoUpdate({ target: [t.quizReviews.learnerId, t.quizReviews.questionId], set: row })
        .run()
      return state
    })
    return { correct, correctId: optionId(question, rightOption(question)), card: question.card, nextDueAt: next.due }
  }
}

export type QuizService = ReturnType<typeof createQuiz>
