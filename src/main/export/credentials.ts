/**
 * Where a target's secret comes from. Secrets never live in the database (the target's `config` holds
 * only what is not secret), in a log or in an exported file. The Electron app stores them with
 * safeStorage; the browser host reads them from environment variables (`envCredentials`).
 */
export interface CredentialProvider {
  /** The secret for the target, or null when none is configured. */
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
