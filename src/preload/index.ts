import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron'
import { channelNames, eventNames, type Bridge } from '../shared/contract'

// Exactly one object reaches the page: a function per contract channel and `on` for contract events.
const api: Record<string, unknown> = {}
for (const channel of channelNames) api[channel] = (input: unknown) => ipcRenderer.invoke(channel, input)
api.on = (event: string, handler: (payload: unknown) => void) => {
  if (!(eventNames as string[]).includes(event)) throw new Error(`Unknown event "${event}"`)
  const listener = (_event: IpcRendererEvent, payload: unknown) => handler(payload)
  ipcRenderer.on(event, listener)
  return () => {
    ipcRenderer.removeListener(event, listener)
  }
}

contextBridge.exposeInMainWorld('api', api as Bridge)
