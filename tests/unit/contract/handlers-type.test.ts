import { describe, expect, it } from 'vitest'
import type { Handlers } from '../../../src/main/contract/handlers-type'
import { channelNames } from '../../../src/shared/contract'
import { demoRuntime } from '../support/runtime'

describe('the handler table', () => {
  it('implements every channel of the contract', () => {
    const { runtime } = demoRuntime()
    expect(Object.keys(runtime.handlers).sort()).toEqual([...channelNames].sort())
  })

  it('is a type error when a channel is missing (checked by npm run typecheck)', () => {
    const { runtime } = demoRuntime()
    const { 'departments:get': _removed, ...incomplete } = runtime.handlers
    // @ts-expect-error — a table without departments:get is not a Handlers; if this line compiles, the guard is gone.
    const handlers: Handlers = incomplete
    expect(Object.keys(handlers)).not.toContain('departments:get')
  })
})
