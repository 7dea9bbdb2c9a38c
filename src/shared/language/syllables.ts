/**
 * Syllable counting for readability, by rule rather than by dictionary.
 *
 * Dutch: a syllable per vowel sound. A run of vowels is read as Dutch vowel units, longest first
 * (ieu, eeu, oei, ooi, aai; aa, ee, oo, uu, ie, oe, eu, ei, ui, ou, au, and ai/ay/ey/oy from loanwords),
 * so "nieuw" and "mooi" have one and "theater" and "radio" three. A vowel with a diaeresis starts a new
 * syllable (ge-ë-mi-greerd, ru-ï-ne, co-ör-di-na-tor, i-dee-ën). "ij" is one sound (its j is no vowel).
 * A final "e" is spoken in Dutch and counts (gro-te), except in common English loanwords ending in
 * -ware, -site, -line, -date, -ice, -ive, -ile (software, website, online, update, service, drive,
 * file), and "team"/"mail"-type words keep one syllable.
 *
 * English: vowel groups (y counts as a vowel except at the start of a word or before a vowel), less a
 * silent final "e" (but "-le" after a consonant counts), less "-es"/"-ed" that add no sound ("makes",
 * "called"; "boxes" and "updated" keep theirs), plus one for the hiatus pairs ia, io (not -tion/-sion),
 * eo, ua, iu and for "-ing" after a vowel.
 *
 * Either language: a word of capitals of up to five letters is an acronym spelled out, one syllable per
 * letter ("VPN" has three); digits in it count one per group. Every word has at least one syllable.
 */

const NL_UNITS = ['ieu', 'eeu', 'oei', 'ooi', 'aai', 'aa', 'ee', 'oo', 'uu', 'ie', 'oe', 'eu', 'ei', 'ui', 'ou', 'au', 'ai', 'ay', 'ey', 'oy']
const NL_SILENT_E = /(?:ware|site|line|date|ice|ive|ile)$/
const NL_LOAN_ONE = new Set(['team', 'teams', 'mail', 'mails', 'deal', 'deals', 'lease', 'headset', 'headsets', 'stream', 'screen', 'read'])

/** Plain vowels (diacritics other than the diaeresis folded away); diaeresis vowels are marked upper case. */
function prepare(word: string): string {
  const lower = word.toLowerCase()
  if (/^[a-z]*$/.test(lower)) return lower
  return lower
    .replace(/[ëïöüä]/g, (c) => ({ ë: 'E', ï: 'I', ö: 'O', ü: 'U', ä: 'A' })[c] ?? c)
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .replace(/['’]/g, '')
}

function acronymSyllables(word: string): number | null {
  if (!/^[\p{Lu}\p{N}]{2,6}$/u.test(word) || !/\p{Lu}/u.test(word)) return null
  const letters = word.replace(/\p{N}/gu, '').length
  if (letters > 5) return null
  return letters + (word.match(/\p{N}+/gu)?.length ?? 0)
}

function dutch(word: string): number {
  const w = prepare(word)
  if (NL_LOAN_ONE.has(w)) return 1
  let count = 0
  // A y before a vowel is a consonant (yoghurt, royaal); elsewhere a vowel (baby, hobby, systeem).
  const runs = w.match(/(?:[aeiou]|y(?![aeiou]))+|[AEIOU]/g) ?? []
  for (const run of runs) {
    let i = 0
    while (i < run.length) {
      const unit = NL_UNITS.find((u) => run.startsWith(u, i))
      i += unit ? unit.length : 1
      count++
    }
  }
  if (NL_SILENT_E.test(w) && count > 1) count--
  return count
}

function english(word: string): number {
  const w = prepare(word).toLowerCase().replace(/[^a-z]/g, '')
  if (w.length === 0) return 0
  if (w.length <= 3) return 1
  let count = (w.match(/(?:[aeiou]|y(?![aeiou]))+/g) ?? []).length
  const consonantBefore = (suffix: string): boolean => /[^aeiouy]$/.test(w.slice(0, w.length - suffix.length))
  if (w.endsWith('e') && consonantBefore('e') && !/[^aeiouy]le$/.test(w)) count--
  else if (w.endsWith('es') && consonantBefore('es') && !/(?:[sxz]|ch|sh|[cg])es$/.test(w)) count--
  else if (w.endsWith('ed') && consonantBefore('ed') && !/[td]ed$/.test(w)) count--
  if (/[^aeiouy]ely$/.test(w)) count--
  for (const m of w.matchAll(/ia|io|eo|ua|iu/g)) {
    const at = m.index ?? 0
    if (m[0] === 'io' && /[tsc]ion/.test(w.slice(at - 1, at + 3))) continue
    if (m[0] === 'eo' && w.slice(at).startsWith('eop')) continue
    count++
  }
  if (/[aeiou]ing$/.test(w)) count++
  return Math.max(1, count)
}

// Words repeat (in a text and between keystrokes): remember the counts, within bounds.
const remembered = { nl: new Map<string, number>(), en: new Map<string, number>() }

/** How many syllables a single word has when read aloud. */
export function countSyllables(word: string, language: 'nl' | 'en'): number {
  const known = remembered[language].get(word)
  if (known !== undefined) return known
  const count = countWord(word, language)
  if (remembered[language].size >= 20_000) remembered[language].clear()
  remembered[language].set(word, count)
  return count
}

function countWord(word: string, language: 'nl' | 'en'): number {
  const trimmed = word.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '')
  if (trimmed === '') return 0
  const acronym = acronymSyllables(trimmed)
  if (acronym !== null) return acronym
  const parts = trimmed.split(/[-‐\s]+/).filter((p) => p !== '')
  if (parts.length > 1) return parts.reduce((sum, p) => sum + countWord(p, language), 0)
  if (/^\p{N}+$/u.test(trimmed)) return 1
  if (/\p{N}/u.test(trimmed)) {
    const letters = trimmed.replace(/\p{N}+/gu, '')
    return (trimmed.match(/\p{N}+/gu)?.length ?? 0) + (letters ? countWord(letters, language) : 0)
  }
  return Math.max(1, language === 'nl' ? dutch(trimmed) : english(trimmed))
}
