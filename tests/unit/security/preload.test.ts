import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { runInNewContext } from 'node:vm'
import { describe, expect, it } from 'vitest'
import { channelNames, eventNames } from '../../../src/shared/contract'
import { root } from '../support/paths'

// Loads the *built* preload (npm test builds before the unit tests) in a sandbox whose `require`
// knows only a fake `electron`, as Electron's sandboxed preload would.
function loadPreload() {
  const file = join(root, 'out/preload/index.cjs')
  if (!existsSync(file)) throw new Error('out/preload/index.cjs is missing: run `npm run build` first')
  const exposed: Record<string, unknown> = {}
  const invoked: [string, unknown][] = []
  const listeners = new Map<string, Set<(...args: unknown[]) => void>>()
  const electron = {
    contextBridge: { exposeInMainWorld: (key: string, value: unknown) => (exposed[key] = value) },
    ipcRenderer: {
      invoke: async (channel: string, input: unknown) => {
        invoked.push([channel, input])
        return { ok: true, value: null }
      },
      on: (event: string, listener: (...args: unknown[]) => void) => listeners.set(event, (listeners.get(event) ?? new Set()).add(listener)),
      removeListener: (event: string, listener: (...args: unknown[]) => void) => listeners.get(event)?.delete(listener),
    },
  }
  const required: string[] = []
  const module = { exports: {} }
  runInNewContext(readFileSync(file, 'utf8'), {
    module,
    exports: module.exports,
    require: (name: string) => {
      required.push(name)
      if (name === 'electron') return electron
      throw new Error(`The sandboxed preload may only require electron, not "${name}"`)
    },
  })
  return { exposed, invoked, listeners, required }
}

describe('the built preload', () => {
  it('exposes exactly one object, window.api, with exactly the contract keys', () => {
    const { exposed, required } = loadPreload()
    expect(Object.keys(exposed)).toEqual(['api'])
    const api = exposed.api as Record<string, unknown>
    expect(Object.keys(api).sort()).toEqual([...channelNames, 'on'].sort())
    expect(required).toEqual(['electron'])
  })

  it('sends each request on its own channel', async () => {
    const { exposed, invoked } = loadPreload()
    const api = exposed.api as Record<string, (input: unknown) => Promise<unknown>>
    await api['departments:list']!({})
    expect(invoked).toEqual([['departments:list', {}]])
  })

  it('subscribes to contract events only, and unsubscribes', () => {
    const { exposed, listeners } = loadPreload()
    const on = (exposed.api as { on: (e: string, h: (p: unknown) => void) => () => void }).on
    const seen: unknown[] = []
    const off = on(eventNames[0]!, (p) => seen.push(p))
    for (const l of listeners.get(eventNames[0]!)!) l({ sender: null }, { hello: 1 })
    expect(seen).toEqual([{ hello: 1 }])
    off()
    expect(listeners.get(eventNames[0]!)!.size).toBe(0)
    expect(() => on('shell:exec', () => {})).toThrow(/Unknown event/)
  })
})
