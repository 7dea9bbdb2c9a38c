import type { CtiEvent } from '../../shared/call/screen-pop'
import type { ChannelOutput } from '../../shared/contract'
import { AppError } from '../../shared/result'
import type { EventBus } from '../contract/event-bus'
import type { OpenedDatabase } from '../db/open'
import { handleCtiEvent, type CtiResult } from './events'
import { getSettings } from '../services/settings'
import { deliverCtiEvent, type CtiDelivery, type ScreenPop } from './deliver'
import { startPhoneEndpoint, type PhoneEndpoint } from './server'
import { phoneToken } from './token'

export type PhoneStatus = ChannelOutput<'phone:status'>

/** The port a fresh database starts with (the settings' default). */
export const DEFAULT_CTI_PORT = 7318

export interface PhoneServiceOptions {
  dataDir: string
  env?: NodeJS.ProcessEnv
  /** After a newCall: the Electron app brings its window forward. */
  onPop?: (pop: ScreenPop) => void
  log?: (message: string, error?: unknown) => void
}

export interface PhoneService {
  /** For RuntimeOptions.phoneStatus: reads the current state, so it can be handed over before start. */
  status(): PhoneStatus
  /** Opens the endpoint on the configured port and follows port changes in the settings. */
  start(runtime: { database: OpenedDatabase | null; events: EventBus }): Promise<PhoneStatus>
  /** A telephony event from elsewhere (the protocol URL), handled exactly like one from the endpoint. */
  deliver(event: CtiEvent): CtiResult
  /** Resolves when a port change has been applied. */
  idle(): Promise<void>
  close(): Promise<void>
}

/** SDC_CTI_PORT when set (0 picks a free port), else null: the settings decide. Throws on a bad value. */
export function portFromEnv(env: NodeJS.ProcessEnv): number | null {
  const raw = env.SDC_CTI_PORT?.trim()
  if (!raw) return null
  const port = Number(raw)
  if (!/^\d+$/.test(raw) || port > 65535) throw new Error(`SDC_CTI_PORT must be a port number from 0 to 65535 (0 picks a free one), not "${raw}".`)
  return port
}

function settingsPort(database: OpenedDatabase | null): number {
  try {
    return database ? getSettings(database.db).ctiPort : DEFAULT_CTI_PORT
  } catch {
    return DEFAULT_CTI_PORT
  }
}

/**
 * The screen-pop endpoint's lifetime: the token, the port (SDC_CTI_PORT, else the settings' ctiPort,
 * rebound when the settings change), and a status the settings page shows. A port that cannot be
 * opened never stops the console: the status says why.
 */
export function createPhoneService(options: PhoneServiceOptions): PhoneService {
  const env = options.env ?? process.env
  const log = options.log ?? ((message: string, error?: unknown) => console.error(message, error ?? ''))
  let token = ''
  let port = 0
  let endpoint: PhoneEndpoint | null = null
  let error: string | null = 'not started'
  let delivery: CtiDelivery | null = null
  let queue: Promise<void> = Promise.resolve()
  let unsubscribe = () => {}
  let envPort: number | null = null

  const status = (): PhoneStatus =>
    endpoint
      ? { listening: true, port: endpoint.address.port, url: endpoint.url, token, error: null }
      : { listening: false, port, url: '', token, error }

  async function bind(next: number): Promise<void> {
    if (endpoint) await endpoint.close()
    endpoint = null
    port = next
    if (!delivery) return
    try {
      endpoint = await startPhoneEndpoint({ ...delivery, port: next, token, log })
      error = null
    } catch (failure) {
      const code = (failure as NodeJS.ErrnoException).code
      const remedy = envPort === null ? 'choose another screen-pop port in the settings' : 'set SDC_CTI_PORT to another port (0 picks a free one)'
      error =
        code === 'EADDRINUSE'
          ? `Port ${next} is in use by another program; ${remedy}.`
          : code === 'EACCES'
            ? `Port ${next} may not be opened by this user; ${remedy}.`
            : `The screen-pop endpoint could not start on port ${next}: ${failure instanceof Error ? failure.message : String(failure)}`
      log(error)
    }
  }

  const rebind = (next: number) => {
    queue = queue.then(() => bind(next))
    return queue
  }

  return {
    status,
    async start({ database, events }) {
      const db = database?.db
      const handle = (event: CtiEvent): CtiResult => {
        if (!db) throw new AppError('unavailable', 'The console cannot use its database; the console shows why.')
        return handleCtiEvent(db, event)
      }
      // Set first: the protocol URL needs no token or port, so it works even when the endpoint cannot start.
      delivery = { handle, events, ...(options.onPop ? { onPop: options.onPop } : {}) }
      try {
        token = phoneToken(options.dataDir, env).token
        envPort = portFromEnv(env)
      } catch (failure) {
        error = failure instanceof Error ? failure.message : String(failure)
        log(error)
        return status()
      }
      const configured = envPort ?? settingsPort(database)
      if (envPort === null) {
        unsubscribe = events.subscribe((event, payload) => {
          const next = event === 'settings:changed' ? (payload as { ctiPort?: unknown }).ctiPort : undefined
          // Saving the settings again also retries a port that was in use.
          if (typeof next === 'number' && (next !== port || !endpoint)) void rebind(next)
        })
      }
      await rebind(configured)
      return status()
    },
    deliver(event) {
      if (!delivery) throw new AppError('unavailable', 'The screen-pop handling has not started yet.')
      return deliverCtiEvent(delivery, event)
    },
    idle: () => queue,
    async close() {
      unsubscribe()
      delivery = null
      await queue
      if (endpoint) await endpoint.close()
      endpoint = null
      error = 'stopped'
    },
  }
}
