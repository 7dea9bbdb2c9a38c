import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { z } from 'zod'
import { issueProblem } from '../../../src/main/services/transfer/csv-check'
import { importProblem, importProblemCodes, itemKinds, type ImportProblemCode, type ProblemArgs } from '../../../src/main/services/transfer/problems'
import { departmentFormSchema } from '../../../src/shared/knowledge/forms'
import { criticalitySchema } from '../../../src/shared/knowledge/entities'
import { root } from '../support/paths'
import { demoRuntime } from '../support/runtime'

function setup() {
  const { runtime, dispatch } = demoRuntime('nl')
  const importCsv = async (kind: string, content: string) => {
    const result = await dispatch('transfer:import-csv', { kind, fileName: 'file.csv', content, jobId: crypto.randomUUID() })
    if (!result.ok) throw new Error(`${result.error.code} ${result.error.message}`)
    return result.value as { status: string; problems?: { file: string; line: number; field: string; code: string; params: Record<string, string | number>; message: string }[] }
  }
  /** The problems without file and message: what the UI translates. */
  const problemsOf = async (kind: string, content: string) => {
    const result = await importCsv(kind, content)
    expect(result.status).toBe('rejected')
    return result.problems!.map(({ line, field, code, params }) => ({ line, field, code, params }))
  }
  return { sqlite: runtime.database!.sqlite, importCsv, problemsOf }
}

describe('CSV import problem codes', () => {
  it('gives every problem in a people file a code and the parameters its text needs', async () => {
    const { problemsOf } = setup()
    const file = [
      'id,name,email,department,vip,preferred_language,phones',
      'not-a-uuid,Ann,ann@example.nl,,no,nl,',
      ',Bob,bob@,,no,nl,',
      ',Carl,,Parkeren,no,nl,',
      ',Dirk,,,misschien,nl,',
      ',Eva,,,no,fr,',
      ',Fay,,,no,nl,Mobiel: abc',
      ',Gus,,,no,nl,Mobiel:',
      ',,,,no,nl,',
      ',Hans,,,no,nl,,extra',
      '11111111-1111-4111-8111-111111111111,Ida,,,no,nl,',
      '11111111-1111-4111-8111-111111111111,Ida Bakker,,,no,nl,',
    ].join('\n')

    expect(await problemsOf('people', file)).toEqual([
      { line: 2, field: 'id', code: 'not-an-id', params: { value: 'not-a-uuid', kind: 'person' } },
      { line: 3, field: 'email', code: 'invalid-email', params: { value: 'bob@' } },
      { line: 4, field: 'department', code: 'unknown-department', params: { name: 'Parkeren' } },
      { line: 5, field: 'vip', code: 'expected-yes-no', params: { value: 'misschien' } },
      { line: 6, field: 'preferred_language', code: 'invalid-language', params: { value: 'fr' } },
      { line: 7, field: 'phones', code: 'phone-invalid', params: { value: 'abc' } },
      // Once, not also as "required" from the form schema.
      { line: 8, field: 'phones', code: 'phone-without-number', params: {} },
      { line: 9, field: 'name', code: 'required', params: {} },
      { line: 10, field: '', code: 'cell-count', params: { expected: 7, found: 8 } },
      { line: 12, field: 'id', code: 'duplicate-in-file', params: { line: 11, kind: 'person' } },
    ])
  })

  it('codes the problems of names and ids in a departments file', async () => {
    const { sqlite, problemsOf } = setup()
    const finance = sqlite.prepare(`SELECT id FROM departments WHERE name = 'Financiën'`).get() as { id: string }
    const file = [`id,name,sensitivities_shareable`, `${finance.id},Belastingen,no`, `,Nieuw team,misschien`, `,nieuw TEAM,no`, `${finance.id},Financiën,no`].join('\n')

    expect(await problemsOf('departments', file)).toEqual([
      { line: 2, field: 'name', code: 'name-taken', params: { name: 'Belastingen', kind: 'department' } },
      { line: 3, field: 'sensitivities_shareable', code: 'expected-yes-no', params: { value: 'misschien' } },
      { line: 4, field: 'name', code: 'name-repeated', params: { name: 'nieuw TEAM', line: 3 } },
      { line: 5, field: 'id', code: 'duplicate-in-file', params: { line: 2, kind: 'department' } },
    ])
  })

  it('asks for the id when several people have the name', async () => {
    const { importCsv, problemsOf } = setup()
    expect(await importCsv('people', 'name\nJan Dubbel\nJan Dubbel\n')).toMatchObject({ status: 'imported', created: 2 })

    expect(await problemsOf('people', 'name,role\nJan Dubbel,Taxateur\n')).toEqual([{ line: 2, field: 'name', code: 'name-ambiguous', params: { name: 'Jan Dubbel', kind: 'person' } }])
  })

  it('codes the problems of the header and of quotes', async () => {
    const { problemsOf } = setup()
    const columns = 'id, name, description, owner, resolver_group, resolver_contact, support_hours, known_issues'
    expect(await problemsOf('applications', 'name,colour,,name\nPortal,blue,,\n')).toEqual([
      { line: 1, field: 'colour', code: 'unknown-column', params: { column: 'colour', columns, kind: 'application' } },
      { line: 1, field: '', code: 'unnamed-column', params: { position: 3 } },
      { line: 1, field: 'name', code: 'duplicate-column', params: { column: 'name' } },
    ])
    expect(await problemsOf('departments', 'mission\nHelp\n')).toEqual([{ line: 1, field: 'name', code: 'missing-column', params: { column: 'name' } }])
    expect(await problemsOf('applications', '')).toEqual([{ line: 1, field: '', code: 'empty-file', params: { columns } }])
    expect(await problemsOf('applications', 'name,owner\nPortal,Jan\n"Intranet"x,Piet\n')).toEqual([{ line: 3, field: '', code: 'misplaced-quote', params: {} }])
    expect(await problemsOf('applications', 'name,owner\nPortal,Jan\n"Intranet,Piet\n')).toEqual([{ line: 3, field: '', code: 'unclosed-quote', params: {} }])
  })

  it('maps the messages of the form schemas to codes, and anything else to invalid with the detail', () => {
    const first = (schema: z.ZodType, value: unknown) => schema.safeParse(value).error!.issues[0]!
    expect(issueProblem(first(departmentFormSchema.shape.name, '  '), 'name', '')).toEqual(['required'])
    expect(issueProblem(first(z.string().max(3), 'abcd'), 'owner', 'abcd')).toEqual(['too-long', { maximum: 3 }])
    expect(issueProblem(first(criticalitySchema, 'high'), 'criticality', 'high')).toEqual(['invalid-option', { value: 'high', options: 'critical, important, normal' }])
    const issue = first(z.uuid(), 'x')
    expect(issueProblem(issue, 'applicationId', 'x')).toEqual(['invalid', { detail: issue.message }])
  })
})

describe('texts for the problem codes', () => {
  // One example per code; the type makes a new code without an example a compile error.
  const examples: { [C in ImportProblemCode]: Extract<ProblemArgs, [C, ...unknown[]]> } = {
    'empty-file': ['empty-file', { columns: 'id, name' }],
    'unnamed-column': ['unnamed-column', { position: 3 }],
    'duplicate-column': ['duplicate-column', { column: 'name' }],
    'unknown-column': ['unknown-column', { column: 'colour', columns: 'id, name', kind: 'application' }],
    'missing-column': ['missing-column', { column: 'name' }],
    'unclosed-quote': ['unclosed-quote'],
    'misplaced-quote': ['misplaced-quote'],
    'cell-count': ['cell-count', { expected: 5, found: 6 }],
    'not-an-id': ['not-an-id', { value: 'x', kind: 'person' }],
    'name-ambiguous': ['name-ambiguous', { name: 'Jan', kind: 'person' }],
    'duplicate-in-file': ['duplicate-in-file', { line: 2, kind: 'department' }],
    'name-repeated': ['name-repeated', { name: 'Jan', line: 2 }],
    'name-taken': ['name-taken', { name: 'Belastingen', kind: 'department' }],
    'expected-yes-no': ['expected-yes-no', { value: 'misschien' }],
    'unknown-department': ['unknown-department', { name: 'Parkeren' }],
    'phone-without-number': ['phone-without-number'],
    'phone-invalid': ['phone-invalid', { value: 'abc' }],
    required: ['required'],
    'invalid-email': ['invalid-email', { value: 'piet@' }],
    'invalid-language': ['invalid-language', { value: 'fr' }],
    'invalid-option': ['invalid-option', { value: 'high', options: 'critical, important, normal' }],
    'too-long': ['too-long', { maximum: 200 }],
    invalid: ['invalid', { detail: 'Invalid UUID' }],
  }
  const texts = (language: string) =>
    (JSON.parse(readFileSync(join(root, 'src/renderer/src/features/transfer/i18n', `${language}.json`), 'utf8')) as { problem: Record<string, unknown> }).problem

  it('every code has an example', () => {
    expect(Object.keys(examples).sort()).toEqual([...importProblemCodes].sort())
  })

  it.each(['nl', 'en'])('every code the import can report has a text in %s, using only the parameters it gets', (language) => {
    const problem = texts(language)
    for (const kind of itemKinds) {
      expect((problem.item as Record<string, string>)[kind], `${language} item.${kind}`).toBeTruthy()
      expect((problem.items as Record<string, string>)[kind], `${language} items.${kind}`).toBeTruthy()
    }
    for (const code of importProblemCodes) {
      const text = problem[code]
      expect(typeof text === 'string' && text.trim(), `${language} problem.${code}`).toBeTruthy()
      // The UI adds the words `item` and `items` (in its language) for a `kind` parameter.
      const { params } = importProblem('file.csv', 2, '', ...examples[code])
      const available = new Set([...Object.keys(params), ...('kind' in params ? ['item', 'items'] : [])])
      const used = [...(text as string).matchAll(/{{\s*(\w+)\s*}}/g)].map((m) => m[1]!)
      for (const name of used) expect(available, `${language} problem.${code} uses {{${name}}}`).toContain(name)
      expect(text, `${language} problem.${code} nests no other text`).not.toContain('$t(')
    }
  })
})
