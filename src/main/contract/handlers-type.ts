import type { Channel, ChannelOutput, ParsedInput } from '../../shared/contract'

/** Every channel of the contract, implemented as a plain async function. A missing channel is a type error. */
export type Handlers = {
  [C in Channel]: (input: ParsedInput<C>) => Promise<ChannelOutput<C>>
}
