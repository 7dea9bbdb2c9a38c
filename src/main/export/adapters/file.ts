import { randomUUID } from 'node:crypto'
import { constants } from 'node:fs'
import { access, open, readFile, rename, rm } from 'node:fs/promises'
import { isAbsolute, join } from 'node:path'
import Papa from 'papaparse'
import { z } from 'zod'
import { ExportError, type AdapterContext, type ExportAdapter, type RemoteTicket, type TestResult } from '../adapter'
import { toCsv } from '../../../shared/export/csv'
import { CALL_ID_HEADER, toEml } from '../../../shared/export/eml'
import { toJson } from '../../../shared/export/json'
import { toMarkdown } from '../../../shared/export/markdown'
import { toPlainText } from '../../../shared/export/plain-text'
import { fileFormats } from '../../../shared/export/targets'
import { shortCallId } from '../../../shared/export/subject'
import type { ExportNote } from '../note'
import { targetConfig } from './config'
import { emailConfigSchema } from './email'

/**
 * "Save as file": each finished call becomes `<folder>/<date>-<short id>.<ext>`. The file is written
 * under a temporary name and renamed, so the folder never holds half a note; a file that is already
 * there with the same call id means the note was saved before (a retry after a crash), and is kept.
 */
const emptyAsMissing = (value: unknown) => (typeof value === 'string' && value.trim() === '' ? undefined : value)

export const fileConfigSchema = z.object({
  folder: z.string().refine(isAbsolute, 'folder must be a full path'),
  format: z.enum(fileFormats, { error: `format must be one of ${fileFormats.join(', ')}` }).default('json'),
  /** For .eml files (a mail client, or a mail server's pickup folder): the sender and the intake address. */
  from: z.preprocess(emptyAsMissing, emailConfigSchema.shape.from.default('Servicedesk Console <servicedesk-console@localhost>')),
  to: z.preprocess(emptyAsMissing, emailConfigSchema.shape.to.optional()),
})
export type FileConfig = z.infer<typeof fileConfigSchema>

interface Renderer {
  render(note: ExportNote, config: FileConfig): string | Promise<string>
  /** Whether a file already there holds this call's note. */
  holds(text: string, callId: string): boolean
}

const carries = (text: string, callId: string) => text.includes(callId)

const renderers: Record<FileConfig['format'], Renderer> = {
  json: {
    render: toJson,
    holds: (text, callId) => {
      try {
        return (JSON.parse(text) as { callId?: unknown }).callId === callId
      } catch {
        return false
      }
    },
  },
  md: { render: (note) => toMarkdown(note), holds: carries },
  txt: { render: (note) => toPlainText(note), holds: carries },
  // One row per file, under the header row, for a batch import that reads a folder.
  csv: {
    render: (note) => toCsv([note]),
    holds: (text, callId) => {
      const rows = Papa.parse<Record<string, string>>(text.replace(/^\uFEFF/, ''), { header: true, skipEmptyLines: true }).data
      return rows.some((row) => row.call_id === callId)
    },
  },
  eml: {
    render: (note, config) => toEml(note, { from: config.from, to: config.to ?? '' }),
    // The call id header, among the headers (before the first empty line); header names ignore case.
    holds: (text, callId) => {
      const headers = text.split(/\r?\n\r?\n/, 1)[0] ?? ''
      return headers.split(/\r?\n/).some((line) => line.toLowerCase() === `${CALL_ID_HEADER.toLowerCase()}: ${callId.toLowerCase()}`)
    },
  },
}

const configOf = (ctx: AdapterContext): FileConfig => targetConfig(fileConfigSchema, ctx, 'file')

function fsError(error: unknown, folder: string): ExportError {
  const code = (error as NodeJS.ErrnoException).code
  if (code === 'ENOENT' || code === 'ENOTDIR') return new ExportError('misconfigured', `The folder ${folder} does not exist.`)
  if (code === 'EACCES' || code === 'EPERM' || code === 'EROFS') return new ExportError('missing-permission', `The console may not write in ${folder} (${code}).`)
  return new ExportError('unreachable', `Writing in ${folder} failed: ${error instanceof Error ? error.message : String(error)}`)
}

/** The names a note may have: the short one, or (when another call took it) the one with the full id. */
function candidates(note: ExportNote, ext: string): string[] {
  const date = note.finishedAt.slice(0, 10)
  return [`${date}-${shortCallId(note.callId)}.${ext}`, `${date}-${note.callId}.${ext}`]
}

async function existing(path: string): Promise<string | null> {
  try {
    return await readFile(path, 'utf8')
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null
    throw error
  }
}

async function writeAtomically(path: string, text: string): Promise<void> {
  const temp = `${path}.${randomUUID()}.tmp`
  try {
    const handle = await open(temp, 'wx')
    try {
      await handle.writeFile(text, 'utf8')
      await handle.sync()
    } finally {
      await handle.close()
    }
    await rename(temp, path)
  } catch (error) {
    await rm(temp, { force: true })
    throw error
  }
}

export const fileAdapter: ExportAdapter = {
  kind: 'file',
  configSchema: fileConfigSchema,

  async findExisting(note, ctx): Promise<RemoteTicket | null> {
    const config = configOf(ctx)
    const renderer = renderers[config.format]
    try {
      for (const name of candidates(note, config.format)) {
        const text = await existing(join(config.folder, name))
        if (text !== null && renderer.holds(text, note.callId)) return { remoteId: name }
      }
      return null
    } catch (error) {
      throw fsError(error, config.folder)
    }
  },

  async send(note, ctx): Promise<RemoteTicket> {
    const config = configOf(ctx)
    const renderer = renderers[config.format]
    try {
      for (const name of candidates(note, config.format)) {
        const path = join(config.folder, name)
        const text = await existing(path)
        if (text !== null && renderer.holds(text, note.callId)) return { remoteId: name }
        if (text !== null) continue
        await writeAtomically(path, await renderer.render(note, config))
        return { remoteId: name }
      }
    } catch (error) {
      throw fsError(error, config.folder)
    }
    throw new ExportError('rejected', `${config.folder} already holds other files under the names for call ${note.callId}.`)
  },

  async test(ctx): Promise<TestResult> {
    try {
      const config = configOf(ctx)
      await access(config.folder, constants.W_OK).catch((error: unknown) => {
        throw fsError(error, config.folder)
      })
      return { ok: true, detail: `${config.folder} is writable` }
    } catch (error) {
      return { ok: false, error: error instanceof ExportError ? error : fsError(error, '') }
    }
  },
}
