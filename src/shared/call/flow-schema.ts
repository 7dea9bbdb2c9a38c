import { z } from 'zod'
import { phaseIdSchema } from './phases'

/**
 * A question flow, as it appears in a knowledge pack: per call category an ordered list of questions
 * the agent asks, where an answer can lead to another question. The flow starts at the first question;
 * after an answer it goes to `next[answer]`, else `defaultNext`, else the following question in the
 * list (after the last one: the end). `"end"` ends the questioning.
 *
 * Kinds: `yes-no` (answers "yes" / "no"), `choice` (answers are option values), `text` (free text; it
 * cannot branch on its answer, only `defaultNext`), `identity` (how the caller's identity was verified;
 * the options are the methods, the answer is the method used and is recorded with the call).
 */
export const flowCategories = ['password-account', 'printer', 'email', 'network-vpn', 'application-error', 'hardware', 'access-request', 'other'] as const
export const flowCategorySchema = z.enum(flowCategories)
export type FlowCategory = z.infer<typeof flowCategorySchema>

/** These flows must begin by verifying who is calling: nothing is reset or granted for a voice alone. */
export const identityFirstCategories: readonly FlowCategory[] = ['password-account', 'access-request']

/** The target that ends the questioning. Reserved: no question may be called this. */
export const FLOW_END = 'end'

export const questionKinds = ['yes-no', 'choice', 'text', 'identity'] as const
export type QuestionKind = (typeof questionKinds)[number]
export const yesNoAnswers = ['yes', 'no'] as const

/** Methods an identity question typically offers; a pack may use others (and e.g. "not-verified"). */
export const commonIdentityMethods = ['callback-known-number', 'manager-confirmation', 'in-person-id', 'mfa-prompt'] as const

const key = z.string().regex(/^[a-z0-9][a-z0-9-]*$/, 'expected a key of lowercase letters, digits and dashes')
const required = z.string().trim().min(1, 'must not be empty')

export const answerOptionSchema = z.object({ value: key, label: required })
export type AnswerOption = z.infer<typeof answerOptionSchema>

const questionShape = z.object({
  key,
  text: required,
  hint: required.optional(),
  kind: z.enum(questionKinds),
  /** Choice and identity questions only. */
  options: z.array(answerOptionSchema).optional(),
  /** Answer value → question key or "end". */
  next: z.record(z.string(), key).optional(),
  defaultNext: key.optional(),
  /** The phase of the call the question belongs to; most questions explore. */
  phase: phaseIdSchema.default('explore'),
})

type Path = (string | number)[]
type Report = (path: Path, message: string) => void

/** What one question needs for its kind; paths are relative to the question. */
function checkQuestion(q: z.output<typeof questionShape>, report: Report): void {
  const hasOptions = q.kind === 'choice' || q.kind === 'identity'
  if (hasOptions) {
    const options = q.options ?? []
    const least = q.kind === 'choice' ? 2 : 1
    if (options.length < least) {
      report(['options'], q.kind === 'choice' ? 'a choice question needs at least two options' : 'an identity question needs the verification methods as options')
    }
    const seen = new Set<string>()
    options.forEach((o, j) => {
      if (seen.has(o.value)) report(['options', j, 'value'], `option "${o.value}" appears twice`)
      seen.add(o.value)
    })
  } else if (q.options !== undefined) {
    report(['options'], `a ${q.kind} question has no options`)
  }
  const accepted = possibleAnswers(q)
  for (const answer of Object.keys(q.next ?? {})) {
    if (!accepted) report(['next', answer], 'a text question cannot branch on its answer: use defaultNext')
    else if (!accepted.includes(answer)) {
      const expected = q.kind === 'yes-no' ? '"yes" or "no"' : `one of the options (${accepted.map((a) => `"${a}"`).join(', ')})`
      report(['next', answer], `"${answer}" is not an answer to this question: expected ${expected}`)
    }
  }
}

export const questionSchema = questionShape.superRefine((q, ctx) => checkQuestion(q, (path, message) => ctx.addIssue({ code: 'custom', path, message })))
export type Question = z.infer<typeof questionSchema>

/** Where an answer to question `index` leads: a question key or FLOW_END. */
export function targetAfter(questions: readonly Question[], index: number, answer: string): string {
  const question = questions[index]
  if (!question) return FLOW_END
  return question.next?.[answer] ?? question.defaultNext ?? questions[index + 1]?.key ?? FLOW_END
}

/** The answers a question accepts, or undefined for free text. */
export function possibleAnswers(question: Question): readonly string[] | undefined {
  if (question.kind === 'yes-no') return yesNoAnswers
  if (question.kind === 'text') return undefined
  return (question.options ?? []).map((o) => o.value)
}

interface Edge {
  to: number
  path: Path
}

/** Every way out of question i, each with the path of the field that makes it (for messages). */
function edgesOf(questions: readonly Question[], i: number, indexOf: Map<string, number>): Edge[] {
  const q = questions[i]!
  const edges: Edge[] = []
  const add = (target: string, path: Path): void => {
    const to = indexOf.get(target)
    if (to !== undefined && !edges.some((e) => e.to === to && e.path.join('.') === path.join('.'))) edges.push({ to, path })
  }
  for (const answer of possibleAnswers(q) ?? [undefined]) {
    const branch = answer === undefined ? undefined : q.next?.[answer]
    if (branch !== undefined) add(branch, ['questions', i, 'next', answer!])
    else if (q.defaultNext !== undefined) add(q.defaultNext, ['questions', i, 'defaultNext'])
    else if (questions[i + 1]) add(questions[i + 1]!.key, ['questions', i])
  }
  return edges
}

/** Loops and unreachable questions: a flow must always move forward to an end, and use every question. */
function checkGraph(questions: readonly Question[], report: Report): void {
  const indexOf = new Map(questions.map((q, i) => [q.key, i]))
  const edges = questions.map((_, i) => edgesOf(questions, i, indexOf))
  const state = questions.map(() => 'new' as 'new' | 'open' | 'done')
  const trail: number[] = []
  const visit = (i: number): void => {
    state[i] = 'open'
    trail.push(i)
    for (const edge of edges[i]!) {
      if (state[edge.to] === 'open') {
        const loop = [...trail.slice(trail.indexOf(edge.to)), edge.to].map((j) => questions[j]!.key).join(' → ')
        report(edge.path, `leads back to "${questions[edge.to]!.key}", so the questions go round in a circle: ${loop}`)
      } else if (state[edge.to] === 'new') visit(edge.to)
    }
    trail.pop()
    state[i] = 'done'
  }
  if (questions.length > 0) visit(0)
  state.forEach((s, i) => {
    if (s === 'new') report(['questions', i], `"${questions[i]!.key}" cannot be reached: no answer from the first question "${questions[0]!.key}" on leads to it`)
  })
}

export const questionFlowSchema = z
  .object({
    key,
    category: flowCategorySchema,
    title: required,
    questions: z.array(questionSchema).min(1, 'a flow needs at least one question'),
  })
  .superRefine((flow, ctx) => {
    const report: Report = (path, message) => ctx.addIssue({ code: 'custom', path, message })
    let issues = 0
    const counted: Report = (path, message) => {
      issues += 1
      report(path, message)
    }
    const indexOf = new Map<string, number>()
    flow.questions.forEach((q, i) => {
      if (q.key === FLOW_END) counted(['questions', i, 'key'], `"${FLOW_END}" is reserved: it ends the flow`)
      else if (indexOf.has(q.key)) counted(['questions', i, 'key'], `question "${q.key}" appears twice (also question ${indexOf.get(q.key)})`)
      else indexOf.set(q.key, i)
    })
    const checkTarget = (target: string, path: Path): void => {
      if (target !== FLOW_END && !indexOf.has(target)) counted(path, `leads to question "${target}", which this flow does not have`)
    }
    flow.questions.forEach((q, i) => {
      for (const [answer, target] of Object.entries(q.next ?? {})) checkTarget(target, ['questions', i, 'next', answer])
      if (q.defaultNext !== undefined) checkTarget(q.defaultNext, ['questions', i, 'defaultNext'])
    })
    if (identityFirstCategories.includes(flow.category) && flow.questions[0]?.kind !== 'identity') {
      counted(['questions', 0, 'kind'], `the ${flow.category} flow must begin by verifying the caller's identity (a question of kind "identity")`)
    }
    // Loops and reachability only mean something once every link points at a real question.
    if (issues === 0) checkGraph(flow.questions, report)
  })
export type QuestionFlow = z.infer<typeof questionFlowSchema>
export type QuestionFlowInput = z.input<typeof questionFlowSchema>

/** The flows of one pack: keys unique, at most one flow per category (the agent picks a category). */
export const questionFlowsSchema = z.array(questionFlowSchema).superRefine((flows, ctx) => {
  const keys = new Map<string, number>()
  const categories = new Map<string, number>()
  flows.forEach((flow, i) => {
    const sameKey = keys.get(flow.key)
    if (sameKey !== undefined) ctx.addIssue({ code: 'custom', path: [i, 'key'], message: `flow "${flow.key}" appears twice (also flow ${sameKey})` })
    else keys.set(flow.key, i)
    const sameCategory = categories.get(flow.category)
    if (sameCategory !== undefined) {
      ctx.addIssue({ code: 'custom', path: [i, 'category'], message: `category "${flow.category}" already has flow "${flows[sameCategory]!.key}"` })
    } else categories.set(flow.category, i)
  })
})
