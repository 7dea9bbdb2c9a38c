import { channels, isChannel } from '../../shared/contract'
import { AppError, type Result } from '../../shared/result'
import { describeIssues, issuesFromZod } from '../../shared/zod-issues'
import type { Handlers } from './handlers-type'

export type Dispatch = (channel: string, input: unknown) => Promise<Result<unknown>>

/**
 * The one generic binding: validates the channel name and its input against the contract, calls the
 * handler and wraps the outcome. Never throws, never returns a stack trace: unexpected failures are
 * logged here and reach the UI as a short 'internal' error.
 */
export function createDispatch(handlers: Handlers, log: (message: string, error: unknown) => void = console.error): Dispatch {
  return async (channel, rawInput) => {
    if (!isChannel(channel)) {
      return { ok: false, error: { code: 'not-found', message: `Unknown request "${channel}"` } }
    }
    const spec = channels[channel]
    const parsed = spec.input.safeParse(rawInput ?? {})
    if (!parsed.success) {
      const issues = issuesFromZod(parsed.error)
      return {
        ok: false,
        error: { code: 'invalid-input', message: `Invalid input for ${channel}: ${describeIssues(issues)}`, issues },
      }
    }
    try {
      const handler = handlers[channel] as (input: unknown) => Promise<unknown>
      const output = await handler(parsed.data)
      const checked = spec.output.safeParse(output)
      if (!checked.success) {
        log(`Output of ${channel} does not match the contract`, checked.error)
        return { ok: false, error: { code: 'internal', message: `The answer to ${channel} was malformed; see the log.` } }
      }
      return { ok: true, value: checked.data }
    } catch (error) {
      if (error instanceof AppError) return { ok: false, error: error.toData() }
      log(`Request ${channel} failed`, error)
      return { ok: false, error: { code: 'internal', message: `Something went wrong while handling ${channel}; see the log.` } }
    }
  }
}
