import { readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import Papa from 'papaparse'
import PostalMime from 'postal-mime'
import { describe, expect, it } from 'vitest'
import type { AdapterContext } from '../../../src/main/export/adapter'
import { fileAdapter } from '../../../src/main/export/adapters/file'
import { csvColumns, toCsv } from '../../../src/shared/export/csv'
import { CALL_ID_HEADER, messageIdOf, toEml } from '../../../src/shared/export/eml'
import { fromJson, toJson } from '../../../src/shared/export/json'
import { toMarkdown } from '../../../src/shared/export/markdown'
import { toPlainText } from '../../../src/shared/export/plain-text'
import { fileFormats, targetKindInfo } from '../../../src/shared/export/targets'
import { tempDir } from '../support/paths'
import { CALL_ID, fixtureNote, noteText } from '../export/fixture'

const ctx = (config: Record<string, unknown>): AdapterContext => ({
  target: { id: '00000000-0000-4000-8000-0000000000f1', kind: 'file', name: 'Map', config },
  credential: null,
  signal: AbortSignal.timeout(5000),
})

const mail = { from: 'Servicedesk Zuiderhaven <servicedesk@zuiderhaven.example>', to: 'tickets@zuiderhaven.example' }
const shortName = (ext: string) => `2026-11-30-1A2B3C4D.${ext}`
/** Another call whose id starts the same, so its file would take the same short name. */
const OTHER_ID = '1a2b3c4d-0000-4000-8000-000000000000'

describe('the file target in every format', () => {
  it('offers exactly the formats the settings list, and names a format it does not know', async () => {
    const select = targetKindInfo.file.fields.find((f) => f.key === 'format')
    expect(select).toMatchObject({ options: fileFormats })
    const error = await fileAdapter.send(fixtureNote(), ctx({ folder: tempDir(), format: 'docx' })).then(() => null, (e: unknown) => e)
    expect(error).toMatchObject({ reason: 'misconfigured', message: expect.stringContaining('format must be one of txt, md, json, csv, eml') })
  })

  it('writes each format as the note formats render it, and a retry finds the file instead of writing another', async () => {
    const folder = tempDir()
    const note = fixtureNote()
    const expected: Record<(typeof fileFormats)[number], string> = {
      txt: toPlainText(note),
      md: toMarkdown(note),
      json: toJson(note),
      csv: toCsv([note]),
      eml: await toEml(note, mail),
    }
    for (const format of fileFormats) {
      const config = { folder, format, ...mail }
      const remote = await fileAdapter.send(note, ctx(config))
      expect(remote).toEqual({ remoteId: shortName(format) })
      expect(readFileSync(join(folder, remote.remoteId), 'utf8')).toBe(expected[format])
      expect(await fileAdapter.findExisting!(note, ctx(config))).toEqual(remote)
      expect(await fileAdapter.send(note, ctx(config))).toEqual(remote)
    }
    expect(readdirSync(folder).sort()).toEqual(fileFormats.map(shortName).sort())
  })

  it('writes CSV that a batch import reads back: the header row and one row with the call, UTF-8 intact', async () => {
    const folder = tempDir()
    const remote = await fileAdapter.send(fixtureNote(), ctx({ folder, format: 'csv' }))
    const parsed = Papa.parse<Record<string, string>>(readFileSync(join(folder, remote.remoteId), 'utf8'), { header: true, skipEmptyLines: true })
    expect(parsed.errors).toEqual([])
    expect(parsed.meta.fields).toEqual([...csvColumns])
    expect(parsed.data).toHaveLength(1)
    expect(parsed.data[0]).toMatchObject({ call_id: CALL_ID, what: noteText.what, outcome_notes: noteText.notes, refusal_written: noteText.written })
  })

  it('writes an .eml that a mail parser reads back, addressed as set up, with the call id and Message-ID', async () => {
    const folder = tempDir()
    const remote = await fileAdapter.send(fixtureNote(), ctx({ folder, format: 'eml', ...mail }))
    const email = await PostalMime.parse(readFileSync(join(folder, remote.remoteId), 'utf8'))
    expect(email.from).toMatchObject({ name: 'Servicedesk Zuiderhaven', address: 'servicedesk@zuiderhaven.example' })
    expect(email.to?.[0]).toMatchObject({ address: 'tickets@zuiderhaven.example' })
    expect(email.messageId).toBe(messageIdOf(CALL_ID))
    expect(email.headers.find((h) => h.key === CALL_ID_HEADER.toLowerCase())?.value).toBe(CALL_ID)
    expect(email.text).toContain(noteText.promise)

    // Without addresses: a placeholder sender and no recipient, for opening in a mail client.
    const bare = tempDir()
    const plain = await fileAdapter.send(fixtureNote(), ctx({ folder: bare, format: 'eml', to: '' }))
    const unaddressed = await PostalMime.parse(readFileSync(join(bare, plain.remoteId), 'utf8'))
    expect(unaddressed.from).toMatchObject({ address: 'servicedesk-console@localhost' })
    expect(unaddressed.to).toBeUndefined()

    const wrong = await fileAdapter.send(fixtureNote(), ctx({ folder: bare, format: 'eml', to: 'tickets at zuiderhaven' })).then(() => null, (e: unknown) => e)
    expect(wrong).toMatchObject({ reason: 'misconfigured', message: expect.stringContaining('to: to must be one e-mail address') })
  })

  it('in every format, keeps another call’s file under the short name and writes under the full call id', async () => {
    const folder = tempDir()
    const note = fixtureNote()
    const other = fixtureNote({ callId: OTHER_ID })
    const othersFile: Record<string, string> = {
      txt: toPlainText(other),
      md: toMarkdown(other),
      json: toJson(other),
      csv: toCsv([other]),
      eml: await toEml(other, mail),
    }
    for (const format of fileFormats) {
      writeFileSync(join(folder, shortName(format)), othersFile[format]!)
      const config = { folder, format, ...mail }
      expect(await fileAdapter.findExisting!(note, ctx(config))).toBeNull()
      const remote = await fileAdapter.send(note, ctx(config))
      expect(remote).toEqual({ remoteId: `2026-11-30-${CALL_ID}.${format}` })
      expect(readFileSync(join(folder, shortName(format)), 'utf8')).toBe(othersFile[format])
      expect(await fileAdapter.findExisting!(note, ctx(config))).toEqual(remote)
    }
    expect(fromJson(readFileSync(join(folder, `2026-11-30-${CALL_ID}.json`), 'utf8')).callId).toBe(CALL_ID)
  })
})
