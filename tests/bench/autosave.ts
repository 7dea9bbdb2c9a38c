// Autosave of a call draft. (a) What one save costs in the service: saveDraft on a database that already
// holds many finished calls, for a realistic draft, and the same save through the browser host's API.
// (b) That typing never waits on it: a problem description typed into the call page's "what happened"
// field in headless Chromium at a person's pace while autosave runs, with the latency of every keystroke
// measured inside the page (keydown → first animation frame after the field's value changed), the saves
// that went out meanwhile, and the stored text read back afterwards. The typing is done twice: as the
// console runs, and with every save held up on the server side by another process that keeps taking the
// database's write lock (the host waits for it), so a slow save would show in the keystrokes if typing
// waited on it.
//
//   npx tsx tests/bench/autosave.ts      generates its own organisation first (about a minute)
import { spawn, type ChildProcess } from 'node:child_process'
import { join } from 'node:path'
import { DATABASE_FILE } from '../../src/main/runtime'
import { openDatabase } from '../../src/main/db/open'
import { saveDraft, startCall } from '../../src/main/services/calls'
import { callDraftSchema, type CallDraft, type CallRecord } from '../../src/shared/call/record'
import { createRandom, defaultSeed, generateOrganisation, generationFigures, type Random } from './generate'
import { callHost, isMain, migrationsFolder, ms, openConsole, percentiles, root, runStandalone, tempDir, type Console, type Figure, type Host, type Percentiles } from './lib'
import { contentWords, functionWords } from './vocabulary'

const FINISHED_CALLS = 20_000
const SERVICE_SAVES = 1_000
const HOST_SAVES = 200
const TYPED_CHARACTERS = 400
/** Pause between keystrokes, as a person types: drawn from this range for every key. */
const KEY_GAP_MS = [30, 60] as const
/** The slowed run: another process takes the write lock for this long, lets go for the gap, and again. */
const LOCK_HOLD_MS = 400
const LOCK_GAP_MS = 100
const SAVE_TIMEOUT_MS = 15_000

// ---------------------------------------------------------------------------------------------- service

function sentence(random: Random, words: number): string {
  const out: string[] = []
  for (let i = 0; i < words; i++) out.push(random.chance(0.4) ? random.pick(functionWords) : random.pick(contentWords))
  const text = out.join(' ')
  return `${text.charAt(0).toUpperCase()}${text.slice(1)}.`
}

function paragraph(random: Random, minChars: number): string {
  const parts: string[] = []
  while (parts.join(' ').length < minChars) parts.push(sentence(random, random.int(6, 14)))
  return parts.join(' ')
}

interface Reference {
  personId: string
  personName: string
  number: string
  departmentId: string
  applicationId: string
}

/** People with a number and a department, and an application, to fill drafts with. */
function references(sqlite: import('better-sqlite3').Database, count: number): Reference[] {
  const applications = (sqlite.prepare('SELECT id FROM applications ORDER BY id').all() as { id: string }[]).map((a) => a.id)
  const people = sqlite
    .prepare(
      `SELECT p.id AS personId, p.name AS personName, MIN(ph.number) AS number, p.department_id AS departmentId
         FROM people p JOIN person_phones ph ON ph.person_id = p.id
        WHERE p.department_id IS NOT NULL GROUP BY p.id ORDER BY p.id LIMIT ?`,
    )
    .all(count) as Omit<Reference, 'applicationId'>[]
  return people.map((p, i) => ({ ...p, applicationId: applications[i % applications.length]! }))
}

/** A draft as an agent has it halfway through a call: caller, a few hundred characters, answers, priority. */
function realisticDraft(random: Random, ref: Reference, what: string): CallDraft {
  return callDraftSchema.parse({
    caller: { personId: ref.personId, phone: ref.number, language: 'nl' },
    departmentId: ref.departmentId,
    intake: { what, since: 'Sinds vanochtend 9 uur', tried: paragraph(random, 100), othersAffected: 'some', impact: 'team', urgency: 'high' },
    applicationId: ref.applicationId,
    category: 'printer',
    answers: { 'which-printer': 'Printer 2e verdieping oost', 'others-can-print': 'no', 'error-on-screen': 'yes', 'error-text': 'Papierstoring lade 2', 'since-when': 'vanochtend' },
    phase: 'explore',
    priority: { suggested: 'P2', reason: 'Een team kan niet verder en het is dringend.', chosen: 'P2' },
  })
}

/** Fills the calls table with finished calls, spread over the past year, in one transaction. */
function insertFinishedCalls(sqlite: import('better-sqlite3').Database, refs: Reference[], count: number, random: Random): void {
  const insert = sqlite.prepare(
    `INSERT INTO calls (id, status, source, phone_number, started_at, ended_at, finished_at, draft, answered, caller_person_id, caller_name, notes,
                        department_id, category, outcome, priority, search_text, created_at, updated_at)
     VALUES (?, 'finished', ?, ?, ?, ?, ?, ?, '[]', ?, ?, ?, ?, 'printer', 'resolved', ?, ?, ?, ?)`,
  )
  const start = Date.parse('2025-11-27T08:00:00Z')
  sqlite.transaction(() => {
    for (let i = 0; i < count; i++) {
      const ref = refs[i % refs.length]!
      const draft = realisticDraft(random, ref, paragraph(random, random.int(120, 500)))
      const notes = paragraph(random, 80)
      const finished = { ...draft, phase: 'close' as const, outcome: { ...draft.outcome, kind: 'resolved' as const, notes } }
      const began = new Date(start + i * 26 * 60_000)
      const ended = new Date(began.getTime() + random.int(2, 15) * 60_000).toISOString()
      const search = [ref.personName, ref.number, draft.intake.what, draft.intake.tried, notes].join(' ').toLowerCase()
      insert.run(random.uuid(), random.chance(0.7) ? 'phone' : 'manual', ref.number, began.toISOString(), ended, ended, JSON.stringify(finished), ref.personId, ref.personName, notes, ref.departmentId, 'P2', search, began.toISOString(), ended)
    }
  })()
}

export interface ServiceSaveResult {
  finishedCalls: number
  insertSeconds: number
  draftChars: number
  saves: Percentiles
}

/** Adds the finished calls to the organisation in `dataDir` and times saveDraft on one open call. */
export function measureServiceSaves(dataDir: string, seed = defaultSeed): ServiceSaveResult {
  const random = createRandom(seed + 7)
  const opened = openDatabase({ file: join(dataDir, DATABASE_FILE), migrationsFolder })
  try {
    const refs = references(opened.sqlite, 500)
    const inserted = performance.now()
    insertFinishedCalls(opened.sqlite, refs, FINISHED_CALLS, random)
    const insertSeconds = (performance.now() - inserted) / 1000
    opened.sqlite.pragma('wal_checkpoint(TRUNCATE)')

    const ref = refs[0]!
    const { call } = startCall(opened.db, { source: 'phone', number: ref.number })
    // The problem description grows as it is typed; every save carries the whole draft.
    const full = paragraph(random, 400)
    const drafts = Array.from({ length: SERVICE_SAVES + 20 }, (_, i) => realisticDraft(random, ref, full.slice(0, 200 + (i % 200))))
    const times: number[] = []
    drafts.forEach((draft, i) => {
      const t0 = performance.now()
      saveDraft(opened.db, call.id, draft)
      if (i >= 20) times.push(performance.now() - t0)
    })
    return { finishedCalls: FINISHED_CALLS, insertSeconds, draftChars: JSON.stringify(drafts.at(-1)).length, saves: percentiles(times) }
  } finally {
    opened.close()
  }
}

// --------------------------------------------------------------------------------------------------- UI

interface SaveSeen {
  start: number
  end: number | null
  whatLength: number
}

interface TypingProbe {
  /** keydown → first animation frame after the field's value changed, per keystroke. */
  samples: number[]
  /** keydown → the input event was handled (React re-rendered the field). */
  handled: number[]
  saves: SaveSeen[]
  firstKeyAt: number | null
  lastFrameAt: number | null
}

declare global {
  interface Window {
    __typingProbe?: TypingProbe
  }
}

/** Installed in the page on the call: times keystrokes in the "what happened" field and watches the saves. */
function installTypingProbe(): void {
  const field = document.querySelector<HTMLTextAreaElement>('#call-intake-what')
  if (!field) throw new Error('The "what happened" field is not on the page')
  const probe: TypingProbe = { samples: [], handled: [], saves: [], firstKeyAt: null, lastFrameAt: null }
  window.__typingProbe = probe
  let pending: { t0: number; length: number } | null = null
  field.addEventListener(
    'keydown',
    (event) => {
      if (event.key.length !== 1 || event.ctrlKey || event.metaKey || event.altKey) return
      const t0 = performance.now()
      probe.firstKeyAt ??= t0
      pending = { t0, length: field.value.length }
    },
    true,
  )
  // On the document, so it runs after React's own listener on its root: the field has re-rendered.
  document.addEventListener('input', (event) => {
    const p = pending
    if (event.target !== field || !p) return
    pending = null
    probe.handled.push(performance.now() - p.t0)
    requestAnimationFrame(() => {
      const now = performance.now()
      if (field.value.length !== p.length) probe.samples.push(now - p.t0)
      probe.lastFrameAt = now
    })
  })
  const originalFetch = window.fetch.bind(window)
  window.fetch = async (resource: RequestInfo | URL, init?: RequestInit) => {
    const url = typeof resource === 'string' ? resource : resource instanceof URL ? resource.href : resource.url
    if (!url.includes('/api/calls:save-draft') || typeof init?.body !== 'string') return originalFetch(resource, init)
    const body = JSON.parse(init.body) as { draft?: { intake?: { what?: string } } }
    const seen: SaveSeen = { start: performance.now(), end: null, whatLength: body.draft?.intake?.what?.length ?? 0 }
    probe.saves.push(seen)
    try {
      return await originalFetch(resource, init)
    } finally {
      seen.end = performance.now()
    }
  }
}

/** What a person types: ordinary words and punctuation, exactly `length` characters. */
function problemText(seed: number, length: number): string {
  const random = createRandom(seed + 11)
  const words = [...contentWords, ...functionWords].filter((w) => /^[a-z]+$/.test(w))
  let text = 'Printer op de tweede verdieping geeft een storing'
  while (text.length < length + 20) text += random.chance(0.12) ? `. ${random.pick(words)}` : random.chance(0.08) ? `, ${random.pick(words)}` : ` ${random.pick(words)}`
  return text.slice(0, length).trimEnd().padEnd(length, '.')
}

export interface TypingResult {
  label: string
  keystrokes: Percentiles
  handled: Percentiles
  /** Saves sent between the first keystroke and the frame after the last one. */
  savesWhileTyping: number
  savesInAll: number
  /** Time between the starts of consecutive saves while typing. */
  saveInterval: Percentiles
  /** Saves whose problem description was the same as the save before (sent for another change). */
  repeatedSaves: number
  /** Round trip of a save as the page saw it. */
  saveRoundTrip: Percentiles
  typingSeconds: number
  /** The stored draft (read back with calls:get) holds exactly the typed text. */
  lastSaveComplete: boolean
  storedLength: number
}

/**
 * Starts a call for a known caller, opens it, runs `beforeTyping`, types the text into "what happened"
 * and reads it back.
 */
async function typeIntoCall(opened: Console, label: string, number: string, text: string, seed: number, beforeTyping?: () => Promise<void>): Promise<TypingResult> {
  const { page, host } = opened
  const started = await callHost<CallRecord>(host, 'calls:start', { number })
  await page.evaluate((id) => {
    window.location.hash = `#/calls/${id}`
  }, started.id)
  const field = page.locator('#call-intake-what')
  await field.waitFor({ state: 'visible', timeout: 30_000 })
  await page.locator('[data-testid="department-card"]').waitFor({ timeout: 30_000 })
  await field.click()
  await page.waitForTimeout(500)
  await page.evaluate(installTypingProbe)
  await beforeTyping?.()

  const random = createRandom(seed + 13)
  const typingStarted = performance.now()
  for (const character of text) {
    await page.keyboard.type(character)
    await page.waitForTimeout(random.int(KEY_GAP_MS[0], KEY_GAP_MS[1]))
  }
  const typingSeconds = (performance.now() - typingStarted) / 1000
  // Every keystroke has had its frame; then the last save has to be answered.
  await page.waitForFunction((n) => window.__typingProbe!.samples.length >= n, text.length, { timeout: SAVE_TIMEOUT_MS }).catch(() => {})
  const typingEnded = await page.evaluate(() => window.__typingProbe!.lastFrameAt ?? performance.now())
  await page.waitForFunction(
    (length) => {
      const saves = window.__typingProbe!.saves
      const state = document.querySelector('[data-testid="call-save-state"]')?.getAttribute('data-state')
      return state === 'saved' && saves.length > 0 && saves.every((s) => s.end !== null) && saves.at(-1)!.whatLength === length
    },
    text.length,
    { timeout: SAVE_TIMEOUT_MS },
  )
  const probe = await page.evaluate(() => window.__typingProbe!)
  const stored = await callHost<CallRecord>(host, 'calls:get', { id: started.id })
  const firstKey = probe.firstKeyAt ?? 0
  const whileTyping = probe.saves.filter((s) => s.start >= firstKey && s.start <= typingEnded)
  return {
    label,
    keystrokes: percentiles(probe.samples),
    handled: percentiles(probe.handled),
    savesWhileTyping: whileTyping.length,
    savesInAll: probe.saves.length,
    saveInterval: percentiles(whileTyping.slice(1).map((s, i) => s.start - whileTyping[i]!.start)),
    repeatedSaves: probe.saves.filter((s, i) => i > 0 && s.whatLength === probe.saves[i - 1]!.whatLength).length,
    saveRoundTrip: percentiles(probe.saves.map((s) => s.end! - s.start)),
    typingSeconds,
    lastSaveComplete: stored.draft.intake.what === text,
    storedLength: stored.draft.intake.what.length,
  }
}

/**
 * Another process on the same database file that keeps taking the write lock: BEGIN IMMEDIATE, hold,
 * COMMIT, pause, again. A save in the host waits for it (SQLite's busy timeout), as on a slow disk.
 */
function startLockHolder(databaseFile: string): Promise<ChildProcess> {
  const script = `
    const Database = require('better-sqlite3')
    const [file, hold, gap] = process.argv.slice(1)
    const db = new Database(file)
    db.pragma('busy_timeout = 10000')
    const cell = new Int32Array(new SharedArrayBuffer(4))
    const sleep = (ms) => Atomics.wait(cell, 0, 0, ms)
    let first = true
    for (;;) {
      db.exec('BEGIN IMMEDIATE')
      if (first) { process.stdout.write('locking\\n'); first = false }
      sleep(Number(hold))
      db.exec('COMMIT')
      sleep(Number(gap))
    }`
  const child = spawn(process.execPath, ['-e', script, databaseFile, String(LOCK_HOLD_MS), String(LOCK_GAP_MS)], { cwd: root, stdio: ['ignore', 'pipe', 'inherit'] })
  return new Promise((resolve, reject) => {
    child.stdout!.once('data', () => resolve(child))
    child.once('error', reject)
    child.once('exit', (code) => reject(new Error(`The lock holder exited with code ${code}`)))
  })
}

async function stopLockHolder(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return
  child.removeAllListeners('exit')
  await new Promise<void>((resolve) => {
    child.once('exit', () => resolve())
    child.kill('SIGTERM')
  })
}

/** calls:save-draft through the host's API from Node: the server's whole path (HTTP, checks, save, event). */
async function measureHostSaves(host: Host, number: string, seed: number): Promise<Percentiles> {
  const random = createRandom(seed + 17)
  const started = await callHost<CallRecord>(host, 'calls:start', { number })
  const base = started.draft
  const what = paragraph(random, 400)
  const times: number[] = []
  for (let i = 0; i < HOST_SAVES + 10; i++) {
    const draft = { ...base, intake: { ...base.intake, what: what.slice(0, 200 + (i % 200)), tried: 'Opnieuw opgestart', urgency: 'high' }, phase: 'explore' }
    const t0 = performance.now()
    await callHost(host, 'calls:save-draft', { id: started.id, draft })
    if (i >= 10) times.push(performance.now() - t0)
  }
  await callHost(host, 'calls:discard', { id: started.id })
  return percentiles(times)
}

export interface AutosaveUiResult {
  hostStartSeconds: number
  hostSaves: Percentiles
  normal: TypingResult
  slowed: TypingResult
}

export async function measureAutosaveUi(dataDir: string, seed = defaultSeed): Promise<AutosaveUiResult> {
  const databaseFile = join(dataDir, DATABASE_FILE)
  const opened0 = openDatabase({ file: databaseFile, migrationsFolder })
  const refs = references(opened0.sqlite, 3)
  opened0.close()
  const text = problemText(seed, TYPED_CHARACTERS)
  let opened: Console | null = null
  let locker: ChildProcess | null = null
  try {
    opened = await openConsole(dataDir)
    const hostSaves = await measureHostSaves(opened.host, refs[0]!.number, seed)
    const normal = await typeIntoCall(opened, 'as it runs', refs[1]!.number, text, seed)
    // The lock holder starts once the call is open: starting a call while it holds the lock is refused.
    const slowedLabel = `saves held up (write lock taken ${LOCK_HOLD_MS} ms of every ${LOCK_HOLD_MS + LOCK_GAP_MS} ms)`
    const slowed = await typeIntoCall(opened, slowedLabel, refs[2]!.number, text, seed, async () => {
      locker = await startLockHolder(databaseFile)
    })
    return { hostStartSeconds: opened.hostStartSeconds, hostSaves, normal, slowed }
  } finally {
    if (locker) await stopLockHolder(locker)
    if (opened) await opened.close()
  }
}

// ---------------------------------------------------------------------------------------------- figures

export function autosaveServiceFigures(r: ServiceSaveResult): Figure[] {
  const b = 'autosave (service)'
  return [
    { benchmark: b, metric: `finished calls added to the organisation`, value: `${r.finishedCalls} in ${r.insertSeconds.toFixed(1)} s` },
    {
      benchmark: b,
      metric: `saveDraft, one open call among ${r.finishedCalls} finished (n=${r.saves.n}, draft ≈ ${r.draftChars} characters as JSON)`,
      value: `p50 ${ms(r.saves.p50)} · p95 ${ms(r.saves.p95)} · p99 ${ms(r.saves.p99)} · max ${ms(r.saves.max)}`,
    },
  ]
}

export function autosaveUiFigures(r: AutosaveUiResult): Figure[] {
  const b = 'autosave (UI)'
  const typing = (t: TypingResult): Figure[] => [
    {
      benchmark: b,
      metric: `${t.label}: keydown → frame after the field changed (n=${t.keystrokes.n}, ${TYPED_CHARACTERS} characters in ${t.typingSeconds.toFixed(1)} s)`,
      value: `p50 ${ms(t.keystrokes.p50, 1)} · p95 ${ms(t.keystrokes.p95, 1)} · max ${ms(t.keystrokes.max, 1)}`,
    },
    { benchmark: b, metric: `${t.label}: keydown → input handled (p50 / p95)`, value: `${ms(t.handled.p50, 1)} / ${ms(t.handled.p95, 1)}` },
    {
      benchmark: b,
      metric: `${t.label}: saves while typing · in all · with the same text as the save before`,
      value: `${t.savesWhileTyping} · ${t.savesInAll} · ${t.repeatedSaves}`,
    },
    {
      benchmark: b,
      metric: `${t.label}: time between saves while typing · save round trip in the page (p50 / max)`,
      value: `${ms(t.saveInterval.p50, 0)} / ${ms(t.saveInterval.max, 0)} · ${ms(t.saveRoundTrip.p50, 0)} / ${ms(t.saveRoundTrip.max, 0)}`,
    },
    {
      benchmark: b,
      metric: `${t.label}: last save carried the full text (read back with calls:get)`,
      value: t.lastSaveComplete ? `yes (${t.storedLength} characters)` : `NO (${t.storedLength} of ${TYPED_CHARACTERS} characters stored)`,
    },
  ]
  return [
    { benchmark: b, metric: 'host start on the data with the finished calls (incl. start-up backup)', value: `${r.hostStartSeconds.toFixed(1)} s` },
    {
      benchmark: b,
      metric: `calls:save-draft through the host API from Node (n=${r.hostSaves.n})`,
      value: `p50 ${ms(r.hostSaves.p50)} · p95 ${ms(r.hostSaves.p95)} · max ${ms(r.hostSaves.max)}`,
    },
    ...typing(r.normal),
    ...typing(r.slowed),
  ]
}

if (isMain(import.meta.url)) {
  await runStandalone('Autosave', async () => {
    const generated = generateOrganisation(tempDir('autosave'))
    const service = measureServiceSaves(generated.dataDir)
    const ui = await measureAutosaveUi(generated.dataDir)
    return [...generationFigures(generated), ...autosaveServiceFigures(service), ...autosaveUiFigures(ui)]
  })
}
