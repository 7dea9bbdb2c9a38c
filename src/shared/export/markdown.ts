import type { Language } from '../knowledge/entities'
import type { CallNote } from './call-note'
import { noteSections } from './sections'
import { subjectOf } from './subject'

/**
 * The note as Markdown (CommonMark), for ticket systems and wikis that render it: the subject as a
 * heading, a second-level heading per section, labels in bold. Whatever the caller or agent typed is
 * escaped, so a "*" or a "<script>" in the notes shows as typed and never turns into markup; line breaks
 * inside typed text are kept as hard breaks.
 */
export function toMarkdown(note: CallNote, language: Language = note.language): string {
  const out: string[] = [`# ${escapeMarkdown(subjectOf(note))}`]
  for (const section of noteSections(note, language)) {
    out.push('', `## ${escapeMarkdown(section.title)}`, '')
    const lines: string[] = []
    for (const f of section.fields) {
      if (f.block) {
        const value = escapeBlock(f.value)
        if (lines.length > 0) out.push(lines.splice(0).join('  \n'), '')
        if (f.label) out.push(`**${escapeMarkdown(f.label)}:**`, '')
        out.push(value, '')
      } else {
        const value = escapeMarkdown(f.value.replace(/\s+/g, ' ').trim())
        lines.push(f.label ? `**${escapeMarkdown(f.label)}:** ${value}` : value)
      }
    }
    if (lines.length > 0) out.push(lines.join('  \n'), '')
    const items = section.items ?? []
    if (items.length > 0) out.push(...items.map((item) => `- ${escapeMarkdown(item.replace(/\s+/g, ' ').trim())}`), '')
    while (out[out.length - 1] === '') out.pop()
  }
  return `${out.join('\n')}\n`
}

/** Backslash-escapes the characters that could start markup anywhere in a line. */
export function escapeMarkdown(text: string): string {
  return text.replace(/[\\`*_[\]<>|~&]/g, '\\$&')
}

/**
 * Typed text, escaped, with each line safe at the start of a Markdown line (no heading, list, quote or
 * rule by accident) and kept on its own line by a hard break.
 */
function escapeBlock(text: string): string {
  return text
    .replace(/\r\n?/g, '\n')
    .trim()
    .split('\n')
    .map((line) => escapeMarkdown(line).replace(/^(\s*)([#>+=-]|\d+[.)])/, (_, space: string, mark: string) => `${space}${mark.replace(/([#>+=\-.)])$/, '\\$1')}`))
    .join('\\\n')
}
