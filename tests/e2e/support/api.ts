import type { Channel, ChannelInput, ChannelOutput } from '../../../src/shared/contract'
import type { Result } from '../../../src/shared/result'
import type { LaunchedApp } from './app'

/** A request on the console's contract, as another client would send it: set-up that is not under test. */
export async function api<C extends Channel>(app: LaunchedApp, channel: C, input: ChannelInput<C>): Promise<ChannelOutput<C>> {
  let result: Result<ChannelOutput<C>>
  if (app.host) {
    const response = await fetch(`${app.host.url}/api/${channel}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${app.host.token}` },
      body: JSON.stringify(input),
    })
    result = (await response.json()) as Result<ChannelOutput<C>>
  } else {
    result = (await app.page.evaluate(
      ([c, i]) => (window as unknown as { api: Record<string, (input: unknown) => Promise<unknown>> }).api[c]!(i),
      [channel, input] as const,
    )) as Result<ChannelOutput<C>>
  }
  if (!result.ok) throw new Error(`${channel}: ${result.error.message}`)
  return result.value
}
