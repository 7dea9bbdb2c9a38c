import type { TextIssue } from './check'
import type { Span } from './text'

/**
 * Officialese, vague promises and bare refusals, from word lists.
 *
 * Patterns are matched on whole words without regard to case; a space in a pattern stands for any white
 * space, and " ?" for none or some ("er ?mee" is "ermee" or "er mee"). Inflection-tolerant forms are written into the patterns ("ermee"/"er mee", "we"/"wij",
 * "we'll"/"we will", both apostrophes).
 *
 * Vague promises are of two kinds. Vague times ("zo snel mogelijk", "binnenkort", "asap", "soon") are
 * always flagged. Promises of action without a moment ("we kijken ernaar", "I'll let you know") are
 * flagged only when their sentence names no concrete moment: a clock time, a date, a weekday,
 * today/tomorrow, or "within two hours"-style durations. "U hoort vóór 12:00 van mij" is concrete.
 *
 * A refusal ("kan niet", "mag niet", "is niet mogelijk", "not possible", "not allowed", "can't be done")
 * that closes its clause (or ends in a verb of giving or doing: "kunnen we niet geven") is bare when neither its sentence nor the next one gives a reason
 * ("omdat", "want", "doordat", "daardoor", "zodat", "vanwege", "aangezien", "reden"; "because", "since",
 * "as", "so that", "due to", "reason").
 */

interface Pattern {
  re: RegExp
  replacement?: string
}

const A = "['’]"
function pattern(source: string, replacement?: string): Pattern {
  const body = source.replace(/ \?/g, '\\s*').replace(/ /g, '\\s+').replace(/'/g, A)
  return { re: new RegExp(`(?<![\\p{L}\\p{N}])(?:${body})(?![\\p{L}\\p{N}])`, 'giu'), ...(replacement !== undefined ? { replacement } : {}) }
}
const list = (entries: Array<[string, string?]>): Pattern[] => entries.map(([s, r]) => pattern(s, r))

const OFFICIALESE: Record<'nl' | 'en', Pattern[]> = {
  nl: list([
    ['derhalve', 'daarom'], ['indien', 'als'], ['dient te', 'moet'], ['dienen te', 'moeten'], ['diende te', 'moest'], ['(?:dient|dienen|diende)(?=(?: [\\p{L}\\p{N}]+){1,8} te )'],
    ['teneinde|ten einde', 'om'], ['middels', 'met'], ['alsmede', 'en'], ['ten behoeve van', 'voor'], ['inzake', 'over'], ['conform', 'volgens'],
    ['reeds', 'al'], ['thans', 'nu'], ['(?<!verklaring )omtrent', 'over'], ['aangaande', 'over'], ['onderhavige?', 'deze'], ['gelieve'], ['doch', 'maar'],
    ['echter'], ['betreffende'], ['ten aanzien van', 'over'], ['met betrekking tot', 'over'], ['in het kader van'],
    ['hieromtrent', 'hierover'], ['voornoemde?', 'deze'], ['desalniettemin|niettemin', 'toch'], ['mits', 'als'], ['tevens', 'ook'],
    ['wellicht', 'misschien'], ['nochtans', 'toch'], ['zulks', 'dat'], ['dusdanig', 'zo'], ['geenszins', 'helemaal niet'], ['ingevolge', 'volgens'],
    ['vooralsnog', 'voorlopig'], ['terstond|onverwijld|per omgaande', 'meteen'], ['in casu', 'hier'], ['bijgaand', 'hierbij'], ['hetgeen', 'wat'],
    ['aldus', 'zo'], ['ten gevolge van', 'door'], ['alvorens', 'voordat'], ['ondergetekende', 'ik'], ['ter attentie van'], ['zijnde'],
  ]),
  en: list([
    ['hereby'], ['herewith'], ['herein'], ['pursuant to', 'under'], ['in accordance with', 'in line with'], ['aforementioned|aforesaid', 'this'],
    ['henceforth', 'from now on'], ['notwithstanding', 'despite'], ['kindly be advised|please be advised'], ['at this point in time', 'now'],
    ['with regard to|with regards to|with respect to|in relation to|in respect of', 'about'], ['prior to', 'before'], ['subsequent to', 'after'],
    ['in the event that', 'if'], ['in order to', 'to'], ['commence', 'start'], ['commenced', 'started'], ['utili[sz]e', 'use'], ['utili[sz]ed', 'used'],
    ['endeavou?r', 'try'], ['facilitate', 'help'], ['hitherto|heretofore', 'until now'], ['forthwith', 'at once'], ['inasmuch as', 'because'],
    ['in lieu of', 'instead of'], ['with a view to', 'to'], ['per your request', 'as you asked'], ['due to the fact that', 'because'],
    ['at your earliest convenience', 'when you can'], ['thereof|whereof|whereby|therein'], ['we regret to inform you'], ['kindly'],
  ]),
}

const VAGUE_TIME: Record<'nl' | 'en', Pattern[]> = {
  nl: list([
    ['zo snel mogelijk|zo spoedig mogelijk|zo vlug mogelijk|zo gauw mogelijk'], ['z\\.s\\.m\\.?|zsm'], ['binnenkort'], ['op korte termijn'],
    ['op termijn'], ['spoedig'], ['a\\.s\\.a\\.p\\.?|asap'], ['een dezer dagen'], ['zodra het kan'],
  ]),
  en: list([
    ['as soon as possible|as soon as we can|as soon as I can'], ['a\\.s\\.a\\.p\\.?|asap'], ['shortly'], ['(?<!(?:as|too|how|so|very) )soon(?! as)'], ['in due course'],
    ['in the near future'], ['at some point'], ['one of these days'], ['before long'],
  ]),
}

const WE_NL = '(?:we|wij|ik)'
const VAGUE_ACTION: Record<'nl' | 'en', Pattern[]> = {
  nl: list([
    [`(?:${WE_NL} (?:gaan|ga|zullen|zal)|(?:gaan|ga|zullen|zal) ${WE_NL}) (?:er ?mee |hier ?mee |daar ?mee |er (?:[\\p{L}]+ ){1,2}mee )?(?:[\\p{L}]+ ){0,2}aan de slag`],
    [`(?:${WE_NL} (?:pakken|pak)|(?:pakken|pak) ${WE_NL}) (?:het|dit|dat|uw [\\p{L}]+|je [\\p{L}]+|de [\\p{L}]+)(?: [\\p{L}]+){0,2} op`],
    [`(?:${WE_NL} (?:kijken|kijk|gaan|ga|zullen|zal)|(?:kijken|kijk|gaan|ga|zullen|zal) ${WE_NL}) (?:er ?naar|hier ?naar|daar ?naar|er (?:[\\p{L}]+ ){1,2}naar)(?: kijken)?`],
    [`(?:${WE_NL} (?:laat|laten)|(?:laat|laten) ${WE_NL}) (?:[\\p{L}]+ ){0,3}weten`],
    ['we houden u op de hoogte|we houden je op de hoogte|ik hou u op de hoogte|ik hou je op de hoogte|ik houd u op de hoogte|ik houd je op de hoogte'],
    ['we komen erop terug|we komen er op terug|ik kom erop terug|ik kom er op terug|ik kom er nog op terug|we komen er nog op terug'],
  ]),
  en: list([
    ["(?:we|I)(?:'ll| will|'re going to| are going to|'m going to| am going to)(?: have a)? look (?:into|at) (?:it|this|that)"],
    ["(?:we|I)(?:'re| are|'m| am) (?:looking into|working on|on) (?:it|this|that)"],
    ["(?:we|I)(?:'ll| will) (?:get back to you|let you know|keep you (?:posted|updated|informed)|pick (?:it|this|that) up|sort (?:it|this|that) out)"],
    ["(?:we|I)(?:'ll| will) (?:be in touch|follow up)"],
  ]),
}

const POLICY: Record<'nl' | 'en', Pattern[]> = {
  nl: list([
    ['(?:dat|het|dit) is (?:nu eenmaal )?(?:ons |het )?beleid'], ['omdat het (?:nu eenmaal )?(?:ons )?beleid is'], ['(?:dat|het) is nu eenmaal zo'],
    ['(?:dat|het) zijn (?:nu eenmaal )?de regels'], ['regels zijn regels'], ['het beleid is nu eenmaal zo'], ['volgens het beleid'],
  ]),
  en: list([
    ["(?:that|it|this)(?:'s| is) (?:just )?(?:our |the |company )?policy"], ["because (?:it|that)(?:'s| is) (?:our |the |company )?policy"],
    ['(?:those|these) are the rules'], ['rules are rules'], ["(?:that|it)(?:'s| is) just (?:the way it is|how it is)"], ['company policy'],
  ]),
}

const END = '(?=\\s*(?:[.!?;:,)]|$|\\n))'
const REFUSAL: Record<'nl' | 'en', Pattern[]> = {
  nl: list([
    [`(?:kan|kunnen|mag|mogen)(?: (?:we|wij|ik|u|je|jij|het|dat))?(?: (?:helaas|echt|gewoon|nu|zomaar|dus|nog|ook))* niet(?: (?:doen|geven|regelen|toestaan|toekennen|maken|leveren|installeren|aanpassen|wijzigen|veranderen|vrijgeven))?${END}`],
    [`(?:is|zijn)(?: (?:helaas|echt|gewoon|nu|dus|ook))* niet (?:mogelijk|toegestaan|de bedoeling)${END}`],
  ]),
  en: list([
    [`(?:not|isn't|aren't|wasn't) (?:possible|allowed|permitted)${END}`],
    [`(?:can't|cannot|can not) be done`],
    [`(?:we|I|you) (?:can't|cannot|can not|are not allowed to|aren't allowed to)(?: do (?:that|this|it))?${END}`],
  ]),
}

const REASON: Record<'nl' | 'en', RegExp> = {
  nl: /(?<![\p{L}])(?:omdat|want|doordat|daardoor|zodat|vanwege|aangezien|namelijk|reden|redenen)(?![\p{L}])/iu,
  en: /(?<![\p{L}])(?:because|since|as|so that|due to|reason|reasons)(?![\p{L}])/iu,
}

const MONTHS = 'januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december|january|february|march|may|june|july|august|october'
const CONCRETE = new RegExp(
  [
    '\\d{1,2}[:.]\\d{2}(?!\\d)',
    '\\d{1,2} ?(?:uur|u|am|pm|a\\.m\\.|p\\.m\\.)(?![\\p{L}])',
    "(?<![\\p{L}])(?:maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag|monday|tuesday|wednesday|thursday|friday|saturday|sunday)(?![\\p{L}])",
    `\\d{1,2}(?:st|nd|rd|th)? (?:${MONTHS})(?![\\p{L}])`,
    `(?<![\\p{L}])(?:${MONTHS}) \\d{1,2}(?![\\d])`,
    '\\d{1,2}[-/]\\d{1,2}(?:[-/]\\d{2,4})?',
    '(?<![\\p{L}])(?:vandaag|morgen|overmorgen|vanmiddag|vanavond|vanochtend|vanmorgen|today|tomorrow|tonight|noon)(?![\\p{L}])',
    '(?<![\\p{L}])(?:this (?:morning|afternoon|evening)|end of (?:the )?day|einde van de dag|eind van de dag)(?![\\p{L}])',
    '(?<![\\p{L}])(?:binnen|within) (?:\\d+|een|één|twee|drie|vier|vijf|an?|one|two|three|four|five|the) (?:uur|minuten|kwartier|werkdag|werkdagen|dag|dagen|hours?|minutes?|working days?|days?|hour)(?![\\p{L}])',
  ].join('|'),
  'iu',
)

function matches(text: string, patterns: Pattern[], kind: TextIssue['kind']): TextIssue[] {
  const out: TextIssue[] = []
  for (const p of patterns) {
    for (const m of text.matchAll(p.re)) {
      const start = m.index ?? 0
      const issue: TextIssue = { kind, start, end: start + m[0].length, text: m[0] }
      if (p.replacement !== undefined) issue.replacement = p.replacement
      out.push(issue)
    }
  }
  return out
}

/** Officialese, vague and bare-refusal issues; each pattern runs once over the whole text. */
export function phraseIssues(text: string, spans: Span[], language: 'nl' | 'en'): TextIssue[] {
  const sentenceOf = (at: number): number => {
    let lo = 0
    let hi = spans.length - 1
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1
      if (spans[mid]!.start <= at) lo = mid
      else hi = mid - 1
    }
    return lo
  }
  const sentenceText = (i: number): string => (spans[i] ? text.slice(spans[i].start, spans[i].end) : '')
  const out: TextIssue[] = [
    ...matches(text, OFFICIALESE[language], 'officialese'),
    ...matches(text, VAGUE_TIME[language], 'vague'),
    ...matches(text, POLICY[language], 'vague'),
    ...matches(text, VAGUE_ACTION[language], 'vague').filter((issue) => !CONCRETE.test(sentenceText(sentenceOf(issue.start)))),
    ...matches(text, REFUSAL[language], 'bare-refusal').filter((issue) => {
      const i = sentenceOf(issue.start)
      return !REASON[language].test(sentenceText(i)) && !REASON[language].test(sentenceText(i + 1))
    }),
  ]
  return longestPerKind(out)
}

/** Within one kind, overlapping hits keep the longest ("as soon as possible" over "soon"). */
function longestPerKind(issues: TextIssue[]): TextIssue[] {
  const sorted = [...issues].sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start)
  const kept: TextIssue[] = []
  for (const issue of sorted) if (!kept.some((k) => k.kind === issue.kind && issue.start < k.end && k.start < issue.end)) kept.push(issue)
  return kept
}
