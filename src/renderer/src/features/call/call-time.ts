/** Times on the call screen: the running timer, and the callback time typed as a local date and time. */

/** "4:07", "1:02:09": minutes and seconds, hours only when needed. */
export function formatDuration(ms: number): string {
  const total = Math.max(0, Math.floor(ms / 1000))
  const h = Math.floor(total / 3600)
  const m = Math.floor((total % 3600) / 60)
  const s = total % 60
  const two = (n: number): string => String(n).padStart(2, '0')
  return h > 0 ? `${h}:${two(m)}:${two(s)}` : `${m}:${two(s)}`
}

/** How long the call has run: from the start to its end, or to now while it goes on. */
export function elapsedMs(startedAt: string, endedAt: string | null, now: number): number {
  const end = endedAt ? Date.parse(endedAt) : now
  return Math.max(0, end - Date.parse(startedAt))
}

/** Milliseconds the zone is ahead of UTC at this instant. */
function zoneOffset(instant: number, timeZone: string): number {
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone,
    hourCycle: 'h23',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
  }).formatToParts(new Date(instant))
  const get = (type: string): number => Number(parts.find((p) => p.type === type)?.value ?? 0)
  const asUtc = Date.UTC(get('year'), get('month') - 1, get('day'), get('hour'), get('minute'), get('second'))
  return asUtc - Math.floor(instant / 1000) * 1000
}

/**
 * A date ("2026-11-28") and time ("11:00") on the organisation's clock as an ISO instant; null when either
 * is missing or not a real date or time.
 */
export function localToIso(date: string, time: string, timeZone: string): string | null {
  const d = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date)
  const t = /^([01]\d|2[0-3]):([0-5]\d)$/.exec(time)
  if (!d || !t) return null
  const [year, month, day] = [Number(d[1]), Number(d[2]), Number(d[3])]
  const guess = Date.UTC(year, month - 1, day, Number(t[1]), Number(t[2]))
  const check = new Date(guess)
  if (check.getUTCMonth() !== month - 1 || check.getUTCDate() !== day) return null
  // Twice, so a time just after a daylight-saving switch lands on the right side of it.
  let instant = guess - zoneOffset(guess, timeZone)
  instant = guess - zoneOffset(instant, timeZone)
  return new Date(instant).toISOString()
}

/** An ISO instant as a date and time on the organisation's clock, for the inputs. */
export function isoToLocal(iso: string | null, timeZone: string): { date: string; time: string } {
  if (!iso || Number.isNaN(Date.parse(iso))) return { date: '', time: '' }
  const local = new Date(Date.parse(iso) + zoneOffset(Date.parse(iso), timeZone)).toISOString()
  return { date: local.slice(0, 10), time: local.slice(11, 16) }
}
