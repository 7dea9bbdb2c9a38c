import Papa from 'papaparse'
import type { ImportProblem } from '../../../shared/knowledge/transfer'
import { importProblem, type ItemKind, type ProblemArgs } from './problems'

/**
 * CSV as people exchange it with Excel: UTF-8 with a byte-order mark, comma-separated (semicolons and
 * tabs are recognised when reading), quoted where needed, one header row. Cells that a spreadsheet would run as a formula (=, +, -, @ …) are written
 * with a leading apostrophe, which reading takes off again, so export → import is lossless.
 */
const FORMULA_START = /^[=+\-@\t\r]/
const ESCAPED_FORMULA = /^'(?=[=+\-@\t\r])/

export function toCsv(columns: readonly string[], rows: string[][]): string {
  return `\uFEFF${Papa.unparse({ fields: [...columns], data: rows }, { escapeFormulae: FORMULA_START, newline: '\r\n' })}\r\n`
}

export interface CsvRow {
  /** 1-based line in the file where the row starts (the header is line 1). */
  line: number
  /** The row's cells by column name; only the file's own columns are there. */
  cells: Record<string, string>
}

export interface ParsedCsv {
  columns: string[]
  rows: CsvRow[]
  /** Problems with the file's shape (columns, quotes, field counts); rows with such problems are left out. */
  problems: ImportProblem[]
}

const NEWLINE = /\r\n|\n|\r/g
const countLines = (text: string) => text.match(NEWLINE)?.length ?? 0
// Lines papaparse skips as empty ('greedy'): nothing but spaces, tabs and commas.
const LEADING_BLANK_LINES = /^(?:[ \t,]*(?:\r\n|\n|\r))*/

/**
 * Parses CSV text, keeping for every row the line it starts on, also when quoted cells hold line
 * breaks or blank lines are skipped. Unknown and repeated columns, and a missing required column,
 * are problems of the header (line 1); the rows are then not read.
 */
export function parseCsv(fileName: string, text: string, spec: { kind: ItemKind; columns: readonly string[]; required: readonly string[] }): ParsedCsv {
  const content = text.replace(/^\uFEFF/, '')
  const problems: ImportProblem[] = []
  const problem = (line: number, field: string, ...args: ProblemArgs) => problems.push(importProblem(fileName, line, field, ...args))
  const raw: { line: number; cells: string[]; error?: ProblemArgs }[] = []
  let position = 0
  let line = 1
  Papa.parse<string[]>(content, {
    skipEmptyLines: 'greedy',
    // Excel with Dutch settings saves with semicolons; a file with one column has nothing to detect.
    delimitersToGuess: [',', ';', '\t'],
    step: (result) => {
      const cursor = result.meta.cursor
      const slice = content.slice(position, cursor)
      const start = line + countLines(LEADING_BLANK_LINES.exec(slice)?.[0] ?? '')
      line += countLines(slice)
      position = cursor
      const error = result.errors.find((e) => e.type !== 'Delimiter')
      raw.push({ line: start, cells: result.data, ...(error ? { error: parseError(error) } : {}) })
    },
  })

  const [header, ...body] = raw
  if (!header) {
    problem(1, '', 'empty-file', { columns: spec.columns.join(', ') })
    return { columns: [], rows: [], problems }
  }
  const columns = header.cells.map((c) => c.trim().toLowerCase())
  const seen = new Set<string>()
  columns.forEach((column, i) => {
    // A column without a name has no field to point at; the message says which one it is.
    if (column === '') problem(header.line, '', 'unnamed-column', { position: i + 1 })
    else if (seen.has(column)) problem(header.line, column, 'duplicate-column', { column })
    else if (!spec.columns.includes(column)) problem(header.line, column, 'unknown-column', { column, columns: spec.columns.join(', '), kind: spec.kind })
    seen.add(column)
  })
  for (const column of spec.required) {
    if (!seen.has(column)) problem(header.line, column, 'missing-column', { column })
  }
  if (problems.length > 0) return { columns, rows: [], problems }

  const rows: CsvRow[] = []
  for (const row of body) {
    if (row.error) {
      problem(row.line, '', ...row.error)
      continue
    }
    if (row.cells.length !== columns.length) {
      problem(row.line, '', 'cell-count', { expected: columns.length, found: row.cells.length })
      continue
    }
    const cells: Record<string, string> = {}
    columns.forEach((column, i) => (cells[column] = (row.cells[i] ?? '').replace(ESCAPED_FORMULA, '')))
    rows.push({ line: row.line, cells })
  }
  return { columns, rows, problems }
}

function parseError(error: Papa.ParseError): ProblemArgs {
  if (error.code === 'MissingQuotes') return ['unclosed-quote']
  if (error.code === 'InvalidQuotes') return ['misplaced-quote']
  return ['invalid', { detail: error.message }]
}

export const yesNo = (value: boolean) => (value ? 'yes' : 'no')

/** yes/no as people type it, in English or Dutch; empty = no. Undefined when it is neither. */
export function parseYesNo(value: string): boolean | undefined {
  const v = value.trim().toLowerCase()
  if (['', 'no', 'n', 'nee', 'false', '0'].includes(v)) return false
  if (['yes', 'y', 'ja', 'j', 'true', '1'].includes(v)) return true
  return undefined
}
