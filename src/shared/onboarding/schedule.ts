import { createEmptyCard, fsrs, Rating, type Card } from 'ts-fsrs'

/**
 * When a learner sees a question again: FSRS (the ts-fsrs package), the spaced-repetition scheduler many
 * flashcard apps use. A right answer pushes the next review further out each time; a wrong one brings the
 * question back soon. No fuzz, so the same answers give the same schedule (and tests are exact).
 */

/** A question's memory state as the database keeps it (JSON-safe: dates as ISO strings). */
export interface ReviewState {
  due: string
  stability: number
  difficulty: number
  elapsedDays: number
  scheduledDays: number
  learningSteps: number
  reps: number
  lapses: number
  state: number
  lastReview: string | null
}

const scheduler = fsrs({ enable_fuzz: false })

function toCard(state: ReviewState): Card {
  return {
    due: new Date(state.due),
    stability: state.stability,
    difficulty: state.difficulty,
    elapsed_days: state.elapsedDays,
    scheduled_days: state.scheduledDays,
    learning_steps: state.learningSteps,
    reps: state.reps,
    lapses: state.lapses,
    state: state.state,
    ...(state.lastReview ? { last_review: new Date(state.lastReview) } : {}),
  }
}

function fromCard(card: Card): ReviewState {
  return {
    due: card.due.toISOString(),
    stability: card.stability,
    difficulty: card.difficulty,
    elapsedDays: card.elapsed_days,
    scheduledDays: card.scheduled_days,
    learningSteps: card.learning_steps,
    reps: card.reps,
    lapses: card.lapses,
    state: card.state,
    lastReview: card.last_review ? card.last_review.toISOString() : null,
  }
}

/** Records an answer given at `now` (null state: the first time the learner meets the question). */
export function review(state: ReviewState | null, correct: boolean, now: Date): ReviewState {
  const card = state ? toCard(state) : createEmptyCard(now)
  return fromCard(scheduler.next(card, now, correct ? Rating.Good : Rating.Again).card)
}

/** Whether the question is due for repetition at `now`. */
export const isDue = (state: ReviewState | null, now: Date): boolean => state === null || new Date(state.due).getTime() <= now.getTime()
