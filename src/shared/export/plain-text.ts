import type { Language } from '../knowledge/entities'
import type { CallNote } from './call-note'
import { noteSections } from './sections'
import { subjectOf } from './subject'

/**
 * The note as plain text, for the clipboard and the body of an e-mail: the subject line, then one block
 * per section with its title in capitals. Text as typed (notes, summaries, refusals) stands on its own
 * lines below its label, verbatim; line endings are "\n".
 */
export function toPlainText(note: CallNote, language: Language = note.language): string {
  const out: string[] = [subjectOf(note)]
  for (const section of noteSections(note, language)) {
    out.push('', section.title.toLocaleUpperCase(language))
    for (const f of section.fields) {
      const value = normalise(f.value)
      if (f.block || value.includes('\n')) out.push(...(f.label ? [`${f.label}:`] : []), value)
      else out.push(f.label ? `${f.label}: ${value}` : value)
    }
    for (const item of section.items ?? []) out.push(`- ${normalise(item)}`)
  }
  return `${out.filter((line, i) => !(line === '' && out[i - 1] === '' )).join('\n')}\n`
}

function normalise(text: string): string {
  return text.replace(/\r\n?/g, '\n').trim()
}
