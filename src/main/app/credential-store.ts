import { randomUUID } from 'node:crypto'
import { closeSync, fsyncSync, openSync, readFileSync, renameSync, rmSync, writeSync } from 'node:fs'
import { AppError } from '../../shared/result'
import { ExportError } from '../export/adapter'
import type { CredentialStore } from '../export/credentials'

/**
 * The part of Electron's `safeStorage` this store uses, so it can be tested without Electron (and handed
 * Electron's own object in the app: `createSafeStorageCredentialStore({ safeStorage, ... })`).
 */
export interface SafeStorageLike {
  isEncryptionAvailable(): boolean
  encryptString(plainText: string): Buffer
  decryptString(encrypted: Buffer): string
  /** Linux only: which keyring safeStorage uses; 'basic_text' is a fixed key in the program, no protection. */
  getSelectedStorageBackend?(): string
}

export interface SafeStorageCredentialOptions {
  safeStorage: SafeStorageLike
  /** `<userData>/export-credentials.json` */
  file: string
  platform: NodeJS.Platform
  /** Problems reading the file (never with a secret in them); default: console.error. */
  onProblem?: (message: string) => void
}

export const CREDENTIALS_FILE = 'export-credentials.json'

/**
 * One stored secret: `safeStorage` is safeStorage's ciphertext; `plain` is the secret's own bytes, used only
 * when safeStorage cannot encrypt at all (the administrator was asked before; see `mode`). Both base64.
 */
interface Stored {
  encoding: 'safeStorage' | 'plain'
  value: string
}

interface FileShape {
  version: 1
  secrets: Record<string, Stored>
}

/** Backends with which safeStorage on Linux only obscures: the key is in the program, not in a keyring. */
const plainTextBackends = new Set(['basic_text', 'unknown'])

/**
 * Secrets of export targets, kept with Electron's safeStorage in `<userData>/export-credentials.json`,
 * keyed by target id — never in the database. The file is replaced whole (written next to it, then
 * renamed), readable by this user only (0600). `mode` is 'plain-text' when safeStorage can only offer its
 * fallback (Linux without a keyring: backend 'basic_text'/'unknown', or no encryption at all); the store
 * still stores then, because the services layer asks the administrator first.
 *
 * A file that is there but cannot be read (another owner, a folder in its place, a disk error) does not stop
 * the console: the store starts without those secrets and says why. Asking for a secret then fails with the
 * file's problem (so the targets that need one fail with that reason, not with "no secret stored"), and so does
 * storing one, because writing the file would throw away the secrets it could not read. Each later request
 * reads the file again, so once the administrator has fixed it, the secrets are there without a restart.
 */
export function createSafeStorageCredentialStore(options: SafeStorageCredentialOptions): CredentialStore {
  const { safeStorage, file, platform } = options
  const onProblem = options.onProblem ?? ((message: string) => console.error(`Export credentials: ${message}`))
  const available = safeStorage.isEncryptionAvailable()
  const backend = platform === 'linux' ? (safeStorage.getSelectedStorageBackend?.() ?? 'unknown') : null
  const mode = available && !(backend !== null && plainTextBackends.has(backend)) ? 'encrypted' : 'plain-text'
  let secrets = new Map<string, Stored>()
  /** Why the file cannot be read, while it cannot. */
  let problem: string | null = null
  const read = () => {
    const result = load(file, onProblem)
    if (result instanceof Map) [secrets, problem] = [result, null]
    else problem = result.problem
  }
  read()
  if (problem) onProblem(`${problem} The export targets that need a secret fail until it can be read.`)
  /** The secrets, read again when the file could not be read before; null while it still cannot. */
  const readable = (): Map<string, Stored> | null => {
    if (problem) read()
    return problem ? null : secrets
  }
  const unreadable = new Set<string>()

  function save(): void {
    const shape: FileShape = { version: 1, secrets: Object.fromEntries(secrets) }
    const temp = `${file}.${randomUUID()}.tmp`
    try {
      const fd = openSync(temp, 'wx', 0o600)
      try {
        writeSync(fd, `${JSON.stringify(shape, null, 2)}\n`)
        fsyncSync(fd)
      } finally {
        closeSync(fd)
      }
      renameSync(temp, file)
    } catch (error) {
      rmSync(temp, { force: true })
      throw new AppError('unavailable', `The secret could not be saved in ${file}: ${(error as Error).message}`)
    }
  }

  return {
    mode,
    get(target) {
      const stored = readable()?.get(target.id)
      if (problem) throw new ExportError('misconfigured', `The secret of the target "${target.name}" cannot be read: ${problem}`)
      if (!stored) return null
      try {
        const bytes = Buffer.from(stored.value, 'base64')
        return stored.encoding === 'plain' ? bytes.toString('utf8') : safeStorage.decryptString(bytes)
      } catch {
        // Another user's keyring, or a keyring that was reset: the administrator has to enter it again.
        if (!unreadable.has(target.id)) {
          unreadable.add(target.id)
          onProblem(`the secret of target "${target.name}" cannot be decrypted with this keyring; enter it again in the settings.`)
        }
        return null
      }
    },
    set(target, secret) {
      if (!readable()) {
        const message = `${problem} Fix that first: writing the file now would lose the other secrets in it.`
        throw new AppError('unavailable', `The secret cannot be changed. ${message}`, [{ field: 'secret', message: `cannot be changed. ${message}` }])
      }
      if (secret === null) {
        if (!secrets.delete(target.id)) return
      } else {
        if (secret.trim() === '') throw new AppError('invalid-input', 'The secret is empty.', [{ field: 'secret', message: 'enter the secret, or remove it' }])
        secrets.set(target.id, available ? { encoding: 'safeStorage', value: safeStorage.encryptString(secret).toString('base64') } : plainEntry(secret))
      }
      unreadable.delete(target.id)
      save()
    },
  }
}

function plainEntry(secret: string): Stored {
  return { encoding: 'plain', value: Buffer.from(secret, 'utf8').toString('base64') }
}

/** The stored secrets, or why the file cannot be read (never with its content: it holds the secrets). */
function load(file: string, onProblem: (message: string) => void): Map<string, Stored> | { problem: string } {
  let text: string
  try {
    text = readFileSync(file, 'utf8')
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return new Map()
    return { problem: `The secrets file ${file} cannot be read (${(error as Error).message}).` }
  }
  try {
    let shape: Partial<FileShape>
    try {
      shape = JSON.parse(text) as Partial<FileShape>
    } catch {
      // Not the parser's own message: it quotes the file, and the file holds the secrets.
      throw new Error('not valid JSON')
    }
    if (shape.version !== 1 || typeof shape.secrets !== 'object' || shape.secrets === null) throw new Error('not a version 1 secrets file')
    const entries = Object.entries(shape.secrets).filter(
      (entry): entry is [string, Stored] =>
        (entry[1]?.encoding === 'safeStorage' || entry[1]?.encoding === 'plain') && typeof entry[1]?.value === 'string',
    )
    return new Map(entries)
  } catch (error) {
    // Kept aside rather than overwritten: the administrator can still look at it; the targets need their secrets again.
    const damage = (error as Error).message
    const aside = `${file}.unreadable-${Date.now()}`
    try {
      renameSync(file, aside)
    } catch (moving) {
      return { problem: `The secrets file ${file} is damaged (${damage}) and cannot be moved aside (${(moving as Error).message}).` }
    }
    onProblem(`${file} is damaged (${damage}); moved it to ${aside}. Enter the secrets of the export targets again.`)
    return new Map()
  }
}
