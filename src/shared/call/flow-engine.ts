import { FLOW_END, possibleAnswers, targetAfter, type Question, type QuestionFlow } from './flow-schema'
import type { PhaseId } from './phases'

/**
 * Walks a question flow given the answers so far (question key → answer value). Pure: the call screen
 * keeps the answers, and asks these functions what to show. An answer that changes earlier in the flow
 * can take the walk down another branch; answers off the new path stay in the record until
 * `relevantAnswers` drops them.
 *
 * An answer counts only if the question accepts it: "yes"/"no", one of the option values, or any string
 * for a text question (an empty one too: "marked answered" without notes). A value the question does not
 * accept (say, after a pack update removed the option) leaves the question open, so it is asked again.
 *
 * Flows are meant to be validated with questionFlowSchema; on one that is not, a link to a missing
 * question ends the walk and a loop stops where it comes round.
 */
export type Answers = Readonly<Record<string, string>>

export interface FlowProgress {
  /** The questions asked so far, in order, the current one last. */
  asked: Question[]
  /** The first unanswered question on the path; undefined once the flow is complete. */
  current: Question | undefined
  complete: boolean
}

/** One answered question as it goes into the call record. */
export interface AnsweredQuestion {
  key: string
  question: string
  kind: Question['kind']
  phase: PhaseId
  answer: string
  /** The option's label, for choice and identity questions. */
  label?: string
}

/** Whether `value` is an answer the question accepts. */
export function isAnswer(question: Question, value: string | undefined): value is string {
  if (value === undefined) return false
  const accepted = possibleAnswers(question)
  return accepted === undefined || accepted.includes(value)
}

export function walkFlow(flow: QuestionFlow, answers: Answers): FlowProgress {
  const indexOf = new Map(flow.questions.map((q, i) => [q.key, i]))
  const asked: Question[] = []
  const seen = new Set<number>()
  let index: number | undefined = flow.questions.length > 0 ? 0 : undefined
  while (index !== undefined && !seen.has(index)) {
    seen.add(index)
    const question = flow.questions[index]!
    asked.push(question)
    const answer = answers[question.key]
    if (!isAnswer(question, answer)) return { asked, current: question, complete: false }
    const target = targetAfter(flow.questions, index, answer)
    index = target === FLOW_END ? undefined : indexOf.get(target)
  }
  return { asked, current: undefined, complete: true }
}

/** The questions asked so far in order, ending with the current (unanswered) one if the flow is not done. */
export function askedPath(flow: QuestionFlow, answers: Answers): Question[] {
  return walkFlow(flow, answers).asked
}

/** The question to ask now; undefined when the flow is complete. */
export function currentQuestion(flow: QuestionFlow, answers: Answers): Question | undefined {
  return walkFlow(flow, answers).current
}

/** True when every question on the path is answered and the path has reached its end. */
export function isComplete(flow: QuestionFlow, answers: Answers): boolean {
  return walkFlow(flow, answers).complete
}

/** Only the answers to questions on the current path: what the call record keeps. */
export function relevantAnswers(flow: QuestionFlow, answers: Answers): Record<string, string> {
  const kept: Record<string, string> = {}
  for (const question of walkFlow(flow, answers).asked) {
    const answer = answers[question.key]
    if (isAnswer(question, answer)) kept[question.key] = answer
  }
  return kept
}

/** How the caller's identity was verified (the answer to the first identity question on the path). */
export function identityMethod(flow: QuestionFlow, answers: Answers): string | undefined {
  const question = walkFlow(flow, answers).asked.find((q) => q.kind === 'identity' && isAnswer(q, answers[q.key]))
  return question ? answers[question.key] : undefined
}

/**
 * The answered questions on the path, in order, with the question's text and the option's label: the call
 * record keeps the words as asked, so it still reads right after the pack changes.
 */
export function answeredQuestions(flow: QuestionFlow, answers: Answers): AnsweredQuestion[] {
  const result: AnsweredQuestion[] = []
  for (const question of walkFlow(flow, answers).asked) {
    const answer = answers[question.key]
    if (!isAnswer(question, answer)) continue
    const label = question.options?.find((o) => o.value === answer)?.label
    result.push({ key: question.key, question: question.text, kind: question.kind, phase: question.phase, answer, ...(label ? { label } : {}) })
  }
  return result
}
