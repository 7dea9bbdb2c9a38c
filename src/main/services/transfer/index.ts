import type Database from 'better-sqlite3'
import type { EventBus } from '../../contract/event-bus'
import type { Db } from '../../db/open'
import { knowledgeKinds } from '../../../shared/knowledge/forms'
import type { ImportResult, PackApplyResult, PackPreview, TransferKind } from '../../../shared/knowledge/transfer'
import { parsePackFile } from '../knowledge-pack'
import { getSettings } from '../settings'
import { applicationsCsv } from './csv-applications'
import type { CsvKind } from './csv-check'
import { departmentsCsv } from './csv-departments'
import { peopleCsv } from './csv-people'
import { ImportJobs } from './jobs'
import { exportPack } from './pack-export'
import { applyPlan, planMerge, previewOf } from './pack-merge'

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

const csvKinds: Record<TransferKind, CsvKind<unknown>> = {
  people: peopleCsv as CsvKind<unknown>,
  departments: departmentsCsv as CsvKind<unknown>,
  applications: applicationsCsv as CsvKind<unknown>,
}

/**
 * Import and export: CSV files for people, departments and applications (checked completely before
 * anything is written, with progress and cancel), and knowledge packs (the whole knowledge base as
 * one JSON file, merged by id after a preview).
 */
export function createTransfers({ db, events }: TransferDeps): Transfers {
  const jobs = new ImportJobs(db, events)
  const plan = (fileName: string, content: string) => {
    const { pack, carriesFlows } = parsePackFile(fileName, content)
    return planMerge(db, fileName, pack, carriesFlows)
  }
  return {
    importCsv: ({ kind, ...input }) => jobs.run(csvKinds[kind], input),
    cancel: (jobId) => jobs.cancel(jobId),
    exportCsv: (kind) => ({ fileName: csvKinds[kind].fileName, content: csvKinds[kind].exportCsv(db) }),
    exportPack: () => exportPack(db),
    previewPack: ({ fileName, content }) => previewOf(plan(fileName, content)),
    applyPack: ({ fileName, content, force }) => {
      const merge = plan(fileName, content)
      const result = applyPlan(db, merge, force)
      events.emit('knowledge:changed', { kinds: [...knowledgeKinds] })
      if (merge.jargon) events.emit('jargon:changed', {})
      events.emit('settings:changed', getSettings(db))
      return result
    },
  }
}
