import { z } from 'zod'
import { departmentDetailSchema, departmentSummarySchema, idSchema, languageSchema } from './knowledge/entities'
import type { Result } from './result'
import { settingsSchema } from './settings'

/**
 * The one contract between the UI and the main side. Every request channel (`domain:verb`) is declared
 * here once with its input and output schema, and every event the main side pushes with its payload.
 * Both bindings (Electron IPC and the browser host) loop over these tables; `handlers.ts` must
 * implement every channel. Everything that crosses is JSON-safe: dates travel as ISO strings.
 */

const noInput = z.object({}).strict()

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
  'departments:list': { input: noInput, output: z.array(departmentSummarySchema) },
  'departments:get': { input: z.object({ id: idSchema }).strict(), output: departmentDetailSchema },
} as const

export const events = {
  /** Settings changed (by this window, another window or another client of the browser host). */
  'settings:changed': settingsSchema,
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
export function isEventName(name: string): name is EventName {
  return Object.hasOwn(events, name)
}

/**
 * The bridge the preload exposes as `window.api`: one function per request channel, by contract key,
 * plus `on(event, handler)` that returns an unsubscribe function. The browser transport has the same shape.
 */
export type Bridge = {
  [C in Channel]: (input: ChannelInput<C>) => Promise<Result<ChannelOutput<C>>>
} & {
  on<E extends EventName>(event: E, handler: (payload: EventPayload<E>) => void): () => void
}
