import { z } from 'zod'
import { callChannels } from './call/channels'
import { byId, deleted, fileInput, noInput, save } from './channel-kit'
import { exportChannels, outboxStatusSchema } from './export/channels'
import { onboardingChannels } from './onboarding/channels'
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
import { jargonTermSchema } from './language/lexicon'
import { refusalListInputSchema, refusalRecordSchema, refusalSaveSchema, refusalSummarySchema } from './refusal/parts'
import type { Result } from './result'
import { settingsFormSchema, settingsSchema } from './settings'

/**
 * The one contract between the UI and the main side. Every request channel (`domain:verb`) is declared
 * here once with its input and output schema, and every event the main side pushes with its payload.
 * Both bindings (Electron IPC and the browser host) loop over these tables; `handlers.ts` must
 * implement every channel. Everything that crosses is JSON-safe: dates travel as ISO strings.
 * The call, export and onboarding channels are declared beside their domain (`call/channels.ts`,
 * `export/channels.ts`, `onboarding/channels.ts`) and joined here.
 */

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
  'jargon:delete': { input: byId, output: deleted },
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
  'knowledge:delete': { input: z.object({ kind: knowledgeKindSchema, id: idSchema }).strict(), output: deleted },
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

  ...callChannels,
  ...exportChannels,
  ...onboardingChannels,
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
    status: outboxStatusSchema,
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
