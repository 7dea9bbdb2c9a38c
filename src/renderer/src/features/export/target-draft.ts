import type { TFunction } from 'i18next'
import type { ChannelInput } from '../../../../shared/contract'
import type { ExportTarget } from '../../../../shared/export/outbox'
import { targetKindInfo, type TargetKind } from '../../../../shared/export/targets'
import type { ApiError } from '../../api'
import { translateIssue } from '../../components/form-errors'

/** What the target form holds while it is being edited: every field as typed (strings), so nothing typed is lost. */
export interface TargetDraft {
  id?: string
  kind: TargetKind
  name: string
  enabled: boolean
  /** Text fields as typed; booleans as booleans; mappings as { key: value }. */
  config: Record<string, unknown>
}

/** The secret as edited: keep what is stored, store a new one, or remove it. */
export type SecretEdit = { action: 'keep' } | { action: 'set'; value: string } | { action: 'remove' }

export function draftOf(target: ExportTarget | null, kind: TargetKind = 'file'): TargetDraft {
  if (!target) return { kind, name: '', enabled: true, config: {} }
  const config: Record<string, unknown> = {}
  for (const field of targetKindInfo[target.kind].fields) {
    const value = target.config[field.key]
    if (value === undefined || value === null) continue
    config[field.key] = field.type === 'number' ? String(value) : value
  }
  return { id: target.id, kind: target.kind, name: target.name, enabled: target.enabled, config }
}

/**
 * The config as the service expects it: empty optional fields left out, numbers as numbers, mappings
 * without empty rows. A number that is not one is sent as typed, so the service names the field.
 */
export function configOf(draft: TargetDraft): Record<string, unknown> {
  const out: Record<string, unknown> = {}
  for (const field of targetKindInfo[draft.kind].fields) {
    const value = draft.config[field.key]
    if (field.type === 'boolean') {
      out[field.key] = value === true
    } else if (field.type === 'mapping') {
      const rows = Object.entries((value ?? {}) as Record<string, string>).filter(([, v]) => v.trim() !== '')
      if (rows.length) out[field.key] = Object.fromEntries(rows.map(([k, v]) => [k, v.trim()]))
    } else if (typeof value === 'string' && value.trim() !== '') {
      out[field.key] = field.type === 'number' && /^\d+$/.test(value.trim()) ? Number(value.trim()) : value.trim()
    }
  }
  return out
}

/** What the form checks before sending: required fields and whole numbers. Keys: `name`, `config.<key>`. */
export function checkDraft(draft: TargetDraft, t: TFunction): Record<string, string> {
  const errors: Record<string, string> = {}
  if (!draft.name.trim()) errors.name = t('export.targets.required')
  for (const field of targetKindInfo[draft.kind].fields) {
    const value = draft.config[field.key]
    const text = typeof value === 'string' ? value.trim() : ''
    if (field.required && !text) errors[`config.${field.key}`] = t('export.targets.required')
    else if (field.type === 'number' && text && !/^\d+$/.test(text)) errors[`config.${field.key}`] = t('export.targets.notANumber')
  }
  return errors
}

export function saveInput(draft: TargetDraft, secret: SecretEdit, allowPlainText: boolean): ChannelInput<'export:targets:save'> {
  return {
    ...(draft.id ? { id: draft.id } : {}),
    kind: draft.kind,
    name: draft.name.trim(),
    enabled: draft.enabled,
    config: configOf(draft),
    // An emptied password input keeps what is stored: removing is its own, explicit action.
    ...(secret.action === 'set' && secret.value !== '' ? { secret: secret.value } : secret.action === 'remove' ? { secret: null } : {}),
    allowPlainText,
  }
}

/**
 * The service's field issues (`name`, `secret`, `config.<key>`) as messages at the fields. A sentence the
 * UI knows is shown in the UI language; any other keeps the service's own words, which name what is wrong.
 */
export function fieldErrorsOf(error: ApiError, t: TFunction): Record<string, string> {
  const errors: Record<string, string> = {}
  for (const issue of error.data.issues ?? []) {
    const field = issue.field.replace(/^values\./, '')
    const known = translateIssue(issue.message, t)
    errors[field] = known === t('validation.invalid') ? `${known}: ${issue.message}` : known
  }
  return errors
}
