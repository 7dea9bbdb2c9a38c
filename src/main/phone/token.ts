import { randomBytes } from 'node:crypto'
import { chmodSync, readFileSync, statSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'

/** The file in the data folder that keeps the screen-pop token between starts. */
export const PHONE_TOKEN_FILE = 'phone-token'
/** Shorter secrets are guessable by anything else running on the machine. */
export const MIN_PHONE_TOKEN_LENGTH = 16

export interface PhoneToken {
  token: string
  /** Where it came from, for the log and the settings page. */
  source: 'SDC_CTI_TOKEN' | string
}

/**
 * The shared secret the phone system sends: SDC_CTI_TOKEN when set, else the `phone-token` file in the
 * data folder, created on first start with 32 random bytes (base64url) and readable by the agent only.
 * The token stays the same across starts, so a softphone is configured once. Throws with a message a
 * person can act on when the token cannot be used.
 */
export function phoneToken(dataDir: string, env: NodeJS.ProcessEnv = process.env): PhoneToken {
  const fromEnv = env.SDC_CTI_TOKEN?.trim()
  if (fromEnv) {
    if (fromEnv.length < MIN_PHONE_TOKEN_LENGTH) throw new Error(`SDC_CTI_TOKEN is shorter than ${MIN_PHONE_TOKEN_LENGTH} characters; use a long random secret.`)
    return { token: fromEnv, source: 'SDC_CTI_TOKEN' }
  }
  const file = join(dataDir, PHONE_TOKEN_FILE)
  const existing = readIfPresent(file)
  if (existing !== undefined && existing !== '') {
    if (existing.length < MIN_PHONE_TOKEN_LENGTH) throw new Error(`${file} holds fewer than ${MIN_PHONE_TOKEN_LENGTH} characters; delete it and the console makes a new token.`)
    restrict(file)
    return { token: existing, source: file }
  }
  const token = randomBytes(32).toString('base64url')
  try {
    writeFileSync(file, token, { mode: 0o600, flag: existing === '' ? 'w' : 'wx' })
  } catch (error) {
    // Another start (the browser host beside the app) made it first: use that one.
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return phoneToken(dataDir, env)
    throw error
  }
  restrict(file)
  return { token, source: file }
}

function readIfPresent(file: string): string | undefined {
  try {
    return readFileSync(file, 'utf8').trim()
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined
    throw error
  }
}

/** Owner-only, also for a file copied in with looser rights (Windows has no such modes; its folder is per user). */
function restrict(file: string): void {
  if (process.platform === 'win32') return
  if ((statSync(file).mode & 0o077) !== 0) chmodSync(file, 0o600)
}
