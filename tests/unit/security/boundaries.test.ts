import { ESLint } from 'eslint'
import { describe, expect, it } from 'vitest'
import { root } from '../support/paths'

// The process boundaries are enforced by lint; these prove the rules bite where they should.
async function lint(filePath: string, code: string): Promise<string[]> {
  const [result] = await new ESLint({ cwd: root }).lintText(code, { filePath })
  return result!.messages.map((m) => `${m.ruleId}: ${m.message}`)
}

describe('lint boundaries', () => {
  it('forbid electron outside index.ts, app/ and the preload', async () => {
    expect(await lint('src/main/services/x.ts', "import { app } from 'electron'\nexport const a = app\n")).toEqual([
      expect.stringMatching(/no-restricted-imports: .*Only src\/main\/index.ts/),
    ])
    expect(await lint('src/main/app/x.ts', "import { app } from 'electron'\nexport const a = app\n")).toEqual([])
    expect(await lint('src/renderer/src/x.ts', "import { ipcRenderer } from 'electron'\nexport const a = ipcRenderer\n")).not.toEqual([])
  })

  it('keep src/shared free of Node and the DOM', async () => {
    expect(await lint('src/shared/x.ts', "import { readFileSync } from 'node:fs'\nexport const a = readFileSync\n")).toEqual([
      expect.stringMatching(/no-restricted-imports/),
    ])
    expect(await lint('src/shared/x.ts', 'export const a = () => document.title\n')).toEqual([expect.stringMatching(/no-restricted-globals/)])
  })
})
