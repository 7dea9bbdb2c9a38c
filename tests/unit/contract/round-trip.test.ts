import { describe, expect, it } from 'vitest'
import { channelNames, channels, type Channel, type ChannelInput } from '../../../src/shared/contract'
import { demoRuntime } from '../support/runtime'
import { stableId } from '../../../src/main/services/stable-id'

// One real input per channel. Typed over the contract: a new channel does not compile until it has one.
const finance = stableId('zuiderhaven', 'department', 'finance')
const sampleInputs: { [C in Channel]: ChannelInput<C> } = {
  'app:status': {},
  'settings:get': {},
  'settings:set-language': { language: 'en' },
  'departments:list': {},
  'departments:get': { id: finance },
}

describe('every handler output', () => {
  it.each(channelNames)('%s survives JSON and still matches its schema', async (channel) => {
    const { runtime } = demoRuntime()
    const handler = runtime.handlers[channel] as (input: unknown) => Promise<unknown>
    const output = await handler(channels[channel].input.parse(sampleInputs[channel]))
    const travelled: unknown = JSON.parse(JSON.stringify(output))
    expect(travelled).toEqual(output)
    expect(channels[channel].output.safeParse(travelled).success).toBe(true)
  })
})
