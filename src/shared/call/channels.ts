import { z } from 'zod'
import { byId, deleted, noInput } from '../channel-kit'
import { idSchema } from '../knowledge/entities'
import { promiseListInputSchema, promiseRecordSchema, promiseResolveInputSchema, promiseStatsSchema } from '../promise/promise'
import { flowCategorySchema, questionFlowSchema } from './flow-schema'
import { callDraftSchema, callListInputSchema, callRecordSchema, callSummarySchema } from './record'

/** The contract's channels for calls, promises, question flows and the phone system (joined in src/shared/contract.ts). */
export const callChannels = {
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
  'calls:discard': { input: byId, output: deleted },
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
} as const
