import { z } from 'zod'
import { idSchema } from '../knowledge/entities'
import { quizTopics } from './quiz'

/** What the UI sees of onboarding (the contract's `learners:*`, `learning:*` and `quiz:*` channels). */

export const learnerSchema = z.object({ id: idSchema, name: z.string(), createdAt: z.string() })
export type Learner = z.infer<typeof learnerSchema>

export const learnerSaveSchema = z.object({ id: idSchema.optional(), name: z.string().trim().min(1, 'enter a name').max(80) }).strict()

export const learningItemKinds = ['department', 'application', 'rule', 'phase', 'own'] as const

export const learningItemSchema = z.object({
  id: idSchema,
  kind: z.enum(learningItemKinds),
  /** The knowledge item (department, application or rule id) or the call phase id; null for own items. */
  refId: z.string().nullable(),
  /** The knowledge item's name, or the own item's title; '' for a phase (the UI names phases). */
  title: z.string(),
  /** Own items: what to read or do. Generated items: a one-line summary from the knowledge base. */
  body: z.string(),
  required: z.boolean(),
  /** For this learner. */
  doneAt: z.string().nullable(),
})
export type LearningItem = z.infer<typeof learningItemSchema>

const completionSchema = z.object({
  done: z.number().int(),
  total: z.number().int(),
  requiredDone: z.number().int(),
  requiredTotal: z.number().int(),
})

export const learningPathSchema = completionSchema.extend({ items: z.array(learningItemSchema) })

export const learningItemSaveSchema = z
  .object({
    id: idSchema.optional(),
    values: z.object({
      title: z.string().trim().min(1, 'enter a title').max(200),
      body: z.string().trim().max(5000).default(''),
      required: z.boolean().default(false),
    }),
  })
  .strict()

export const quizTopicSchema = z.enum(quizTopics)

/** A question as the learner sees it: without the right answer. */
export const quizQuestionViewSchema = z.object({
  id: z.string(),
  topic: quizTopicSchema,
  prompt: z.object({ key: z.string(), params: z.record(z.string(), z.string()) }),
  options: z.array(z.object({ id: z.string(), text: z.string() })),
})

export const quizCardSchema = z.object({ kind: z.enum(['department', 'application', 'rule', 'glossary', 'jargon']), key: z.string() })

export const quizNextInputSchema = z
  .object({ learnerId: idSchema, topic: quizTopicSchema.optional(), count: z.number().int().min(1).max(50).default(10) })
  .strict()

export const quizNextSchema = z.object({
  questions: z.array(quizQuestionViewSchema),
  /** Questions due for repetition now, and questions never seen, for this learner (before this round). */
  due: z.number().int(),
  unseen: z.number().int(),
})

export const quizAnswerInputSchema = z.object({ learnerId: idSchema, questionId: z.string().min(1), optionId: z.string().min(1) }).strict()

export const quizAnswerResultSchema = z.object({
  correct: z.boolean(),
  correctId: z.string(),
  /** What to read about it. */
  card: quizCardSchema,
  /** When the question comes back for this learner. */
  nextDueAt: z.string(),
})

/** Flashcards: the same questions and the same memory per question, practised by recalling the answer. */
export const quizCardInputSchema = z.object({ learnerId: idSchema, questionId: z.string().min(1) }).strict()

/** The back of the card: the right answer in the knowledge base's words, and what to read about it. */
export const quizCardBackSchema = z.object({ answer: z.string(), card: quizCardSchema })

/** The learner's own verdict after seeing the back: knew it (recorded as right) or not (wrong). */
export const quizGradeInputSchema = z.object({ learnerId: idSchema, questionId: z.string().min(1), knew: z.boolean() }).strict()

export const practiceSummarySchema = z.object({ id: idSchema, scenarioKey: z.string(), title: z.string(), finishedAt: z.string(), score: z.number().int() })

export const learnerProgressSchema = z.object({
  learner: learnerSchema,
  path: completionSchema,
  quiz: z.object({
    answered: z.number().int(),
    correct: z.number().int(),
    byTopic: z.array(z.object({ topic: quizTopicSchema, answered: z.number().int(), correct: z.number().int() })),
  }),
  /** Finished practice calls, oldest first (for the chart of scores over time). */
  practice: z.array(practiceSummarySchema),
  lastActivityAt: z.string().nullable(),
})
export type LearnerProgress = z.infer<typeof learnerProgressSchema>
