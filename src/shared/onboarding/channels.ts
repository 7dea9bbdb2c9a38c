import { z } from 'zod'
import { byId, deleted, noInput } from '../channel-kit'
import { idSchema } from '../knowledge/entities'
import {
  practiceRefusalInputSchema,
  practiceResultSchema,
  practiceRunSchema,
  practiceSaveSchema,
  practiceScenarioSummarySchema,
  practiceStartSchema,
} from './practice-records'
import {
  learnerProgressSchema,
  learnerSaveSchema,
  learnerSchema,
  learningItemSaveSchema,
  learningPathSchema,
  quizAnswerInputSchema,
  quizAnswerResultSchema,
  quizCardBackSchema,
  quizCardInputSchema,
  quizGradeInputSchema,
  quizNextInputSchema,
  quizNextSchema,
} from './records'

/** The contract's channels for onboarding: learners, the learning path, quiz and cards, practice calls (joined in src/shared/contract.ts). */
export const onboardingChannels = {
  /** Learner profiles: the agent's own, and more on a shared training machine. */
  'learners:list': { input: noInput, output: z.array(learnerSchema) },
  'learners:save': { input: learnerSaveSchema, output: learnerSchema },
  /** Removes a profile with its progress, answers and practice calls. */
  'learners:delete': { input: byId, output: deleted },
  /** The learning path in order, with what this learner has done. */
  'learning:path': { input: z.object({ learnerId: idSchema }).strict(), output: learningPathSchema },
  'learning:mark': { input: z.object({ learnerId: idSchema, itemId: idSchema, done: z.boolean() }).strict(), output: learningPathSchema },
  /** Team lead: add or change an own item of the path. */
  'learning:item-save': { input: learningItemSaveSchema, output: z.object({ id: idSchema }) },
  /** Team lead: mark any item required or not. */
  'learning:require': { input: z.object({ id: idSchema, required: z.boolean() }).strict(), output: z.object({ id: idSchema }) },
  /** Team lead: the whole path in a new order (every item's id once). */
  'learning:reorder': { input: z.object({ ids: z.array(idSchema).min(1) }).strict(), output: z.object({ count: z.number().int() }) },
  /** Team lead: removes an own item (generated items stay; they can be made not required). */
  'learning:item-delete': { input: byId, output: deleted },
  /** Questions generated from the knowledge base: due repetitions first, then unseen ones. */
  'quiz:next': { input: quizNextInputSchema, output: quizNextSchema },
  /** Records an answer (right or wrong) and schedules the question's next repetition. */
  'quiz:answer': { input: quizAnswerInputSchema, output: quizAnswerResultSchema },
  /** Flashcards: a card's back (the right answer and what to read), recording nothing. */
  'quiz:card': { input: quizCardInputSchema, output: quizCardBackSchema },
  /** Flashcards: the learner knew it or not; recorded and scheduled like a quiz answer. */
  'quiz:grade': { input: quizGradeInputSchema, output: quizAnswerResultSchema },
  /** One learner's progress: path, quiz accuracy by topic, practice scores over time. */
  'learning:progress': { input: z.object({ learnerId: idSchema }).strict(), output: learnerProgressSchema },
  /** The team lead's overview: every learner's progress. */
  'learning:overview': { input: noInput, output: z.array(learnerProgressSchema) },
  /** Practice calls (onboarding): scenarios from the pack, a run kept apart from the real calls, and its score. */
  'practice:scenarios': { input: noInput, output: z.array(practiceScenarioSummarySchema) },
  'practice:start': { input: practiceStartSchema, output: practiceRunSchema },
  'practice:get': { input: byId, output: practiceRunSchema },
  'practice:save': { input: practiceSaveSchema, output: z.object({ id: idSchema, savedAt: z.string() }) },
  'practice:refusal': { input: practiceRefusalInputSchema, output: practiceRunSchema },
  'practice:finish': { input: practiceSaveSchema, output: practiceResultSchema },
} as const
