import { and, asc, eq, gt } from 'drizzle-orm'
import type { Db } from '../db/open'
import * as t from '../db/schema'
import { ExportError, type ExportAdapter, type TestResult } from '../export/adapter'
import { adapters as allAdapters } from '../export/adapters'
import { credentialVariable, type CredentialStore } from '../export/credentials'
import { withoutSecret } from '../export/redact'
import type { ExportTarget, ExportTargetList, ExportTargetSave, ExportTargetTest, ExportTestResult } from '../../shared/export/outbox'
import { targetKindInfo, targetKinds, type TargetKind } from '../../shared/export/targets'
import { AppError, type FieldIssue } from '../../shared/result'
import { describeIssues } from '../../shared/zod-issues'
import { assertUnique, targetId } from './save-helpers'

export interface ExportTargetsDeps {
  db: Db
  credentials: CredentialStore
  /** The adapters of this build, by kind; tests pass a smaller set. */
  adapters?: Partial<Record<TargetKind, ExportAdapter>>
  /** How long "test connection" may take. */
  testTimeoutMs?: number
}

type TargetRow = typeof t.exportTargets.$inferSelect

const isKnownKind = (kind: string): kind is TargetKind => (targetKinds as readonly string[]).includes(kind)

/**
 * Export targets as settings shows them, and their secrets. A secret goes to the credential store only,
 * never to the database; the config stored is what the kind's adapter accepted (unknown keys dropped).
 */
export function createExportTargets({ db, credentials, adapters = allAdapters, testTimeoutMs = 15_000 }: ExportTargetsDeps) {
  const hasSecret = (row: TargetRow): boolean => {
    try {
      return credentials.get({ id: row.id, name: row.name }) !== null
    } catch {
      // A secret that can no longer be decrypted is as good as none: the administrator types it again.
      return false
    }
  }

  const view = (row: TargetRow): ExportTarget => ({
    id: row.id,
    kind: row.kind as TargetKind,
    name: row.name,
    enabled: row.enabled,
    config: row.config,
    hasSecret: hasSecret(row),
    secretVariable: credentials.mode === 'environment' ? credentialVariable(row.name) : null,
  })

  const find = (id: string): TargetRow => {
    const row = db.select().from(t.exportTargets).where(eq(t.exportTargets.id, id)).get()
    if (!row) throw new AppError('not-found', 'This export target no longer exists; it may have been deleted in the meantime.')
    return row
  }

  /** The config as the kind's adapter accepts it, or the issues with their field paths (`config.<key>`). */
  type Checked = { config: Record<string, unknown> } | { issues: FieldIssue[] }
  const checkConfig = (kind: TargetKind, config: Record<string, unknown>): Checked => {
    const adapter = adapters[kind]
    if (!adapter) return { issues: [{ field: 'kind', message: noAdapter(kind) }] }
    const parsed = adapter.configSchema.safeParse(config)
    if (parsed.success) return { config: parsed.data }
    return {
      issues: parsed.error.issues.map((issue) => {
        const path = issue.path.map(String)
        // zod says "expected string, received undefined" for a field left empty; a person reads "required".
        const missing = path.length > 0 && valueAt(config, path) === undefined
        return { field: ['config', ...path].join('.'), message: missing ? 'required' : issue.message }
      }),
    }
  }

  return {
    list(): ExportTargetList {
      const rows = db.select().from(t.exportTargets).orderBy(asc(t.exportTargets.name)).all()
      // A kind this version does not know (a database written by a newer one) cannot be shown or edited here.
      return { targets: rows.filter((row) => isKnownKind(row.kind)).map(view), credentialMode: credentials.mode }
    },

    save(input: ExportTargetSave): ExportTarget {
      const id = targetId(db, t.exportTargets, input.id, 'export target')
      const issues: FieldIssue[] = []
      const checked = checkConfig(input.kind, input.config)
      if ('issues' in checked) issues.push(...checked.issues)
      const secret = input.secret
      if (typeof secret === 'string' && secret.trim() === '') {
        issues.push({ field: 'secret', message: 'is empty: type the secret, or remove the stored one' })
      } else if (typeof secret === 'string' && credentials.mode === 'plain-text' && !input.allowPlainText) {
        issues.push({
          field: 'secret',
          message:
            'this system has no keyring, so the secret would be stored readable on this computer; store it only if the administrator agrees',
        })
      }
      if (issues.length > 0) {
        const nameIssue = nameClash(db, input.name, id)
        const all = [...(nameIssue ? [nameIssue] : []), ...issues]
        throw new AppError('invalid-input', `The export target cannot be saved: ${describeIssues(all)}`, all)
      }
      assertUnique(db, t.exportTargets, t.exportTargets.name, input.name, 'name', id)
      const config = 'config' in checked ? checked.config : {}
      // One transaction: when the credential store refuses (the browser host) or fails, nothing is written.
      const row = db.transaction((tx) => {
        const values = { kind: input.kind, name: input.name, enabled: input.enabled, config }
        const saved = input.id
          ? tx.update(t.exportTargets).set(values).where(eq(t.exportTargets.id, id)).returning().get()
          : tx.insert(t.exportTargets).values({ id, ...values }).returning().get()
        if (secret !== undefined) storeSecret(credentials, { id, name: input.name }, secret)
        return saved
      })
      return view(row)
    },

    delete(id: string): { deleted: true } {
      const row = find(id)
      // A call on its way right now would lose its record while the ticket is being created; a later export
      // to a new target of the same system could then make a second ticket.
      const sending = db
        .select({ id: t.outbox.id })
        .from(t.outbox)
        .where(and(eq(t.outbox.targetId, id), eq(t.outbox.status, 'sending'), gt(t.outbox.leaseUntil, new Date().toISOString())))
        .get()
      if (sending) {
        throw new AppError('conflict', `"${row.name}" is sending a call right now. Switch it off, wait a moment, then delete it.`)
      }
      db.transaction((tx) => {
        // The outbox entries go with it (foreign key cascade).
        tx.delete(t.exportTargets).where(eq(t.exportTargets.id, id)).run()
        // The browser host stores nothing: its secret is an environment variable the administrator removes.
        // A kind without a secret has none to remove (and so does not depend on the secrets file being readable).
        const kindHasSecret = !isKnownKind(row.kind) || targetKindInfo[row.kind].secret !== null
        if (credentials.mode !== 'environment' && kindHasSecret) storeSecret(credentials, { id: row.id, name: row.name }, null)
      })
      return { deleted: true }
    },

    /** "Test connection" for a saved target (its stored secret) or the form as typed (its typed secret). */
    async test(input: ExportTargetTest): Promise<ExportTestResult> {
      let target: { id: string; kind: TargetKind; name: string; config: Record<string, unknown> }
      /** The secret typed in the form; undefined when left untouched (and for a saved target). */
      let typed: string | null | undefined
      if ('kind' in input) {
        const checked = checkConfig(input.kind, input.config)
        if ('issues' in checked) {
          const reason = adapters[input.kind] ? 'misconfigured' : 'no-adapter'
          return { ok: false, reason, detail: describeIssues(checked.issues) }
        }
        target = { id: input.id ?? '', kind: input.kind, name: input.name, config: checked.config }
        typed = input.secret
        // The stored secret goes only where it was saved for: a changed address needs it typed again.
        if (input.id && typed === undefined && addressChanged(find(input.id).config, checked.config)) {
          return { ok: false, reason: 'misconfigured', detail: 'The address changed: type the secret again to test the new address (the stored one is only sent where it was saved for).' }
        }
      } else {
        const row = find(input.id)
        if (!isKnownKind(row.kind)) return { ok: false, reason: 'no-adapter', detail: noAdapter(row.kind) }
        target = { id: row.id, kind: row.kind, name: row.name, config: row.config }
      }
      let secret: string | null
      try {
        // Not typed: the secret stored for it (in the browser host, the variable its name gives).
        secret = typed === undefined ? storedSecret(credentials, target) : typed
      } catch (error) {
        if (!(error instanceof ExportError)) throw error
        // The store cannot read its secrets and says why: that is what this test finds wrong.
        return { ok: false, reason: error.reason, detail: error.message }
      }
      const adapter = adapters[target.kind]
      if (!adapter) return { ok: false, reason: 'no-adapter', detail: noAdapter(target.kind) }
      if (!adapter.test) {
        return { ok: false, reason: 'untestable', detail: `A target of kind "${target.kind}" cannot be tested without sending a ticket.` }
      }
      // A target that refuses a login often repeats what it was sent: the secret never reaches the screen.
      let result: TestResult
      try {
        result = await adapter.test({ target, credential: secret, signal: AbortSignal.timeout(testTimeoutMs) })
      } catch (error) {
        // An adapter should answer with a result; one that throws still gets its problem shown.
        return { ok: false, reason: 'unreachable', detail: withoutSecret(error instanceof Error ? error.message : String(error), secret) }
      }
      return result.ok
        ? { ok: true, reason: null, detail: withoutSecret(result.detail ?? `${target.name} answered.`, secret) }
        : { ok: false, reason: result.error.reason, detail: withoutSecret(result.error.message, secret) }
    },
  }
}

export type ExportTargets = ReturnType<typeof createExportTargets>

const noAdapter = (kind: string) => `This version of the console cannot send to a target of kind "${kind}".`

function nameClash(db: Db, name: string, ownId: string): FieldIssue | null {
  try {
    assertUnique(db, t.exportTargets, t.exportTargets.name, name, 'name', ownId)
    return null
  } catch (error) {
    if (error instanceof AppError && error.issues) return error.issues[0] ?? null
    throw error
  }
}

function valueAt(value: unknown, path: readonly string[]): unknown {
  let current = value
  for (const key of path) {
    if (!current || typeof current !== 'object') return undefined
    current = (current as Record<string, unknown>)[key]
  }
  return current
}

function storedSecret(credentials: CredentialStore, target: { id: string; kind: TargetKind; name: string }): string | null {
  // Unsaved and not in the browser host: nothing can be stored for a target without an id yet.
  if (!target.id && credentials.mode !== 'environment') return null
  if (targetKindInfo[target.kind].secret === null) return null
  try {
    return credentials.get(target)
  } catch (error) {
    // The store cannot read its secrets: say so rather than test as if none were stored.
    if (error instanceof ExportError) throw error
    return null
  }
}

/** Stores (or removes) a secret; a refusal or failure of the store becomes an issue on `secret`. */
function storeSecret(credentials: CredentialStore, target: { id: string; name: string }, secret: string | null): void {
  try {
    credentials.set(target, secret)
  } catch (error) {
    if (error instanceof AppError) {
      const issues = error.issues?.length
        ? error.issues.map((issue) => ({ ...issue, field: 'secret' }))
        : [{ field: 'secret', message: error.message }]
      throw new AppError(error.code, error.message, issues)
    }
    const message = error instanceof Error ? error.message : String(error)
    throw new AppError('unavailable', `The secret could not be stored: ${message}`, [
      { field: 'secret', message: `could not be stored: ${message}` },
    ])
  }
}

/** The settings that say where a secret is sent. */
const addressKeys = ['baseUrl', 'url', 'lookupUrl', 'host', 'port'] as const

function addressChanged(saved: Record<string, unknown>, typed: Record<string, unknown>): boolean {
  return addressKeys.some((key) => String(saved[key] ?? '') !== String(typed[key] ?? ''))
}
