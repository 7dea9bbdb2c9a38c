import type { CredentialMode } from '../../shared/export/targets'
import { AppError } from '../../shared/result'

/**
 * Where a target's secret comes from. Secrets never live in the database (the target's `config` holds
 * only what is not secret), in a log or in an exported file. The Electron app stores them with
 * safeStorage; the browser host reads them from environment variables (`envCredentials`).
 */
export interface CredentialProvider {
  /**
   * The secret for the target, or null when none is configured. Throws an ExportError saying why when the secrets
   * cannot be read at all (the target then fails with that reason rather than as having no secret).
   */
  get(target: { id: string; name: string }): string | null
}

/**
 * `SDC_TARGET_<NAME>_TOKEN`, where NAME is the target's name in capitals with every run of other
 * characters as one underscore: the target "Zuiderhaven webhook" reads SDC_TARGET_ZUIDERHAVEN_WEBHOOK_TOKEN.
 */
export function credentialVariable(targetName: string): string {
  const name = targetName
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toUpperCase()
    .replace(/[^A-Z0-9]+/g, '_')
    .replace(/^_|_$/g, '')
  return `SDC_TARGET_${name}_TOKEN`
}

export function envCredentials(env: Record<string, string | undefined> = process.env): CredentialProvider {
  return {
    get(target) {
      const value = env[credentialVariable(target.name)]?.trim()
      return value ? value : null
    },
  }
}

/**
 * Where secrets are kept and how well. `encrypted`: Electron's safeStorage with the system's keyring;
 * `plain-text`: safeStorage can only offer its plain-text fallback (Linux without a keyring) — the
 * console says so and stores only when the administrator agrees; `environment`: the browser host, which
 * reads secrets from environment variables (`credentialVariable`) and cannot store any.
 */
export interface CredentialStore extends CredentialProvider {
  readonly mode: CredentialMode
  /** Stores the secret (or removes it, with null). The environment store refuses, naming the variable. */
  set(target: { id: string; name: string }, secret: string | null): void
}

export function envCredentialStore(env: Record<string, string | undefined> = process.env): CredentialStore {
  const provider = envCredentials(env)
  return {
    mode: 'environment',
    get: provider.get,
    set(target) {
      throw new AppError(
        'invalid-input',
        `The browser host reads secrets from environment variables: set ${credentialVariable(target.name)} before starting it.`,
        [{ field: 'secret', message: `set ${credentialVariable(target.name)} in the environment of the browser host` }],
      )
    },
  }
}
