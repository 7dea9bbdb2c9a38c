import type { CallNote } from '../../shared/export/call-note'
import { loadCallNote } from '../services/export-note'

/**
 * The finished call as it leaves the console: the shared call note (src/shared/export), which never
 * carries the internal fields about people. Its `callId` is the external reference and idempotency key
 * of every send.
 */
export type ExportNote = CallNote

export const loadExportNote = loadCallNote
