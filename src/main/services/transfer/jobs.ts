import type { EventBus } from '../../contract/event-bus'
import type { Db } from '../../db/open'
import type { ImportProblem, ImportResult, TransferProgress } from '../../../shared/knowledge/transfer'
import { AppError } from '../../../shared/result'
import { getSettings } from '../settings'
import { parseCsv, type CsvRow } from './csv'
import type { CheckContext, CsvKind, Snapshot } from './csv-check'
import { importProblem } from './problems'

/** Rows checked between two progress events (and two chances for a cancel to arrive). */
export const CHUNK = 500
const MAX_PROBLEMS = 200

const nextTurn = () => new Promise<void>((resolve) => setImmediate(resolve))

/** Imports that are running, by the job id the UI chose, so `cancel` can reach them. */
export class ImportJobs {
  private readonly running = new Map<string, { cancelled: boolean }>()

  constructor(
    private readonly db: Db,
    private readonly events: EventBus,
  ) {}

  /** Asks a running import to stop; it stops before writing anything. False when no such import runs. */
  cancel(jobId: string): boolean {
    const job = this.running.get(jobId)
    if (!job) return false
    job.cancelled = true
    return true
  }

  /**
   * Checks every row first, a chunk at a time (progress, cancel), collecting every problem; writes
   * only a file without problems, in one transaction. If the knowledge base changed while the rows
   * were being checked, they are checked again inside that transaction against what is there now.
   */
  async run<P>(kind: CsvKind<P>, input: { fileName: string; content: string; jobId: string }): Promise<ImportResult> {
    const { jobId, fileName } = input
    if (this.running.has(jobId)) throw new AppError('conflict', 'An import with this job id is already running.')
    const job = { cancelled: false }
    this.running.set(jobId, job)
    const progress = (phase: TransferProgress['phase'], done: number, total: number) => this.events.emit('transfer:progress', { jobId, phase, done, total })
    try {
      progress('reading', 0, 0)
      await nextTurn()
      if (job.cancelled) return { status: 'cancelled' }

      const parsed = parseCsv(fileName, input.content, { kind: kind.kind, columns: kind.columns, required: ['name'] })
      const problems: ImportProblem[] = [...parsed.problems]
      const context: CheckContext = {
        fileName,
        defaultCountry: getSettings(this.db).defaultCountry,
        problem: (line, field, ...problem) => problems.push(importProblem(fileName, line, field, ...problem)),
      }
      const total = parsed.rows.length
      const snapshot = kind.snapshot(this.db)
      const checker = snapshot.checker(context)
      const plans: P[] = []
      for (let done = 0; done < total; ) {
        const end = Math.min(done + CHUNK, total)
        for (const row of parsed.rows.slice(done, end)) {
          const plan = checker.check(row)
          if (plan) plans.push(plan)
        }
        done = end
        progress('checking', done, total)
        await nextTurn()
        if (job.cancelled) return { status: 'cancelled' }
      }
      checker.finish()
      if (problems.length > 0) return rejected(problems)

      progress('writing', 0, total)
      const outcome = this.db.transaction((tx) => {
        const now = kind.snapshot(this.db)
        if (now.signature !== snapshot.signature) {
          const again = checkAll(now, parsed.rows, context)
          if (problems.length > 0) return rejected(problems)
          return { status: 'imported' as const, ...kind.write(tx, again) }
        }
        return { status: 'imported' as const, ...kind.write(tx, plans) }
      })
      if (outcome.status === 'imported') {
        progress('done', total, total)
        this.events.emit('knowledge:changed', { kinds: kind.changes })
      }
      return outcome
    } finally {
      this.running.delete(jobId)
    }
  }
}

function checkAll<P>(snapshot: Snapshot<P>, rows: CsvRow[], context: CheckContext): P[] {
  const checker = snapshot.checker(context)
  const plans = rows.map((row) => checker.check(row)).filter((plan): plan is NonNullable<typeof plan> => plan !== null)
  checker.finish()
  return plans as P[]
}

function rejected(problems: ImportProblem[]): ImportResult {
  const sorted = [...problems].sort((a, b) => a.line - b.line)
  return { status: 'rejected', problems: sorted.slice(0, MAX_PROBLEMS), problemCount: problems.length }
}
