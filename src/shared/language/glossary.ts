import type { GlossaryEntry } from './check'

/**
 * The organisation's glossary toward a caller.
 *
 * The glossary explains the organisation's words to new agents; most of them ("stadskantoor",
 * "wethouder", "datalek") are words a caller uses too. What is jargon toward a caller are its
 * abbreviations: a term or alias of one word written mostly in capitals ("KCC", "BRP", "I&A", "B&W",
 * "GBA") or a short capitalised one ("Wmo", "Woo"). Those are flagged like lexicon terms, with the
 * same case and compound rules ("WOZ-waarde" is flagged through "WOZ"). Abbreviations everybody uses
 * (IT, ICT, HR, PC, EU, btw, pdf …) are left alone, and so is an abbreviation that is part of the
 * entry's own short name (English "IT" in "Information Services & IT").
 *
 * The replacement is the short name the meaning starts with: its first sentence up to a colon, without
 * a part in brackets ("The Customer Contact Centre (klantcontactcentrum): …" gives "the Customer Contact
 * Centre"), and if that is still long, up to the first comma. It is offered when it is at most six
 * words and 60 characters, written to fit mid-sentence ("De basisregistratie personen" gives "de
 * basisregistratie personen"; a name in capitals such as "Records Management" stays as it is).
 * Otherwise the hit has no one-click fix and the first sentence (cut at 120 characters) is the hint.
 */

const EVERYDAY = new Set(['IT', 'ICT', 'HR', 'PC', 'EU', 'CV', 'BTW', 'TV', 'SMS', 'USB', 'PDF', 'GB', 'MB', 'NL', 'UK', 'VS', 'ID', 'OK', 'KVK', 'WC'])

export function isAbbreviation(word: string): boolean {
  const w = word.trim()
  if (/^\p{Lu}\p{Ll}{1,3}$/u.test(w)) return true
  if (!/^[\p{L}\p{N}&/.]+$/u.test(w)) return false
  const letters = w.replace(/[^\p{L}]/gu, '')
  const capitals = letters.replace(/[^\p{Lu}]/gu, '').length
  return capitals >= 2 && capitals * 2 > letters.length
}

const short = (s: string): boolean => s !== '' && s.split(/\s+/).length <= 6 && s.length <= 60

function shortName(firstSentence: string): string | null {
  const head = (firstSentence.includes(':') ? firstSentence.slice(0, firstSentence.indexOf(':')) : firstSentence)
    .replace(/\s*\([^)]*\)/gu, '')
    .replace(/[.!?;,]+$/u, '')
    .trim()
  if (short(head)) return head
  const toComma = head.includes(',') ? head.slice(0, head.indexOf(',')).trim() : ''
  return short(toComma) ? toComma : null
}

/** "De basisregistratie personen" → "de basisregistratie personen"; "Records Management" stays a name. */
function midSentence(name: string): string {
  if (/^(De|Het|Een|The|An?) /u.test(name)) return name.charAt(0).toLowerCase() + name.slice(1)
  const [first = '', ...rest] = name.split(' ')
  const ordinary = /^\p{Lu}\p{Ll}+$/u.test(first) && rest.length > 0 && rest.every((w) => !/^\p{Lu}/u.test(w))
  return ordinary ? name.charAt(0).toLowerCase() + name.slice(1) : name
}

export interface GlossaryJargon {
  /** The entry's words that are flagged toward a caller. */
  words: string[]
  replacement: string | null
  hint: string
}

export function glossaryJargon(entry: GlossaryEntry): GlossaryJargon {
  const meaning = entry.meaning.trim().replace(/\s+/g, ' ')
  const firstSentence = (/^.*?[.!?](?=\s|$)/u.exec(meaning)?.[0] ?? meaning).trim()
  const name = shortName(firstSentence)
  const replacement = name === null ? null : midSentence(name)
  const hint = replacement ?? (firstSentence.length > 120 ? firstSentence.slice(0, 119).trimEnd() + '…' : firstSentence)
  const nameWords = new Set((name ?? '').split(/[^\p{L}\p{N}&]+/u))
  const words = [entry.term, ...entry.aliases].filter((w) => isAbbreviation(w) && !EVERYDAY.has(w.trim().toUpperCase()) && !nameWords.has(w.trim()))
  return { words, replacement, hint }
}
