import { existsSync, mkdirSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { channelNames, type AppStatus } from '../shared/contract'
import type { Language } from '../shared/knowledge/entities'
import type { JargonTerm } from '../shared/language/lexicon'
import { AppError } from '../shared/result'
import { EventBus } from './contract/event-bus'
import type { Handlers } from './contract/handlers-type'
import { MigrationFailedError, NewerDatabaseError, openDatabase, type OpenedDatabase } from './db/open'
import { adapters } from './export/adapters'
import { envCredentialStore, type CredentialStore } from './export/credentials'
import type { Backoff } from './export/outbox'
import { startOutboxWorker, type OutboxWorker } from './export/worker'
import { createHandlers, type HandlerDeps } from './handlers'
import { addMissingDemoFlows } from './services/flows'
import { addMissingDemoScenarios } from './services/onboarding/practice'
import { loadShippedLexicon, needsShippedLexicon, readLexiconFile } from './services/jargon'
import { isEmptyDatabase, loadKnowledgePack, readKnowledgePack } from './services/knowledge-pack'

export interface RuntimeOptions {
  dataDir: string
  /** Folder with the drizzle migrations (src/main/db/migrations in the repo, a resource when packaged). */
  migrationsFolder: string
  /** Folder with the demo knowledge packs, `demo.<language>.json`. */
  packsFolder: string
  /**
   * The IT-jargon lexicon that fills the knowledge base on first start; default: `lexicon/it-jargon.json`
   * beside the packs folder (both under `resources/`).
   */
  lexiconFile?: string
  /** The language to start in on a fresh database (the system's UI language). */
  preferredLanguage: Language
  version: string
  /** Where the screen-pop endpoint listens, for the settings page (set by whoever starts it). */
  phoneStatus?: HandlerDeps['phoneStatus']
  /** Where export targets' secrets are kept; default: environment variables (the browser host). */
  credentials?: CredentialStore
  /**
   * The outbox worker that sends finished calls to the export targets: who it is in leases (the app and
   * the browser host each have their own), and its rhythm. `false` starts none.
   */
  exportWorker?: false | { owner: string; backoff?: Backoff; pollMs?: number }
}

export interface Runtime {
  status: AppStatus
  handlers: Handlers
  events: EventBus
  database: OpenedDatabase | null
  /** Stops at once (an export in flight is tried again after its lease) and closes the database. */
  close(): void
  /** Lets an export in flight finish, then closes the database. */
  stop(): Promise<void>
}

export const DATABASE_FILE = 'servicedesk.sqlite'

/**
 * Everything the Electron app and the browser host share: open and migrate the database, fill a fresh
 * one with the demo organisation, build the handlers. A database that cannot be used still gives a
 * runtime, whose `app:status` says why, so the UI can show a start-up screen instead of crashing.
 */
export function startRuntime(options: RuntimeOptions): Runtime {
  mkdirSync(options.dataDir, { recursive: true })
  const databaseFile = join(options.dataDir, DATABASE_FILE)
  const events = new EventBus()
  const base = { version: options.version, dataDir: options.dataDir }
  // Read before the database is touched: the start that creates the lexicon's table is the only one
  // that fills it, so a broken installation must stop the start before that migration runs.
  let shippedLexicon: JargonTerm[]
  try {
    shippedLexicon = readLexiconFile(options.lexiconFile ?? join(dirname(options.packsFolder), 'lexicon', 'it-jargon.json'))
  } catch (error) {
    return unusable({ ...base, state: 'failed', databaseFile, reason: error instanceof Error ? error.message : String(error), backupFile: null }, events)
  }
  let database: OpenedDatabase
  try {
    database = openDatabase({ file: databaseFile, migrationsFolder: options.migrationsFolder })
  } catch (error) {
    if (error instanceof NewerDatabaseError) {
      return unusable({ ...base, state: 'refused', databaseFile, databaseSchema: error.databaseVersion, appSchema: error.appVersion }, events)
    }
    const reason = error instanceof Error ? error.message : String(error)
    const backupFile = error instanceof MigrationFailedError ? error.backupFile : null
    return unusable({ ...base, state: 'failed', databaseFile, reason, backupFile }, events)
  }

  let lexiconLoaded = false
  try {
    // A pack that fills a fresh database with its own `jargon` section (even an empty one) decides the lexicon.
    let packDecidesLexicon = false
    if (isEmptyDatabase(database.db)) {
      const pack = readKnowledgePack(demoPackFile(options.packsFolder, options.preferredLanguage))
      loadKnowledgePack(database.db, pack, options.preferredLanguage)
      packDecidesLexicon = pack.jargon !== undefined
    } else {
      // A demo database filled before question flows existed gets the demo flows and standard solutions.
      addMissingDemoFlows(database.db, (language) => readKnowledgePack(demoPackFile(options.packsFolder, language)))
      // ... and, filled before practice calls existed, the demo pack's practice scenarios.
      addMissingDemoScenarios(database.db, (language) => readKnowledgePack(demoPackFile(options.packsFolder, language)))
    }
    if (!packDecidesLexicon && needsShippedLexicon(database)) {
      loadShippedLexicon(database.db, shippedLexicon)
      lexiconLoaded = true
    }
  } catch (error) {
    database.close()
    const reason = error instanceof Error ? error.message : String(error)
    return unusable({ ...base, state: 'failed', databaseFile, reason, backupFile: database.backupFile }, events)
  }

  const status: AppStatus = { ...base, state: 'ready' }
  if (lexiconLoaded) events.emit('jargon:changed', {})
  const credentials = options.credentials ?? envCredentialStore()
  const handlers = createHandlers({ database, events, status, credentials, ...(options.phoneStatus ? { phoneStatus: options.phoneStatus } : {}) })
  let worker: OutboxWorker | null = null
  if (options.exportWorker) {
    const { owner, backoff, pollMs } = options.exportWorker
    worker = startOutboxWorker({ db: database.db, adapters, owner, events, credentials, ...(backoff ? { backoff } : {}), ...(pollMs ? { pollMs } : {}) })
  }
  let closed = false
  const closeDatabase = () => {
    if (closed) return
    closed = true
    database.close()
  }
  return {
    status,
    events,
    database,
    handlers,
    close: () => {
      void worker?.stop()
      closeDatabase()
    },
    stop: async () => {
      await worker?.stop()
      closeDatabase()
    },
  }
}

function demoPackFile(folder: string, language: Language): string {
  const preferred = join(folder, `demo.${language}.json`)
  return existsSync(preferred) ? preferred : join(folder, 'demo.nl.json')
}

/** Handlers for a database that cannot be used: status answers, everything else says why not. */
function unusable(status: AppStatus, events: EventBus): Runtime {
  const refuse = async () => {
    throw new AppError('unavailable', 'The database could not be opened; see the start-up screen.')
  }
  const handlers = Object.fromEntries(channelNames.map((c) => [c, refuse])) as unknown as Handlers
  handlers['app:status'] = async () => status
  return { status, events, database: null, handlers, close: () => {}, stop: async () => {} }
}
