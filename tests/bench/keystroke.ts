// Keystroke-to-results latency of the search palette (Ctrl+K) in the real UI: the built browser host on a
// generated organisation, in headless Chromium. Measured inside the page with performance.now(): from the
// keydown to the first animation frame after the results list changed for the typed query.
//
//   npx tsx tests/bench/keystroke.ts      generates its own organisation first (about a minute)
import type { Page } from 'playwright-core'
import { createRandom, defaultSeed, generateOrganisation, generationFigures } from './generate'
import { isMain, ms, openConsole, percentiles, runStandalone, tempDir, type Console, type Figure, type Percentiles } from './lib'
import { contentWords } from './vocabulary'

const TARGET_KEYSTROKES = 100
const KEYSTROKE_TIMEOUT_MS = 5_000

/** What the page records per keystroke. */
interface Sample {
  key: string
  query: string
  /** keydown → first animation frame after the list changed (or, when it did not change, after the response). */
  ms: number
  /** keydown → the page sent the search request for this query (React rendered the typed character). */
  requestMs: number
  /** keydown → the search response for this query arrived in the page. */
  responseMs: number
  /** False when the new results rendered exactly as the old ones (the DOM did not change). */
  changed: boolean
}

interface Probe {
  samples: Sample[]
  /** Mutations of the list before the response for the typed query arrived (results of an older query). */
  staleRenders: number
}

declare global {
  interface Window {
    __keystrokeProbe?: Probe
  }
}

export interface KeystrokeResult {
  hostStartSeconds: number
  pageReadySeconds: number
  words: string[]
  times: Percentiles
  requestTimes: Percentiles
  responseTimes: Percentiles
  /** Response in the page → the frame after the list changed: React and Mantine rendering the results. */
  renderTimes: Percentiles
  /** p95 by the length of the query after the keystroke: 1, 2, 3 or more characters. */
  byLength: { label: string; times: Percentiles }[]
  unchanged: number
  timeouts: number
  staleRenders: number
}

/** Installed in the page once the console is ready: the probe, a fetch wrapper and a MutationObserver. */
function installProbe(): void {
  const probe: Probe = { samples: [], staleRenders: 0 }
  window.__keystrokeProbe = probe
  const input = document.querySelector<HTMLInputElement>('input.mantine-Spotlight-search')
  const list = document.querySelector('.mantine-Spotlight-actionsList')
  if (!input || !list) throw new Error('The search palette is not open')

  interface Pending {
    key: string
    query: string | null
    t0: number
    requestAt: number | null
    responseAt: number | null
    firstFrameAfterResponse: number | null
    done: boolean
  }
  let pending: Pending | null = null

  const finish = (p: Pending, end: number, changed: boolean) => {
    if (p.done) return
    p.done = true
    probe.samples.push({
      key: p.key,
      query: p.query ?? '',
      ms: end - p.t0,
      requestMs: (p.requestAt ?? end) - p.t0,
      responseMs: (p.responseAt ?? end) - p.t0,
      changed,
    })
  }

  document.addEventListener(
    'keydown',
    (event) => {
      if (event.target !== input || event.key.length !== 1 || event.ctrlKey || event.metaKey || event.altKey) return
      pending = { key: event.key, query: null, t0: performance.now(), requestAt: null, responseAt: null, firstFrameAfterResponse: null, done: false }
    },
    true,
  )

  const originalFetch = window.fetch.bind(window)
  window.fetch = async (resource: RequestInfo | URL, init?: RequestInit) => {
    const url = typeof resource === 'string' ? resource : resource instanceof URL ? resource.href : resource.url
    const isSearch = url.includes('/api/knowledge:search') && typeof init?.body === 'string'
    const query = isSearch ? ((JSON.parse(init!.body as string) as { query?: string }).query ?? '') : null
    if (pending && !pending.done && query !== null && query === input.value && pending.requestAt === null) pending.requestAt = performance.now()
    const response = await originalFetch(resource, init)
    const p = pending
    if (p && !p.done && query !== null) {
      if (query === input.value && p.responseAt === null) {
        p.query = query
        p.responseAt = performance.now()
        // If the results render exactly as before, no mutation comes: settle three frames later, counting
        // from the first frame after the response.
        let frames = 0
        const tick = () => {
          frames++
          if (frames === 1) p.firstFrameAfterResponse = performance.now()
          if (p.done) return
          if (frames >= 3) finish(p, p.firstFrameAfterResponse!, false)
          else requestAnimationFrame(tick)
        }
        requestAnimationFrame(tick)
      }
    }
    return response
  }

  new MutationObserver(() => {
    const p = pending
    if (!p || p.done) return
    if (p.responseAt === null) {
      probe.staleRenders++
      return
    }
    requestAnimationFrame(() => finish(p, performance.now(), true))
  }).observe(list, { childList: true, subtree: true, characterData: true })
}

/** Words to type: drawn from the vocabulary, about TARGET_KEYSTROKES characters in all. */
function wordsToType(seed: number): string[] {
  const random = createRandom(seed + 2)
  const candidates = contentWords.filter((w) => /^\p{L}{4,}$/u.test(w))
  const words: string[] = []
  let total = 0
  while (total < TARGET_KEYSTROKES) {
    const word = random.pick(candidates)
    words.push(word)
    total += word.length
  }
  return words
}

export async function measureKeystrokes(dataDir: string, seed = defaultSeed): Promise<KeystrokeResult> {
  let opened: Console | null = null
  try {
    opened = await openConsole(dataDir)
    const { page, hostStartSeconds, pageReadySeconds } = opened

    await page.keyboard.press('Control+K')
    await page.locator('input.mantine-Spotlight-search').waitFor({ state: 'visible' })
    await page.evaluate(installProbe)

    // Warm-up: one word, not measured.
    await page.keyboard.type('wacht', { delay: 50 })
    await page.waitForTimeout(500)
    await clear(page)
    await page.evaluate(() => {
      window.__keystrokeProbe!.samples.length = 0
      window.__keystrokeProbe!.staleRenders = 0
    })

    const words = wordsToType(seed)
    let timeouts = 0
    for (const word of words) {
      for (const character of word) {
        const before = await page.evaluate(() => window.__keystrokeProbe!.samples.length)
        await page.keyboard.type(character)
        const settled = await page
          .waitForFunction((n) => window.__keystrokeProbe!.samples.length > n, before, { timeout: KEYSTROKE_TIMEOUT_MS })
          .then(() => true)
          .catch(() => false)
        if (!settled) timeouts++
        // A short pause, as between a person's keystrokes.
        await page.waitForTimeout(40)
      }
      await clear(page)
    }

    const probe = await page.evaluate(() => window.__keystrokeProbe!)
    return {
      hostStartSeconds,
      pageReadySeconds,
      words,
      times: percentiles(probe.samples.map((s) => s.ms)),
      requestTimes: percentiles(probe.samples.map((s) => s.requestMs)),
      responseTimes: percentiles(probe.samples.map((s) => s.responseMs)),
      renderTimes: percentiles(probe.samples.filter((s) => s.changed).map((s) => s.ms - s.responseMs)),
      byLength: [
        { label: '1 char', times: percentiles(probe.samples.filter((s) => s.query.length === 1).map((s) => s.ms)) },
        { label: '2 chars', times: percentiles(probe.samples.filter((s) => s.query.length === 2).map((s) => s.ms)) },
        { label: '3+ chars', times: percentiles(probe.samples.filter((s) => s.query.length >= 3).map((s) => s.ms)) },
      ],
      unchanged: probe.samples.filter((s) => !s.changed).length,
      timeouts,
      staleRenders: probe.staleRenders,
    }
  } finally {
    if (opened) await opened.close()
  }
}

/** Empties the search field and waits until the list is empty (keystrokes with Ctrl are not measured). */
async function clear(page: Page): Promise<void> {
  await page.keyboard.press('Control+A')
  await page.keyboard.press('Backspace')
  await page.waitForFunction(() => document.querySelectorAll('.mantine-Spotlight-action').length === 0, undefined, { timeout: KEYSTROKE_TIMEOUT_MS })
  await page.waitForTimeout(100)
}

export function keystrokeFigures(r: KeystrokeResult): Figure[] {
  const b = 'keystroke (UI)'
  return [
    { benchmark: b, metric: 'host start on the generated data (incl. start-up backup)', value: `${r.hostStartSeconds.toFixed(1)} s` },
    { benchmark: b, metric: 'page load to ready', value: `${r.pageReadySeconds.toFixed(1)} s` },
    {
      benchmark: b,
      metric: `keydown → frame after results changed (n=${r.times.n}, ${r.words.length} words)`,
      value: `p50 ${ms(r.times.p50, 1)} · p95 ${ms(r.times.p95, 1)} · p99 ${ms(r.times.p99, 1)} · max ${ms(r.times.max, 1)}`,
      goal: 'p95 ≤ 50 ms',
      met: r.times.n > 0 && r.times.p95 <= 50,
    },
    {
      benchmark: b,
      metric: 'same, by query length (p50 / p95)',
      value: r.byLength.map((l) => `${l.label} (n=${l.times.n}): ${ms(l.times.p50, 1)} / ${ms(l.times.p95, 1)}`).join(' · '),
    },
    {
      benchmark: b,
      metric: 'keydown → request sent (p50 / p95)',
      value: `${ms(r.requestTimes.p50, 1)} / ${ms(r.requestTimes.p95, 1)}`,
    },
    {
      benchmark: b,
      metric: 'keydown → response in the page (p50 / p95)',
      value: `${ms(r.responseTimes.p50, 1)} / ${ms(r.responseTimes.p95, 1)}`,
    },
    {
      benchmark: b,
      metric: 'response → frame after the list changed (p50 / p95)',
      value: `${ms(r.renderTimes.p50, 1)} / ${ms(r.renderTimes.p95, 1)} (n=${r.renderTimes.n})`,
    },
    {
      benchmark: b,
      metric: 'keystrokes: unchanged list / timed out / stale renders',
      value: `${r.unchanged} / ${r.timeouts} / ${r.staleRenders}`,
    },
  ]
}

if (isMain(import.meta.url)) {
  await runStandalone('Keystroke latency', async () => {
    const generated = generateOrganisation(tempDir('keystroke'))
    const result = await measureKeystrokes(generated.dataDir)
    return [...generationFigures(generated), ...keystrokeFigures(result)]
  })
}
