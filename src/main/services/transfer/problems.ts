import type { ImportProblem } from '../../../shared/knowledge/transfer'

/**
 * Every problem a CSV import can report has a stable code and parameters: the UI translates
 * `transfer.problem.<code>` with them (features/transfer/i18n/{nl,en}.json), and the English
 * `message` made here is the fallback, for logs and tests. A new code needs a text in both languages;
 * tests/unit/services/transfer-problem-codes.test.ts checks that for every code in `importProblemCodes`.
 */

/** What a row is about, passed as a code (`kind`) so the UI can say it in its own language. */
export type ItemKind = 'person' | 'department' | 'application'
export const itemKinds: readonly ItemKind[] = ['person', 'department', 'application']
const words: Record<ItemKind, { one: string; other: string }> = {
  person: { one: 'person', other: 'people' },
  department: { one: 'department', other: 'departments' },
  application: { one: 'application', other: 'applications' },
}

type None = Record<string, never>
/** The parameters of each code; type literals, so they fit the schema's record of strings and numbers. */
type ParamsByCode = {
  // The file's shape (csv.ts); header problems are on line 1.
  'empty-file': { columns: string }
  'unnamed-column': { position: number }
  'duplicate-column': { column: string }
  'unknown-column': { column: string; columns: string; kind: ItemKind }
  'missing-column': { column: string }
  'unclosed-quote': None
  'misplaced-quote': None
  'cell-count': { expected: number; found: number }
  // Which item a row is about (csv-check.ts).
  'not-an-id': { value: string; kind: ItemKind }
  'name-ambiguous': { name: string; kind: ItemKind }
  'duplicate-in-file': { line: number; kind: ItemKind }
  'name-repeated': { name: string; line: number }
  'name-taken': { name: string; kind: ItemKind }
  // The cells of a row.
  'expected-yes-no': { value: string }
  'unknown-department': { name: string }
  'phone-without-number': None
  'phone-invalid': { value: string }
  // From the form schemas' issues (reportIssues).
  required: None
  'invalid-email': { value: string }
  'invalid-language': { value: string }
  'invalid-option': { value: string; options: string }
  'too-long': { maximum: number }
  /** Anything without its own code; `detail` is the English text of the library that found it. */
  invalid: { detail: string }
}
export type ImportProblemCode = keyof ParamsByCode
export type ProblemParams<C extends ImportProblemCode> = ParamsByCode[C]

const english: { [C in ImportProblemCode]: (p: ParamsByCode[C]) => string } = {
  'empty-file': (p) => `the file is empty; expected a header row with the columns ${p.columns}`,
  'unnamed-column': (p) => `column ${p.position} has no name`,
  'duplicate-column': (p) => `the column “${p.column}” appears twice`,
  'unknown-column': (p) => `unknown column “${p.column}”; the columns for ${words[p.kind].other} are: ${p.columns}`,
  'missing-column': (p) => `the column “${p.column}” is missing`,
  'unclosed-quote': () => 'a quoted cell is not closed (a " is missing)',
  'misplaced-quote': () => 'a " stands in the wrong place: a quoted cell must end right after its closing "',
  'cell-count': (p) => `expected ${p.expected} cells, found ${p.found}; is a value with a comma missing its quotes?`,
  'not-an-id': (p) => `“${p.value}” is not an id; leave the id empty to add a new ${words[p.kind].one}`,
  'name-ambiguous': (p) => `several ${words[p.kind].other} are called “${p.name}”; fill in the id to say which one`,
  'duplicate-in-file': (p) => `this ${words[p.kind].one} is already on line ${p.line}`,
  'name-repeated': (p) => `“${p.name}” is already on line ${p.line}`,
  'name-taken': (p) => `another ${words[p.kind].one} is already called “${p.name}”`,
  'expected-yes-no': (p) => `expected yes or no, not “${p.value}”`,
  'unknown-department': (p) => `unknown department “${p.name}”`,
  'phone-without-number': () => 'every phone needs a number, as “Label: number; Label: number”',
  'phone-invalid': (p) => `“${p.value}” is not a phone number`,
  required: () => 'a value is required',
  'invalid-email': (p) => `“${p.value}” is not an e-mail address`,
  'invalid-language': (p) => `“${p.value}” is not a language; use nl or en`,
  'invalid-option': (p) => `“${p.value}” is not one of: ${p.options}`,
  'too-long': (p) => `too long: at most ${p.maximum} characters`,
  invalid: (p) => p.detail,
}

/** Every code the import can report (the UI has a text for each). */
export const importProblemCodes = Object.keys(english) as readonly ImportProblemCode[]

/** A code with its parameters; codes without parameters take none. */
export type ProblemArgs = { [C in ImportProblemCode]: ParamsByCode[C] extends None ? [code: C] : [code: C, params: ParamsByCode[C]] }[ImportProblemCode]

export function importProblem(file: string, line: number, field: string, ...[code, params]: ProblemArgs): ImportProblem {
  const values = (params ?? {}) as Record<string, string | number>
  const message = (english[code] as (p: Record<string, string | number>) => string)(values)
  return { file, line, field, code, params: { ...values }, message }
}
