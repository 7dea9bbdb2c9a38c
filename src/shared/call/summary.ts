import type { Language } from '../knowledge/entities'
import type { Impact } from './priority'

export type FormOfAddress = 'formal' | 'informal'
export type OthersAffected = 'no' | 'some' | 'everyone' | 'unknown'

/** What the agent noted during the call, mostly in the caller's own words. */
export interface Intake {
  /** What happened, in the caller's words: 'ik kan niet printen naar de printer op de tweede verdieping'. */
  what: string
  /** Since when: 'vanochtend', 'sinds maandag', 'al twee dagen', 'this morning', 'since the update'. */
  since?: string
  /** What the caller already tried: 'opnieuw opstarten', 'I restarted the laptop'. */
  tried?: string
  othersAffected?: OthersAffected
  impact?: Impact
  /** Answers to the guided questions. */
  answers?: { question: string; answer: string }[]
}

export type ReadBackClauseKind = 'problem' | 'tried' | 'others' | 'impact' | 'answer'

export interface ReadBackParts {
  /** "Dus als ik het goed begrijp:" */
  opening: string
  /** The clauses of the one sentence read aloud, in order. */
  clauses: { kind: ReadBackClauseKind; text: string }[]
  /** "Klopt dat?" */
  closing: string
  /**
   * Answers that are not a sentence of their own ('ja', 'de tweede verdieping'): they mean nothing without
   * their question, so they are not read aloud but listed for the agent, in the second person.
   */
  details: { question: string; answer: string }[]
}

const text = {
  nl: {
    opening: 'Dus als ik het goed begrijp:',
    closing: 'Klopt dat?',
    and: 'en',
    since: 'sinds',
    sinceOnly: (s: string) => `het speelt ${s}`,
    tried: (t: string, f: boolean) => `${f ? 'u hebt' : 'je hebt'} al ${t} geprobeerd`,
    others: {
      no: (f: boolean) => `bij ${f ? 'uw' : 'je'} collega's werkt het wel`,
      some: (f: boolean) => `een deel van ${f ? 'uw' : 'je'} collega's heeft hetzelfde probleem`,
      everyone: (f: boolean) => `al ${f ? 'uw' : 'je'} collega's hebben hetzelfde probleem`,
    },
    impact: {
      person: (f: boolean) => `het raakt alleen ${f ? 'u' : 'jou'}`,
      team: (f: boolean) => `het raakt ${f ? 'uw' : 'je'} hele team`,
      department: () => 'het raakt de hele afdeling',
      organisation: () => 'het raakt de hele organisatie',
    },
  },
  en: {
    opening: 'So if I understand you correctly:',
    closing: 'Is that right?',
    and: 'and',
    since: 'since',
    sinceOnly: (s: string) => `it has been going on ${s}`,
    tried: (t: string) => `you have already tried ${t}`,
    others: {
      no: () => 'it works for your colleagues',
      some: () => 'some of your colleagues have the same problem',
      everyone: () => 'all your colleagues have the same problem',
    },
    impact: {
      person: () => 'it only affects you',
      team: () => 'it affects your whole team',
      department: () => 'it affects the whole department',
      organisation: () => 'it affects the whole organisation',
    },
  },
}

// Dutch first-person present forms → [second person ("u kunt", "je kunt", "kunt u"), inverted informal ("kun je")].
const nlIrregular: Record<string, [string, string]> = {
  kan: ['kunt', 'kun'], ben: ['bent', 'ben'], heb: ['hebt', 'heb'], wil: ['wilt', 'wil'], zal: ['zult', 'zul'],
  mag: ['mag', 'mag'], ga: ['gaat', 'ga'], sta: ['staat', 'sta'], doe: ['doet', 'doe'], zie: ['ziet', 'zie'], sla: ['slaat', 'sla'],
}
const nlRegular = new Set(
  ('krijg kom werk print gebruik probeer zit weet vind hoor lees log open start bel mail stuur zoek typ klik word moet ' +
    'denk merk mis snap begrijp ontvang verstuur wacht sluit maak kijk').split(' '),
)
// Verbs that are never nouns, so they may follow "ik" at a distance: "omdat ik er niet bij kan".
const nlDistantVerbs = new Set(['kan', 'ben', 'heb', 'wil', 'zal'])
function nlVerb(stem: string): [string, string] | undefined {
  if (nlIrregular[stem]) return nlIrregular[stem]
  return nlRegular.has(stem) ? [stem.endsWith('t') ? stem : `${stem}t`, stem] : undefined
}

const nlWords: Record<string, [string, string]> = {
  ik: ['u', 'je'], mijn: ['uw', 'je'], "m'n": ['uw', 'je'], me: ['u', 'je'], mij: ['u', 'je'],
  mezelf: ['uzelf', 'jezelf'], mijzelf: ['uzelf', 'jezelf'], wij: ['jullie', 'jullie'], we: ['jullie', 'jullie'],
  ons: ['jullie', 'jullie'], onze: ['jullie', 'jullie'],
}
const enWords: Record<string, string> = {
  i: 'you', "i'm": "you're", "i've": "you've", "i'd": "you'd", "i'll": "you'll", me: 'you', my: 'your', mine: 'yours',
  myself: 'yourself', we: 'you', "we're": "you're", "we've": "you've", "we'll": "you'll", "we'd": "you'd", us: 'you',
  our: 'your', ours: 'yours', ourselves: 'yourselves',
}
const enPairs: Record<string, [string, string]> = {
  'i am': ['you', 'are'], 'i was': ['you', 'were'], "i wasn't": ['you', "weren't"], 'am i': ['are', 'you'], 'was i': ['were', 'you'],
}
const subjects = { nl: new Set(['ik', 'wij', 'we']), en: new Set(['i', "i'm", "i've", "i'd", "i'll", 'we', "we're", "we've", "we'd", "we'll"]) }

/** First words that are lowercase mid-sentence; anything else (Outlook, Finix, SAP) keeps its capital. */
const lowerStarters = new Set(
  ('u je jij jullie uw de het een er sinds vanaf al na bij als soms elke iedere alle geen nu toen dat die deze dit op in met ' +
    'niet niemand ook steeds telkens wanneer vanochtend vanmorgen vanmiddag vandaag gisteren eergisteren vorige afgelopen ' +
    "you your yours you're you've you'd you'll the a an it it's there since for from after when whenever sometimes every " +
    'each all some no nobody nothing now this that these yesterday today last ever').split(' '),
)

const WORD = /[\p{L}\p{N}]+(?:['’][\p{L}\p{N}]+)*/gu
const key = (word: string): string => word.toLowerCase().replace(/’/g, "'")
const isShouted = (word: string): boolean => word.length > 1 && word === word.toUpperCase() && word !== word.toLowerCase()
const capitalise = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1)

/**
 * The caller's first person turned into the second person towards them, word by word at word boundaries.
 * A capital survives only at the start of a sentence ("Ik kan" → "U kunt", "and I" → "and you"); words in
 * capitals (US, IT) are left alone. With `invert`, a leading "ik kan" becomes "kunt u"/"kun je", for a
 * sentence that starts with something else ("sinds vanochtend kunt u …").
 */
export function toSecondPerson(input: string, language: Language, address: FormOfAddress, invert = false): string {
  const f = address === 'formal' ? 0 : 1
  const words = input.match(WORD) ?? []
  const seps = input.split(WORD) // seps[i] precedes words[i]; seps[words.length] follows the last
  const out = [...words]
  const apostrophe = (original: string, s: string): string => (original.includes('’') ? s.replace(/'/g, '’') : s)
  let pendingNlSubject = false
  for (let i = 0; i < words.length; i++) {
    const w = words[i] ?? ''
    const next = words[i + 1]
    const sentenceStart = i === 0 || /[.!?]/.test(seps[i] ?? '')
    const closeToNext = next !== undefined && /^[^\S\n]+$/.test(seps[i + 1] ?? '') && !isShouted(next)
    if (/[.!?,;:]/.test(seps[i] ?? '') || /^(en|maar|of|want|dus)$/i.test(w)) pendingNlSubject = false
    const set = (index: number, s: string, original: string): void => {
      out[index] = apostrophe(original, index === i && sentenceStart && /^\p{Lu}/u.test(original) ? capitalise(s) : s)
    }
    if (isShouted(w)) continue
    const k = key(w)
    if (language === 'en') {
      const pair = closeToNext ? enPairs[`${k} ${key(next)}`] : undefined
      if (pair) {
        set(i, pair[0], w)
        set(i + 1, pair[1], next ?? '')
        i++
      } else if (enWords[k]) set(i, enWords[k], w)
      continue
    }
    const nk = next === undefined ? '' : key(next)
    const leading = invert && i === 0 && sentenceStart && closeToNext && subjects.nl.has(k)
    if (k === 'ik' && closeToNext && (leading || nlVerb(nk))) {
      const verb = nlVerb(nk)
      if (leading) {
        // Not a sentence start any more: the time phrase goes first.
        set(i, verb ? verb[f] : (next ?? ''), '')
        set(i + 1, f === 0 ? 'u' : 'je', '')
      } else {
        set(i, f === 0 ? 'u' : 'je', w)
        set(i + 1, verb?.[0] ?? next ?? '', next ?? '')
      }
      i++
    } else if (leading) {
      set(i, next ?? '', '')
      set(i + 1, 'jullie', '')
      i++
    } else if (closeToNext && nk === 'ik' && nlVerb(k)) {
      const verb = nlVerb(k) ?? [k, k]
      set(i, verb[f], w)
      set(i + 1, f === 0 ? 'u' : 'je', '')
      i++
    } else if (pendingNlSubject && nlDistantVerbs.has(k)) {
      set(i, nlVerb(k)?.[0] ?? k, w)
      pendingNlSubject = false
    } else if (nlWords[k]) {
      set(i, nlWords[k][f], w)
      if (k === 'ik') pendingNlSubject = true
    }
  }
  return seps.map((sep, i) => sep + (out[i] ?? '')).join('')
}

/** Whitespace collapsed, no space before punctuation, no doubled commas. */
function tidy(s: string): string {
  return s
    .replace(/\s+/g, ' ')
    .replace(/\s+([,.;:!?])/g, '$1')
    .replace(/,(\s*,)+/g, ',')
    .trim()
}

/** A part as the caller said it, without the punctuation around it. */
function clean(s: string | undefined): string {
  return tidy(s ?? '')
    .replace(/^[\s,;:.…–—-]+/, '')
    .replace(/[\s,;:.!?…–—-]+$/, '')
}

/** Lowercase the first word when it is an ordinary word; names keep their capital. */
function lowerStart(s: string): string {
  const first = s.match(WORD)?.[0]
  return first && s.startsWith(first) && lowerStarters.has(key(first)) ? s.charAt(0).toLowerCase() + s.slice(1) : s
}

function startsWithSubject(s: string, language: Language): boolean {
  const first = s.match(WORD)?.[0]
  return !!first && s.startsWith(first) && subjects[language].has(key(first))
}

function sincePhrase(since: string, language: Language): string {
  const keep = language === 'nl' ? /^(sinds|sedert|vanaf|al|na|nadat|toen)\b/i : /^(since|for|from|after|ever|starting|when)\b/i
  const s = lowerStart(since)
  return keep.test(s) ? s : `${text[language].since} ${s}`
}

/** The read-back as parts, so the UI can show each one; `readBack` joins them. */
export function readBackParts(intake: Intake, language: Language, address: FormOfAddress): ReadBackParts {
  const t = text[language]
  const formal = address === 'formal'
  const convert = (s: string, invert = false): string => lowerStart(toSecondPerson(s, language, address, invert))
  const clauses: ReadBackParts['clauses'] = []
  const details: ReadBackParts['details'] = []

  const what = clean(intake.what)
  const since = clean(intake.since) ? sincePhrase(convert(clean(intake.since)), language) : ''
  let problem = convert(what)
  if (what && since) {
    // Dutch puts the verb second: "sinds vanochtend kunt u …". Only a leading "ik …" can be turned
    // around safely; any other sentence gets the time at the end: "de printer doet het niet, sinds vanochtend".
    if (language === 'en') problem = `${since} ${problem}`
    else if (startsWithSubject(what, 'nl')) problem = `${since} ${convert(what, true)}`
    else problem = `${problem}, ${since}`
  } else if (since) problem = t.sinceOnly(since)
  if (problem) clauses.push({ kind: 'problem', text: problem })

  const tried = clean(intake.tried)
  if (tried) clauses.push({ kind: 'tried', text: startsWithSubject(tried, language) ? convert(tried) : t.tried(convert(tried), formal) })

  const others = intake.othersAffected
  if (others && others !== 'unknown') clauses.push({ kind: 'others', text: t.others[others](formal) })

  // "Only you" says nothing new after "it works for your colleagues".
  if (intake.impact && !(intake.impact === 'person' && others === 'no')) {
    clauses.push({ kind: 'impact', text: t.impact[intake.impact](formal) })
  }

  for (const { question, answer } of intake.answers ?? []) {
    const a = clean(answer)
    if (!a) continue
    if (startsWithSubject(a, language)) clauses.push({ kind: 'answer', text: convert(a) })
    else details.push({ question: tidy(question), answer: convert(a) })
  }

  return { opening: t.opening, clauses: clauses.map((c) => ({ ...c, text: tidy(c.text) })), closing: t.closing, details }
}

/**
 * The summary the agent reads aloud to check they understood, in the caller's language and the
 * organisation's form of address: "Dus als ik het goed begrijp: sinds vanochtend kunt u niet printen …,
 * en bij uw collega's werkt het wel. Klopt dat?". Empty when there is nothing to read back.
 */
export function readBack(intake: Intake, language: Language, address: FormOfAddress): string {
  const { opening, clauses, closing } = readBackParts(intake, language, address)
  if (clauses.length === 0) return ''
  const texts = clauses.map((c) => c.text)
  const last = texts.pop() ?? ''
  const body = texts.length > 0 ? `${texts.join(', ')}, ${text[language].and} ${last}` : last
  return tidy(`${opening} ${body}. ${closing}`)
}
