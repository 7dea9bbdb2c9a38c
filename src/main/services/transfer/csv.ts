import Papa from 'papaparse'
import type { ImportProblem } from '../../../shared/knowledge/transfer'

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
export function parseCsv(fileName: string, text: string, spec: { what: string; columns: readonly string[]; required: readonly string[] }): ParsedCsv {
  const content = text.replace(/^\uFEFF/, '')
  const problems: ImportProblem[] = []
  const problem = (line: number, field: string, message: string) => problems.push({ file: fileName, line, field, message })
  const raw: { line: number; cells: string[]; error?: string }[] = []
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
      raw.push({ line: start, cells: result.data, ...(error ? { error: error.code === 'MissingQuotes' ? 'a quoted cell is not closed (a " is missing)' : error.message } : {}) })
    },
  })

  const [header, ...body] = raw
  if (!header) {
    problem(1, '', `the file is empty; expected a header row with the columns ${spec.columns.join(', ')}`)
    return { columns: [], rows: [], problems }
  }
  const columns = header.cells.map((c) => c.trim().toLowerCase())
  const seen = new Set<string>()
  columns.forEach((column, i) => {
    if (column === '') problem(header.line, `column ${i + 1}`, 'this column has no name')
    else if (seen.has(column)) problem(header.line, column, `the column “${column}” appears twice`)
    else if (!spec.columns.includes(column)) problem(header.line, column, `unknown column “${column}”; the columns for ${spec.what} are: ${spec.columns.join(', ')}`)
    seen.add(column)
  })
  for (const column of spec.required) {
    if (!seen.has(column)) problem(header.line, column, `the column “${column}” is missing`)
  }
  if (problems.length > 0) return { columns, rows: [], problems }

  const rows: CsvRow[] = []
  for (const row of body) {
    if (row.error) {
      problem(row.line, '', row.error)
      continue
    }
    if (row.cells.length !== columns.length) {
      problem(row.line, '', `expected ${columns.length} cells, found ${row.cells.length}; is a value with a comma missing its quotes?`)
      continue
    }
    const cells: Record<string, string> = {}
    columns.forEach((column, i) => (cells[column] = (row.cells[i] ?? '').replace(ESCAPED_FORMULA, '')))
    rows.push({ line: row.line, cells })
  }
  return { columns, rows, problems }
}

export const yesNo = (value: boolean) => (value ? 'yes' : 'no')

/** yes/no as people type it, in English or Dutch; empty = no. Undefined when it is neither. */
export function parseYesNo(value: string): boolean | undefined {
  const v = value.trim().toLowerCase()
  if (['', 'no', 'n', 'nee', 'false', '0'].includes(v)) return false
  if (['yes', 'y', 'ja', 'j', 'true', '1'].includes(v)) return true
  return undefined
}
