import Papa from 'papaparse'
import { describe, expect, it } from 'vitest'
import { callNoteSchema } from '../../../src/shared/export/call-note'
import { csvColumns, csvRow, toCsv } from '../../../src/shared/export/csv'
import { CALL_NOTE_FORMAT, CALL_NOTE_VERSION, fromJson, toJson } from '../../../src/shared/export/json'
import { CALL_ID, fixtureNote, noteText } from './fixture'

describe('JSON', () => {
  it('carries the format and version, the subject, and every field of the note', () => {
    const note = fixtureNote()
    const doc = JSON.parse(toJson(note)) as Record<string, unknown>
    expect(doc.format).toBe(CALL_NOTE_FORMAT)
    expect(doc.format).toBe('servicedesk-console/call-note')
    expect(doc.version).toBe(CALL_NOTE_VERSION)
    expect(doc.version).toBe(1)
    expect(doc.subject).toBe('[SDC-1A2B3C4D] Printer op de 2e verdieping drukt niet af, “papierstoring”')
    expect(doc).toMatchObject({ callId: CALL_ID, caller: { name: 'Ëlsa van IJzendoorn', department: 'Financiën' }, outcome: { notes: noteText.notes } })
    expect(Object.keys(doc).sort()).toEqual([...Object.keys(callNoteSchema.shape), 'format', 'version', 'subject'].sort())
  })

  it('reads back to the same note, and says what is wrong with a file that is not one', () => {
    const note = fixtureNote()
    expect(fromJson(toJson(note))).toEqual(note)
    expect(() => fromJson('{')).toThrow(/not JSON/)
    expect(() => fromJson('{"format":"something-else","version":1}')).toThrow(/not a call note/)
    expect(() => fromJson(toJson(note).replace('"version": 1', '"version": 2'))).toThrow(/version 2/)
    expect(() => fromJson(toJson(note).replace('"P2"', '"P9"'))).toThrow(/at "priority\.chosen"/)
  })
})

describe('CSV', () => {
  const tricky = fixtureNote({
    callId: 'f0e1d2c3-b4a5-4697-8877-665544332211',
    caller: { name: 'Jan “de Vries”, jr.', phone: '', email: '', department: null },
    intake: { ...fixtureNote().intake, what: 'Komma, "aanhalingstekens" en\r\neen regel erbij: ë ĳ é “”' },
    refusal: null,
    promise: null,
    priority: null,
    summary: null,
  })

  it('has a header row and one row per call, and parses back to the same values', () => {
    const notes = [fixtureNote(), tricky]
    const csv = toCsv(notes)
    const parsed = Papa.parse<string[]>(csv, { skipEmptyLines: true })
    expect(parsed.errors).toEqual([])
    expect(parsed.data[0]).toEqual([...csvColumns])
    expect(parsed.data).toHaveLength(3)
    notes.forEach((note, i) => expect(parsed.data[i + 1]).toEqual(csvColumns.map((c) => csvRow(note)[c])))
    const byName = Papa.parse<Record<string, string>>(csv, { header: true, skipEmptyLines: true }).data
    expect(byName[0]).toMatchObject({ call_id: CALL_ID, what: noteText.what, tried: noteText.tried, outcome_notes: noteText.notes, refusal_written: noteText.written, promise_text: noteText.promise, priority: 'P2', outcome: 'handed-over', caller_department: 'Financiën' })
    expect(byName[1]).toMatchObject({ caller_name: 'Jan “de Vries”, jr.', what: 'Komma, "aanhalingstekens" en\r\neen regel erbij: ë ĳ é “”', priority: '', refusal_rule: '', summary_confirmed: '' })
  })

  it('follows RFC 4180: CRLF between rows, quotes doubled, fields with a comma, quote or line break quoted', () => {
    const csv = toCsv([tricky])
    expect(csv.startsWith('call_id,subject,started_at,')).toBe(true)
    expect(csv.endsWith('\r\n')).toBe(true)
    expect(csv).toContain('"Jan “de Vries”, jr."')
    expect(csv).toContain('"Komma, ""aanhalingstekens"" en\r\neen regel erbij: ë ĳ é “”"')
    expect(toCsv([])).toBe(`${csvColumns.join(',')}\r\n`)
  })
})
