import { z } from 'zod'
import { callNoteSchema, type CallNote } from './call-note'
import { subjectOf } from './subject'

/**
 * The note as JSON for machines (webhooks, scripts, archives). The envelope names the format and its
 * version; a change that renames or removes a field raises the version, adding a field does not.
 * Documented field by field in docs/export-format.md.
 */
export const CALL_NOTE_FORMAT = 'servicedesk-console/call-note'
export const CALL_NOTE_VERSION = 1

export const callNoteDocumentSchema = callNoteSchema.extend({
  format: z.literal(CALL_NOTE_FORMAT),
  version: z.literal(CALL_NOTE_VERSION),
  /** The ticket subject, as the other formats use it. */
  subject: z.string(),
})
export type CallNoteDocument = z.infer<typeof callNoteDocumentSchema>

export function toJsonDocument(note: CallNote): CallNoteDocument {
  return { format: CALL_NOTE_FORMAT, version: CALL_NOTE_VERSION, subject: subjectOf(note), ...callNoteSchema.parse(note) }
}

export function toJson(note: CallNote): string {
  return `${JSON.stringify(toJsonDocument(note), null, 2)}\n`
}

/**
 * Reads a call note back from its JSON. Throws a RangeError that says what is wrong and where (the
 * field's path) when the text is not a call note of a version this console knows.
 */
export function fromJson(text: string): CallNote {
  let data: unknown
  try {
    data = JSON.parse(text)
  } catch (error) {
    throw new RangeError(`This is not JSON: ${error instanceof Error ? error.message : String(error)}`, { cause: error })
  }
  const head = z.object({ format: z.string(), version: z.number() }).safeParse(data)
  if (!head.success || head.data.format !== CALL_NOTE_FORMAT) throw new RangeError(`This is not a call note: "format" must be "${CALL_NOTE_FORMAT}".`)
  if (head.data.version !== CALL_NOTE_VERSION) throw new RangeError(`This call note has version ${head.data.version}; this console reads version ${CALL_NOTE_VERSION}.`)
  const parsed = callNoteDocumentSchema.safeParse(data)
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!
    throw new RangeError(`The call note is not valid at "${issue.path.join('.') || '(top)'}": ${issue.message}`)
  }
  const { format: _format, version: _version, subject: _subject, ...note } = parsed.data
  void _format
  void _version
  void _subject
  return note
}
