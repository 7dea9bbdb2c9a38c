/**
 * The base forms a word may be an inflection of, so that "servers", "routertje", "gereset", "resetten",
 * "geüpdatet", "patches" and "resetting" all find their lexicon term. Only stems of three letters or
 * more are offered. Each stem says where in the word it starts, so the case rules can be checked on the
 * letters of the stem itself.
 *
 * Dutch: plural -s/-en (undoubling: adressen → adres), diminutive -je/-tje/-etje/-pje/-kje (+s),
 * verb forms -t/-d/-te/-de/-ten/-den/-en/-n and the participle ge-…-t/-d (ge-ë… → e…), and "-eer" stems
 * of "-eren" verbs (escaleert → escaleren). English: -s, -es, -ies → -y, -ed, -ied → -y, -ing (with
 * undoubling and a restored final e: updating → update).
 */

export interface Stem {
  stem: string
  offset: number
}

const SUFFIXES = ['s', 'es', 'en', 'n', 'je', 'tje', 'etje', 'pje', 'kje', 'jes', 'tjes', 'etjes', 'pjes', 'kjes', 't', 'd', 'te', 'de', 'ten', 'den', 'ed', 'ing']
const DIAERESIS: Record<string, string> = { ë: 'e', ï: 'i', ü: 'u', ö: 'o', ä: 'a' }

function undouble(stem: string): string | null {
  const n = stem.length
  return n >= 4 && stem[n - 1] === stem[n - 2] && !/[aeiou]/.test(stem[n - 1]!) ? stem.slice(0, -1) : null
}

function addSuffixStems(word: string, offset: number, out: Stem[]): void {
  for (const suffix of SUFFIXES) {
    if (!word.endsWith(suffix) || word.length - suffix.length < 3) continue
    const stem = word.slice(0, -suffix.length)
    out.push({ stem, offset })
    const single = undouble(stem)
    if (single) out.push({ stem: single, offset })
    if (suffix === 'ing' || suffix === 'ed' || suffix === 'en') out.push({ stem: stem + 'e', offset })
    if (stem.endsWith('eer')) out.push({ stem: stem.slice(0, -3) + 'eren', offset })
  }
  if (word.endsWith('ies') || word.endsWith('ied')) out.push({ stem: word.slice(0, -3) + 'y', offset })
  if (word.endsWith('eer')) out.push({ stem: word.slice(0, -3) + 'eren', offset })
}

/** Candidate base forms of a lower-cased word (the word itself not included). */
export function stems(word: string): Stem[] {
  const out: Stem[] = []
  addSuffixStems(word, 0, out)
  if (word.startsWith('ge') && word.length >= 6) {
    const first = word[2]!
    const rest = (DIAERESIS[first] ?? first) + word.slice(3)
    out.push({ stem: rest, offset: 2 })
    addSuffixStems(rest, 2, out)
  }
  return out.filter((s) => s.stem.length >= 3 && s.stem !== word)
}
