import { readdirSync, readFileSync, existsSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { root } from '../support/paths'

// Every UI text exists in Dutch and in English, and none is empty.
const renderer = join(root, 'src/renderer/src')
const folders = [join(renderer, 'i18n'), ...readdirSync(join(renderer, 'features')).map((f) => join(renderer, 'features', f, 'i18n'))].filter((f) =>
  existsSync(join(f, 'nl.json')),
)

function keys(value: unknown, prefix = ''): string[] {
  if (typeof value !== 'object' || value === null) return [prefix]
  return Object.entries(value).flatMap(([k, v]) => keys(v, prefix ? `${prefix}.${k}` : k))
}
// Plural and ordinal forms differ per language ("_one"/"_other" in Dutch, also "_two"/"_few" for English ordinals).
const base = (key: string) => key.replace(/_(ordinal_)?(zero|one|two|few|many|other)$/, '')

describe.each(folders.map((f) => [f.slice(renderer.length + 1)]))('texts in %s', (folder) => {
  const read = (language: string) => JSON.parse(readFileSync(join(renderer, folder, `${language}.json`), 'utf8')) as unknown
  it('have the same keys in Dutch and English', () => {
    expect([...new Set(keys(read('en')).map(base))].sort()).toEqual([...new Set(keys(read('nl')).map(base))].sort())
  })
  it('have no empty text', () => {
    for (const language of ['nl', 'en']) {
      const flat = JSON.stringify(read(language))
      expect(flat, language).not.toMatch(/:""/)
    }
  })
})
