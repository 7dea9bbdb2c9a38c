import { z } from 'zod'
import {
  applicationDetailSchema,
  articleDetailSchema,
  dependentSchema,
  glossaryDetailSchema,
  knowledgeItemSchema,
  personDetailSchema,
  ruleDetailSchema,
  searchHitSchema,
} from './knowledge/details'
import { departmentDetailSchema, departmentSummarySchema, idSchema, languageSchema } from './knowledge/entities'
import {
  applicationFormSchema,
  articleFormSchema,
  departmentFormSchema,
  glossaryFormSchema,
  knowledgeKindSchema,
  personFormSchema,
  ruleFormSchema,
} from './knowledge/forms'
import { packApplyResultSchema, packPreviewSchema, transferKindSchema, importResultSchema, transferProgressSchema } from './knowledge/transfer'
import { callDraftSchema, callListInputSchema, callRecordSchema, callSummarySchema } from './call/record'
import { flowCategorySchema, questionFlowSchema } from './call/flow-schema'
import { jargonTermSchema } from './language/lexicon'
import {
  exportBatchInputSchema,
  exportBatchResultSchema,
  exportTargetSaveSchema,
  exportTargetSchema,
  exportTargetsSchema,
  exportTargetTestSchema,
  exportTestResultSchema,
  outboxCountsSchema,
  outboxEntrySchema,
  outboxListInputSchema,
} from './export/outbox'
import { fileFormats } from './export/targets'
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
} from './onboarding/records'
import {
  practiceRefusalInputSchema,
  practiceResultSchema,
  practiceRunSchema,
  practiceSaveSchema,
  practiceScenarioSummarySchema,
  practiceStartSchema,
} from './onboarding/practice-records'
import { promiseListInputSchema, promiseRecordSchema, promiseResolveInputSchema, promiseStatsSchema } from './promise/promise'
import { refusalListInputSchema, refusalRecordSchema, refusalSaveSchema, refusalSummarySchema } from './refusal/parts'
import type { Result } from './result'
import { settingsFormSchema, settingsSchema } from './settings'

/**
 * The one contract between the UI and the main side. Every request channel (`domain:verb`) is declared
 * here once with its input and output schema, and every event the main side pushes with its payload.
 * Both bindings (Electron IPC and the browser host) loop over these tables; `handlers.ts` must
 * implement every channel. Everything that crosses is JSON-safe: dates travel as ISO strings.
 */

const noInput = z.object({}).strict()
const byId = z.object({ id: idSchema }).strict()
/** Save = create (no id) or update (id): one form, one channel. */
const save = <T extends z.ZodObject>(form: T) => z.object({ id: idSchema.optional(), values: form }).strict()
const fileInput = z.object({ fileName: z.string().min(1), content: z.string() })
/** A term of the IT-jargon lexicon as the knowledge base keeps it. */
export const jargonEntrySchema = jargonTermSchema.extend({ id: idSchema, updatedAt: z.string() })

export const appStatusSchema = z.discriminatedUnion('state', [
  z.object({ state: z.literal('ready'), version: z.string(), dataDir: z.string() }),
  /** The database was written by a newer version of the app; it was left untouched. */
  z.object({
    state: z.literal('refused'),
    version: z.string(),
    dataDir: z.string(),
    databaseFile: z.string(),
    databaseSchema: z.number().int(),
    appSchema: z.number().int(),
  }),
  /** Start-up failed (a migration, say). The migration was rolled back; the backup taken before it is named. */
  z.object({
    state: z.literal('failed'),
    version: z.string(),
    dataDir: z.string(),
    databaseFile: z.string(),
    reason: z.string(),
    backupFile: z.string().nullable(),
  }),
])
export type AppStatus = z.infer<typeof appStatusSchema>

export const channels = {
  'app:status': { input: noInput, output: appStatusSchema },

  'settings:get': { input: noInput, output: settingsSchema },
  'settings:set-language': { input: z.object({ language: languageSchema }).strict(), output: settingsSchema },
  'settings:set-screen-sharing': { input: z.object({ on: z.boolean() }).strict(), output: settingsSchema },
  'settings:save': { input: z.object({ values: settingsFormSchema }).strict(), output: settingsSchema },

  'departments:list': { input: noInput, output: z.array(departmentSummarySchema) },
  'departments:get': { input: byId, output: departmentDetailSchema },
  'departments:save': { input: save(departmentFormSchema), output: departmentDetailSchema },
  'people:list': { input: noInput, output: z.array(knowledgeItemSchema) },
  'people:get': { input: byId, output: personDetailSchema },
  'people:save': { input: save(personFormSchema), output: personDetailSchema },
  'applications:list': { input: noInput, output: z.array(knowledgeItemSchema) },
  'applications:get': { input: byId, output: applicationDetailSchema },
  'applications:save': { input: save(applicationFormSchema), output: applicationDetailSchema },
  'rules:list': { input: noInput, output: z.array(knowledgeItemSchema) },
  'rules:get': { input: byId, output: ruleDetailSchema },
  'rules:save': { input: save(ruleFormSchema), output: ruleDetailSchema },
  'articles:list': { input: noInput, output: z.array(knowledgeItemSchema) },
  'articles:get': { input: byId, output: articleDetailSchema },
  'articles:save': { input: save(articleFormSchema), output: articleDetailSchema },
  'glossary:list': { input: noInput, output: z.array(knowledgeItemSchema) },
  'glossary:get': { input: byId, output: glossaryDetailSchema },
  'glossary:save': { input: save(glossaryFormSchema), output: glossaryDetailSchema },
  /** The IT-jargon lexicon of the plain-language checker, by term; a term or alias may belong to one term only. */
  'jargon:list': { input: noInput, output: z.array(jargonEntrySchema) },
  'jargon:save': { input: save(jargonTermSchema), output: jargonEntrySchema },
  'jargon:delete': { input: byId, output: z.object({ deleted: z.literal(true) }) },
  /**
   * What the plain-language checker needs besides the lexicon: the glossary (its abbreviations are jargon
   * toward a caller) and the application and department names (an abbreviation inside one is a name).
   * Reload on `knowledge:changed` for glossary, application or department.
   */
  'language:context': {
    input: noInput,
    output: z.object({
      glossary: z.array(z.object({ term: z.string(), aliases: z.array(z.string()), meaning: z.string() })),
      names: z.array(z.string()),
    }),
  },
  /** A refusal from the builder: both versions composed on the main side; a final one passes every check and stays as it is. */
  'refusals:save': { input: refusalSaveSchema, output: refusalRecordSchema },
  /** Refusals of a rule (its library) or of a call, newest first, with a short preview. */
  'refusals:list': { input: refusalListInputSchema, output: z.array(refusalSummarySchema) },
  'refusals:get': { input: byId, output: refusalRecordSchema },

  /** What else points at an item, so deleting it can ask first. */
  'knowledge:dependents': { input: z.object({ kind: knowledgeKindSchema, id: idSchema }).strict(), output: z.array(dependentSchema) },
  'knowledge:delete': { input: z.object({ kind: knowledgeKindSchema, id: idSchema }).strict(), output: z.object({ deleted: z.literal(true) }) },
  'knowledge:search': {
    input: z.object({ query: z.string().max(200), kinds: z.array(knowledgeKindSchema).optional(), limit: z.number().int().min(1).max(100).default(20) }).strict(),
    output: z.array(searchHitSchema),
  },
  /** The agent's own note on an item; never part of a team pack. */
  'notes:get': { input: z.object({ kind: knowledgeKindSchema, id: idSchema }).strict(), output: z.object({ body: z.string() }) },
  'notes:save': { input: z.object({ kind: knowledgeKindSchema, id: idSchema, body: z.string() }).strict(), output: z.object({ body: z.string() }) },

  'transfer:import-csv': { input: fileInput.extend({ kind: transferKindSchema, jobId: idSchema }).strict(), output: importResultSchema },
  'transfer:cancel': { input: z.object({ jobId: idSchema }).strict(), output: z.object({ cancelled: z.boolean() }) },
  'transfer:export-csv': { input: z.object({ kind: transferKindSchema }).strict(), output: fileInput },
  'packs:export': { input: noInput, output: fileInput },
  'packs:preview': { input: fileInput.strict(), output: packPreviewSchema },
  'packs:apply': { input: fileInput.extend({ force: z.boolean().default(false) }).strict(), output: packApplyResultSchema },

  /** A new call (Ctrl+N): other open calls go on hold. A number is looked up like a screen pop. */
  'calls:start': { input: z.object({ number: z.string().max(64).optional() }).strict(), output: callRecordSchema },
  'calls:get': { input: byId, output: callRecordSchema },
  /** Autosave: the draft as typed, never refused for being incomplete. */
  'calls:save-draft': { input: z.object({ id: idSchema, draft: callDraftSchema }).strict(), output: z.object({ id: idSchema, updatedAt: z.string() }) },
  /** Checks what the outcome needs (issues name the draft field), then records the call as finished. */
  'calls:finish': { input: z.object({ id: idSchema, draft: callDraftSchema }).strict(), output: callRecordSchema },
  /** Put a call on hold (others stay as they are) or take it back (the others go on hold). */
  'calls:hold': { input: z.object({ id: idSchema, on: z.boolean() }).strict(), output: callRecordSchema },
  /** The conversation ended (the caller hung up): the timer stops; the call stays open to finish. */
  'calls:hang-up': { input: byId, output: callRecordSchema },
  /** Throws away a draft (a call started by mistake); a finished call cannot be discarded. */
  'calls:discard': { input: byId, output: z.object({ deleted: z.literal(true) }) },
  'calls:list': { input: callListInputSchema, output: z.array(callSummarySchema) },
  /** Promises made to callers; open ones soonest due first. */
  'promises:list': { input: promiseListInputSchema, output: z.array(promiseRecordSchema) },
  /** Mark a promise kept or broken (broken needs what happened), in one action. */
  'promises:resolve': { input: promiseResolveInputSchema, output: promiseRecordSchema },
  /** Counts for the header and a team lead: open, due soon, overdue, kept, broken, kept rate. */
  'promises:stats': { input: noInput, output: promiseStatsSchema },
  /** The question flows and standard solutions of the knowledge base. */
  'flows:list': {
    input: noInput,
    output: z.object({
      flows: z.array(questionFlowSchema),
      solutions: z.array(z.object({ key: z.string(), category: flowCategorySchema, title: z.string(), notes: z.string() })),
    }),
  },
  /** Where the phone system can announce calls, for the settings page. */
  'phone:status': {
    input: noInput,
    output: z.object({
      /** Listening on 127.0.0.1:port; false with the reason when the port could not be opened. */
      listening: z.boolean(),
      port: z.number().int(),
      /** The endpoint URL a softphone calls, without the token. */
      url: z.string(),
      /** The shared secret the phone system must send. */
      token: z.string(),
      error: z.string().nullable(),
    }),
  },

  /** Export targets for settings, with how secrets are kept here. */
  'export:targets': { input: noInput, output: exportTargetsSchema },
  /** Create or update a target; its config is checked by its kind's adapter (issues name the field). */
  'export:targets:save': { input: exportTargetSaveSchema, output: exportTargetSchema },
  /** Removes a target, its secret and its outbox entries. */
  'export:targets:delete': { input: byId, output: z.object({ deleted: z.literal(true) }) },
  /** "Test connection": reaches the target with its credentials without creating a ticket. */
  'export:targets:test': { input: exportTargetTestSchema, output: exportTestResultSchema },
  /** A call's export state per target. */
  'export:call': { input: z.object({ callId: idSchema }).strict(), output: z.array(outboxEntrySchema) },
  /** Try a failed or waiting entry now. */
  'export:retry': { input: byId, output: outboxEntrySchema },
  /** The outbox for the team lead: entries (failed first, then the newest) and counts per status. */
  'export:outbox': { input: outboxListInputSchema, output: z.object({ entries: z.array(outboxEntrySchema), counts: outboxCountsSchema }) },
  /** Batch export: finished calls to one target through the outbox. */
  'export:batch': { input: exportBatchInputSchema, output: exportBatchResultSchema },
  /** A batch's progress: how many of its entries are sent, failed or still on their way. */
  'export:batch-progress': { input: z.object({ batchId: idSchema }).strict(), output: outboxCountsSchema.extend({ total: z.number().int() }) },
  /** Learner profiles: the agent's own, and more on a shared training machine. */
  'learners:list': { input: noInput, output: z.array(learnerSchema) },
  'learners:save': { input: learnerSaveSchema, output: learnerSchema },
  /** Removes a profile with its progress, answers and practice calls. */
  'learners:delete': { input: byId, output: z.object({ deleted: z.literal(true) }) },
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
  'learning:item-delete': { input: byId, output: z.object({ deleted: z.literal(true) }) },
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
  /** One finished call's note in a format, for the clipboard or a file the agent saves. */
  'export:render': {
    input: z.object({ callId: idSchema, format: z.enum(fileFormats) }).strict(),
    output: fileInput,
  },
  /** Practice calls (onboarding): scenarios from the pack, a run kept apart from the real calls, and its score. */
  'practice:scenarios': { input: noInput, output: z.array(practiceScenarioSummarySchema) },
  'practice:start': { input: practiceStartSchema, output: practiceRunSchema },
  'practice:get': { input: byId, output: practiceRunSchema },
  'practice:save': { input: practiceSaveSchema, output: z.object({ id: idSchema, savedAt: z.string() }) },
  'practice:refusal': { input: practiceRefusalInputSchema, output: practiceRunSchema },
  'practice:finish': { input: practiceSaveSchema, output: practiceResultSchema },
} as const

export const events = {
  /** Settings changed (by this window, another window or another client of the browser host). */
  'settings:changed': settingsSchema,
  /** The knowledge base changed (an edit, an import, a pack): lists and pages reload. */
  'knowledge:changed': z.object({ kinds: z.array(knowledgeKindSchema) }),
  /** Progress of a long import, by the job id the UI chose. */
  'transfer:progress': transferProgressSchema,
  /** Calls were started, saved, held, ended or finished: the open-calls bar and history reload. */
  'calls:changed': z.object({ ids: z.array(idSchema) }),
  /** The phone system announced a call (or the protocol URL was opened): the UI shows it. */
  'phone:screen-pop': z.object({ callId: idSchema, number: z.string(), personId: idSchema.nullable() }),
  /** The IT-jargon lexicon changed (an edit, a pack, the first start): lists and checkers reload. */
  'jargon:changed': z.object({}),
  /** A promise was made (a call finished) or marked kept or broken: lists and the header count reload. */
  'promises:changed': z.object({}),
  /** A finished call's export to one target changed state (queued, sending, sent, failed). */
  'export:changed': z.object({
    callId: idSchema,
    targetId: idSchema,
    status: z.enum(['queued', 'sending', 'sent', 'failed']),
    remoteId: z.string().optional(),
    error: z.string().optional(),
  }),
} as const

export type Channel = keyof typeof channels
export type EventName = keyof typeof events
export type ChannelInput<C extends Channel> = z.input<(typeof channels)[C]['input']>
export type ParsedInput<C extends Channel> = z.output<(typeof channels)[C]['input']>
export type ChannelOutput<C extends Channel> = z.output<(typeof channels)[C]['output']>
export type EventPayload<E extends EventName> = z.output<(typeof events)[E]>

export const channelNames = Object.keys(channels) as Channel[]
export const eventNames = Object.keys(events) as EventName[]

export function isChannel(name: string): name is Channel {
  return Object.hasOwn(channels, name)
}

/**
 * The bridge the preload exposes to the page as its global `api`: one function per request channel, by contract key,
 * plus `on(event, handler)` that returns an unsubscribe function. The browser transport has the same shape.
 */
export type Bridge = {
  [C in Channel]: (input: ChannelInput<C>) => Promise<Result<ChannelOutput<C>>>
} & {
  on<E extends EventName>(event: E, handler: (payload: EventPayload<E>) => void): () => void
}
