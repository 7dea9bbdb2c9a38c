import { describe, expect, it } from 'vitest'
import { bindContract, type IpcMainLike } from '../../../src/main/app/ipc'
import { channelNames } from '../../../src/shared/contract'
import { demoRuntime } from '../support/runtime'

type Listener = Parameters<IpcMainLike['handle']>[1]

function fakeIpc() {
  const handlers = new Map<string, Listener>()
  const ipc: IpcMainLike = { handle: (c, l) => void handlers.set(c, l), removeHandler: (c) => void handlers.delete(c) }
  return { ipc, handlers }
}

const appUrl = 'file:///opt/sdc/out/renderer/index.html'

describe('the Electron binding', () => {
  it('binds every contract channel, and only those', () => {
    const { runtime, dispatch } = demoRuntime()
    const { ipc, handlers } = fakeIpc()
    const unbind = bindContract(ipc, dispatch, runtime.events, () => appUrl, () => [])
    expect([...handlers.keys()].sort()).toEqual([...channelNames].sort())
    unbind()
    expect(handlers.size).toBe(0)
  })

  it('answers the app’s own page and refuses any other frame', async () => {
    const { runtime, dispatch } = demoRuntime()
    const { ipc, handlers } = fakeIpc()
    bindContract(ipc, dispatch, runtime.events, () => appUrl, () => [])
    const list = handlers.get('departments:list')!
    expect(await list({ senderFrame: { url: `${appUrl}#/departments` } }, {})).toMatchObject({ ok: true })
    expect(await list({ senderFrame: { url: 'https://elsewhere.example/' } }, {})).toMatchObject({ ok: false, error: { code: 'unavailable' } })
    expect(await list({ senderFrame: null }, {})).toMatchObject({ ok: false })
  })

  it('sends events to every open window', async () => {
    const { runtime, dispatch } = demoRuntime()
    const { ipc, handlers } = fakeIpc()
    const sent: [string, unknown][] = []
    const window = { send: (c: string, p: unknown) => void sent.push([c, p]), isDestroyed: () => false }
    bindContract(ipc, dispatch, runtime.events, () => appUrl, () => [window])
    await handlers.get('settings:set-language')!({ senderFrame: { url: appUrl } }, { language: 'en' })
    expect(sent).toHaveLength(1)
    expect(sent[0]![0]).toBe('settings:changed')
    expect(sent[0]![1]).toMatchObject({ uiLanguage: 'en' })
  })
})
