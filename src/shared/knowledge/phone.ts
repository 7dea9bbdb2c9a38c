import { parsePhoneNumberFromString, type CountryCode } from 'libphonenumber-js/min'

/**
 * A phone number as typed ("06 12345678", "020-555 0101", "+32 2 555 01 01") in E.164 form
 * ("+31612345678"), reading numbers without a country code as numbers of `defaultCountry`.
 * Returns null when it is not a possible phone number.
 */
export function toE164(input: string, defaultCountry: string): string | null {
  const trimmed = input.trim()
  if (!/^[+()\d\s.-]{3,}$/.test(trimmed)) return null
  const parsed = parsePhoneNumberFromString(trimmed, defaultCountry.toUpperCase() as CountryCode)
  return parsed?.isPossible() ? parsed.number : null
}

/** "+31612345678" → "+31 6 12345678", for reading aloud and dialling by hand. */
export function formatPhone(e164: string): string {
  return parsePhoneNumberFromString(e164)?.formatInternational() ?? e164
}

/** The digits of a phone-number fragment, when the text is one ("4567", "06-1234"); else null. */
export function phoneDigits(query: string): string | null {
  const q = query.trim()
  if (!/^[+()\d\s.-]+$/.test(q)) return null
  const digits = q.replace(/\D/g, '')
  return digits.length >= 3 ? digits : null
}
