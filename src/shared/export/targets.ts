import { z } from 'zod'

/**
 * The kinds of export target and what each asks for in settings. This file is the one list the settings
 * form is drawn from; each kind's adapter (src/main/export/adapters/<kind>.ts) validates the same fields
 * with its own schema. Secrets (token, password) are never a field here: they go to the credential store.
 */
export const targetKinds = ['rt', 'topdesk', 'jira', 'zendesk', 'webhook', 'email', 'file'] as const
export const targetKindSchema = z.enum(targetKinds)
export type TargetKind = z.infer<typeof targetKindSchema>

/**
 * One setting of a target. `mapping` is a table from a call's category (or priority) to the target's
 * own value (queue, request type, priority name); `of` says which keys it maps.
 */
export type TargetField =
  | { key: string; type: 'text' | 'url' | 'email' | 'folder'; required: boolean; placeholder?: string }
  | { key: string; type: 'number'; required: boolean; placeholder?: string }
  | { key: string; type: 'select'; required: boolean; options: readonly string[] }
  | { key: string; type: 'boolean'; required: false }
  | { key: string; type: 'mapping'; required: false; of: 'category' | 'priority' }

export interface TargetKindInfo {
  kind: TargetKind
  fields: readonly TargetField[]
  /** What the secret is for this kind (label key under settings.export.secret.*), or null when it has none. */
  secret: 'token' | 'password' | 'apiToken' | 'applicationPassword' | null
}

/** The formats a note can be saved in as a file. */
export const fileFormats = ['txt', 'md', 'json', 'csv', 'eml'] as const

export const targetKindInfo: Record<TargetKind, TargetKindInfo> = {
  rt: {
    kind: 'rt',
    secret: 'token',
    fields: [
      { key: 'baseUrl', type: 'url', required: true, placeholder: 'https://rt.example.org' },
      { key: 'queue', type: 'text', required: true, placeholder: 'General' },
      { key: 'queueByCategory', type: 'mapping', required: false, of: 'category' },
      { key: 'priorityMap', type: 'mapping', required: false, of: 'priority' },
      { key: 'callIdField', type: 'text', required: false, placeholder: 'Servicedesk call id' },
      // Empty: the secret is an RT auth token. Set: basic auth with this user and the secret as password.
      { key: 'username', type: 'text', required: false },
    ],
  },
  topdesk: {
    kind: 'topdesk',
    secret: 'applicationPassword',
    fields: [
      { key: 'baseUrl', type: 'url', required: true, placeholder: 'https://example.topdesk.net' },
      { key: 'username', type: 'text', required: true },
      { key: 'categoryMap', type: 'mapping', required: false, of: 'category' },
      { key: 'priorityMap', type: 'mapping', required: false, of: 'priority' },
      { key: 'operatorGroup', type: 'text', required: false },
      { key: 'callerLookup', type: 'boolean', required: false },
      { key: 'callerBranchId', type: 'text', required: false },
    ],
  },
  jira: {
    kind: 'jira',
    secret: 'apiToken',
    fields: [
      { key: 'baseUrl', type: 'url', required: true, placeholder: 'https://example.atlassian.net' },
      { key: 'email', type: 'email', required: true },
      { key: 'serviceDeskId', type: 'text', required: true },
      { key: 'requestTypeId', type: 'text', required: true },
      { key: 'requestTypeByCategory', type: 'mapping', required: false, of: 'category' },
      { key: 'priorityMap', type: 'mapping', required: false, of: 'priority' },
    ],
  },
  zendesk: {
    kind: 'zendesk',
    secret: 'apiToken',
    fields: [
      { key: 'baseUrl', type: 'url', required: true, placeholder: 'https://example.zendesk.com' },
      { key: 'email', type: 'email', required: true },
      { key: 'groupByCategory', type: 'mapping', required: false, of: 'category' },
      { key: 'priorityMap', type: 'mapping', required: false, of: 'priority' },
      { key: 'publicComment', type: 'boolean', required: false },
    ],
  },
  webhook: {
    kind: 'webhook',
    secret: 'token',
    fields: [
      { key: 'url', type: 'url', required: true, placeholder: 'https://tickets.example.org/hooks/calls' },
      { key: 'lookupUrl', type: 'url', required: false },
      { key: 'idField', type: 'text', required: false, placeholder: 'id' },
      { key: 'urlField', type: 'text', required: false, placeholder: 'url' },
    ],
  },
  email: {
    kind: 'email',
    secret: 'password',
    fields: [
      { key: 'host', type: 'text', required: true, placeholder: 'smtp.example.org' },
      { key: 'port', type: 'number', required: true, placeholder: '587' },
      { key: 'secure', type: 'boolean', required: false },
      { key: 'username', type: 'text', required: false },
      { key: 'from', type: 'email', required: true, placeholder: 'servicedesk@example.org' },
      { key: 'to', type: 'email', required: true, placeholder: 'tickets@example.org' },
    ],
  },
  file: {
    kind: 'file',
    secret: null,
    fields: [
      { key: 'folder', type: 'folder', required: true },
      { key: 'format', type: 'select', required: true, options: fileFormats },
      // Only for .eml files (a mail client, or a mail server's pickup folder): sender and intake address.
      { key: 'from', type: 'email', required: false, placeholder: 'servicedesk@example.org' },
      { key: 'to', type: 'email', required: false, placeholder: 'tickets@example.org' },
    ],
  },
}

/** How this console keeps secrets: see src/main/export/credentials.ts. */
export const credentialModeSchema = z.enum(['encrypted', 'plain-text', 'environment'])
export type CredentialMode = z.infer<typeof credentialModeSchema>
