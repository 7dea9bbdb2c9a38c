import { channelNames } from '../../shared/contract'
import type { Dispatch } from '../contract/dispatch'
import type { EventBus } from '../contract/event-bus'
import { isAppUrl } from './security/policy'

/** The part of ipcMain this binding uses; structural, so it can be exercised without Electron. */
export interface IpcMainLike {
  handle(channel: string, listener: (event: { senderFrame: { url: string } | null }, input: unknown) => Promise<unknown>): void
  removeHandler(channel: string): void
}

export interface WebContentsLike {
  send(channel: string, payload: unknown): void
  isDestroyed(): boolean
}

/**
 * Binds every contract channel to ipcMain.handle and every event to webContents.send. Generic: no
 * channel-specific code. Requests from any frame other than the app's own page are refused.
 */
export function bindContract(ipc: IpcMainLike, dispatch: Dispatch, events: EventBus, appUrl: () => string, targets: () => WebContentsLike[]): () => void {
  for (const channel of channelNames) {
    ipc.handle(channel, async (event, input) => {
      const frameUrl = event.senderFrame?.url ?? ''
      if (!isAppUrl(frameUrl, appUrl())) {
        return { ok: false, error: { code: 'unavailable', message: 'Requests are only accepted from the console itself.' } }
      }
      return dispatch(channel, input)
    })
  }
  const unsubscribe = events.subscribe((event, payload) => {
    for (const target of targets()) if (!target.isDestroyed()) target.send(event, payload)
  })
  return () => {
    unsubscribe()
    for (const channel of channelNames) ipc.removeHandler(channel)
  }
}
