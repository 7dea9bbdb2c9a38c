import type Database from 'better-sqlite3'
import type { EventBus } from '../../contract/event-bus'
import type { Db } from '../../db/open'
import type { ImportResult, PackApplyResult, PackPreview, TransferKind } from '../../../shared/knowledge/transfer'
import { AppError } from '../../../shared/result'

export interface TransferDeps {
  db: Db
  sqlite: Database.Database
  events: EventBus
}

export interface FileData {
  fileName: string
  content: string
}

export interface Transfers {
  importCsv(input: FileData & { kind: TransferKind; jobId: string }): Promise<ImportResult>
  cancel(jobId: string): boolean
  exportCsv(kind: TransferKind): FileData
  exportPack(): FileData
  previewPack(file: FileData): PackPreview
  applyPack(file: FileData & { force: boolean }): PackApplyResult
}

// Built in the next change; until then every transfer says so.
export function createTransfers(_deps: TransferDeps): Transfers {
  const notYet = (): never => {
    throw new AppError('unavailable', 'Import and export are not available in this build.')
  }
  return { importCsv: async () => notYet(), cancel: () => false, exportCsv: notYet, exportPack: notYet, previewPack: notYet, applyPack: notYet }
}
