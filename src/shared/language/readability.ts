import type { Readability } from './check'
import { countSyllables } from './syllables'
import { sentences, words, type Word } from './text'

/**
 * Readability of a whole text.
 *
 * English: Flesch Reading Ease, 206.835 − 1.015 × (words / sentences) − 84.6 × (syllables / words).
 * Dutch: Flesch–Douma, 206.84 − 0.77 × (syllables per 100 words) − 0.93 × (words / sentences).
 * The score is rounded to two decimals and not clipped (very short words can push it past 100).
 *
 * Labels: 60 and up is "easy" (what the servicedesk aims for when talking to callers), 40 up to 60
 * "fairly easy", below 40 "hard".
 *
 * Counting (see text.ts for splitting): a number or time counts as one word with one syllable per group
 * of digits ("12:00" has two); an e-mail or web address as one word with the syllables of its letter
 * parts; a dotted abbreviation as one word with a syllable per letter ("z.s.m." has three).
 */
export function wordSyllables(word: Word, language: 'nl' | 'en'): number {
  switch (word.kind) {
    case 'number':
      return word.text.match(/\p{N}+/gu)?.length ?? 1
    case 'abbreviation':
      return Math.max(1, word.text.replace(/[^\p{L}]/gu, '').length)
    case 'address':
      return (word.text.match(/\p{L}+/gu) ?? []).reduce((sum, part) => sum + countSyllables(part, language), 0) || 1
    default:
      return countSyllables(word.text, language)
  }
}

export function readabilityLabel(score: number): Readability['label'] {
  return score >= 60 ? 'easy' : score >= 40 ? 'fairly-easy' : 'hard'
}

const round2 = (n: number): number => Math.round(n * 100) / 100

export function readability(text: string, language: 'nl' | 'en'): Readability | null {
  let wordCount = 0
  let sentenceCount = 0
  let syllables = 0
  for (const sentence of sentences(text)) {
    const inSentence = words(text, sentence.start, sentence.end)
    if (inSentence.length === 0) continue
    sentenceCount++
    wordCount += inSentence.length
    for (const w of inSentence) syllables += wordSyllables(w, language)
  }
  if (wordCount === 0) return null
  const wordsPerSentence = wordCount / sentenceCount
  const score =
    language === 'nl'
      ? 206.84 - 0.77 * ((syllables / wordCount) * 100) - 0.93 * wordsPerSentence
      : 206.835 - 1.015 * wordsPerSentence - 84.6 * (syllables / wordCount)
  const rounded = round2(score)
  return { score: rounded, label: readabilityLabel(rounded), words: wordCount, sentences: sentenceCount, syllables, formula: language === 'nl' ? 'flesch-douma' : 'flesch' }
}
