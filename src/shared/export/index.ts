/**
 * Note formats: a finished call rendered for the ticket system. Everything here runs in the renderer
 * too; the e-mail format (./eml) needs nodemailer and so is imported from the main side only.
 */
export { callNoteSchema, type CallNote } from './call-note'
export { subjectOf, shortCallId } from './subject'
export { toPlainText } from './plain-text'
export { toMarkdown } from './markdown'
export { toJson, fromJson, CALL_NOTE_FORMAT, CALL_NOTE_VERSION } from './json'
export { toCsv, csvColumns } from './csv'
