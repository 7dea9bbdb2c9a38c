// Generates a large, realistic-looking organisation into a fresh data folder: the demo organisation
// (through startRuntime, so the schema, settings and demo data exist) plus many departments, people,
// applications and articles, written with prepared statements in one transaction. The FTS5 triggers
// fill the search index as the rows go in. Deterministic: the same seed gives the same database.
//
//   npx tsx tests/bench/generate.ts            generates into a temp folder, prints time and size, removes it
import { join } from 'node:path'
import type Database from 'better-sqlite3'
import { DATABASE_FILE, startRuntime } from '../../src/main/runtime'
import { databaseBytes, isMain, mb, migrationsFolder, packsFolder, runStandalone, tempDir, type Figure } from './lib'
import { applicationNames, contentWords, departmentAreas, departmentKinds, departmentStems, firstNames, functionWords, infixes, lastNames, roles } from './vocabulary'

export interface GenerateCounts {
  articles: number
  people: number
  departments: number
}

export const defaultCounts: GenerateCounts = { articles: 50_000, people: 5_000, departments: 200 }
export const defaultSeed = 20260101

export interface GeneratedOrganisation {
  dataDir: string
  databaseFile: string
  counts: GenerateCounts
  applications: number
  phones: number
  /** startRuntime on the empty folder: migrations and the demo organisation. */
  runtimeSeconds: number
  /** The one transaction with all generated rows (FTS triggers included). */
  insertSeconds: number
  totalSeconds: number
  databaseBytes: number
  /** Rows in the FTS index. */
  indexedRows: number
}

/** mulberry32: small, fast, good enough for test data, and the same on every machine. */
export function createRandom(seed: number) {
  let state = seed >>> 0
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0
    let t = state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
  const int = (min: number, max: number) => min + Math.floor(next() * (max - min + 1))
  const pick = <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)]!
  const chance = (p: number) => next() < p
  const digits = (n: number) => {
    let s = ''
    for (let i = 0; i < n; i++) s += String(Math.floor(next() * 10))
    return s
  }
  const uuid = () => {
    const hex = Array.from({ length: 32 }, () => Math.floor(next() * 16).toString(16)).join('')
    return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-${'89ab'[Math.floor(next() * 4)]}${hex.slice(17, 20)}-${hex.slice(20, 32)}`
  }
  const shuffle = <T>(list: readonly T[]): T[] => {
    const copy = [...list]
    for (let i = copy.length - 1; i > 0; i--) {
      const j = Math.floor(next() * (i + 1))
      ;[copy[i], copy[j]] = [copy[j]!, copy[i]!]
    }
    return copy
  }
  return { next, int, pick, chance, digits, uuid, shuffle }
}
export type Random = ReturnType<typeof createRandom>

/** Words drawn with a Zipf distribution (s = 1) over a seeded order of the vocabulary, like real text. */
function createText(random: Random) {
  const ranked = random.shuffle(contentWords)
  const cumulative: number[] = []
  let sum = 0
  for (let i = 0; i < ranked.length; i++) cumulative.push((sum += 1 / (i + 1)))
  const contentWord = () => {
    const x = random.next() * sum
    let lo = 0
    let hi = cumulative.length - 1
    while (lo < hi) {
      const mid = (lo + hi) >> 1
      if (cumulative[mid]! < x) lo = mid + 1
      else hi = mid
    }
    return ranked[lo]!
  }
  const capitalise = (s: string) => s.charAt(0).toUpperCase() + s.slice(1)
  const sentence = (min: number, max: number) => {
    const n = random.int(min, max)
    const words: string[] = []
    for (let i = 0; i < n; i++) words.push(random.chance(0.4) ? random.pick(functionWords) : contentWord())
    // Now and then a number, as in "toestel 4250" or "binnen 3 dagen".
    if (random.chance(0.15)) words.splice(random.int(1, words.length - 1), 0, String(random.int(1, 9999)))
    return `${capitalise(words.join(' '))}${random.chance(0.1) ? '?' : '.'}`
  }
  const paragraphs = (minWords: number, maxWords: number) => {
    const target = random.int(minWords, maxWords)
    const parts: string[] = []
    let paragraph: string[] = []
    let count = 0
    while (count < target) {
      const s = sentence(6, Math.min(16, Math.max(6, target - count)))
      count += s.split(' ').length
      paragraph.push(s)
      if (paragraph.length >= random.int(3, 5)) {
        parts.push(paragraph.join(' '))
        paragraph = []
      }
    }
    if (paragraph.length) parts.push(paragraph.join(' '))
    return parts.join('\n\n')
  }
  const title = () => {
    const n = random.int(4, 9)
    const words: string[] = []
    for (let i = 0; i < n; i++) words.push(i > 0 && i < n - 1 && random.chance(0.3) ? random.pick(functionWords) : contentWord())
    return capitalise(words.join(' '))
  }
  return { contentWord, sentence, paragraphs, title }
}

const ascii = (s: string) =>
  s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-zA-Z]/g, '')
    .toLowerCase()

/** Fills `dataDir` (which must not hold a database yet) and closes the database again. */
export function generateOrganisation(dataDir: string, counts: GenerateCounts = defaultCounts, seed = defaultSeed): GeneratedOrganisation {
  const started = performance.now()
  const runtime = startRuntime({ dataDir, migrationsFolder, packsFolder, preferredLanguage: 'nl', version: '0.0.0-bench' })
  if (runtime.status.state !== 'ready' || !runtime.database) {
    runtime.close()
    throw new Error(`startRuntime did not give a usable database: ${JSON.stringify(runtime.status)}`)
  }
  const runtimeDone = performance.now()
  const sqlite = runtime.database.sqlite
  let result: Omit<GeneratedOrganisation, 'runtimeSeconds' | 'insertSeconds' | 'totalSeconds' | 'databaseBytes' | 'indexedRows'>
  try {
    result = insertAll(sqlite, dataDir, counts, seed)
  } catch (error) {
    runtime.close()
    throw error
  }
  const insertDone = performance.now()
  const indexedRows = (sqlite.prepare('SELECT COUNT(*) AS n FROM search_keys').get() as { n: number }).n
  sqlite.pragma('wal_checkpoint(TRUNCATE)')
  runtime.close()
  const finished = performance.now()
  return {
    ...result,
    runtimeSeconds: (runtimeDone - started) / 1000,
    insertSeconds: (insertDone - runtimeDone) / 1000,
    totalSeconds: (finished - started) / 1000,
    databaseBytes: databaseBytes(result.databaseFile),
    indexedRows,
  }
}

function insertAll(sqlite: Database.Database, dataDir: string, counts: GenerateCounts, seed: number) {
  const random = createRandom(seed)
  const text = createText(random)
  const base = Date.parse('2025-01-06T08:00:00Z')
  // Deterministic timestamps: one row a minute from a fixed start.
  let tick = 0
  const stamp = () => new Date(base + tick++ * 60_000).toISOString()

  const insertDepartment = sqlite.prepare(
    `INSERT INTO departments (id, name, mission, what_matters, busy_periods, sensitivities, sensitivities_shareable, preferred_contact, created_at, updated_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  )
  const insertApplication = sqlite.prepare(
    `INSERT INTO applications (id, name, description, owner, resolver_group, resolver_contact, support_hours, known_issues, created_at, updated_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  )
  const insertCriticality = sqlite.prepare(
    `INSERT INTO department_applications (id, department_id, application_id, criticality, reason, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?)`,
  )
  const insertOwnWord = sqlite.prepare(
    `INSERT INTO department_terms (id, department_id, term, meaning, application_id, glossary_term_id, created_at, updated_at) VALUES (?, ?, ?, ?, ?, NULL, ?, ?)`,
  )
  const insertPerson = sqlite.prepare(
    `INSERT INTO people (id, name, email, department_id, role, vip, key_contact, preferred_language, notes, notes_shareable, created_at, updated_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 0, ?, ?)`,
  )
  const insertPhone = sqlite.prepare(`INSERT INTO person_phones (id, person_id, position, label, number, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?)`)
  const insertArticle = sqlite.prepare(
    `INSERT INTO articles (id, title, body, audience, tags, links, created_at, updated_at) VALUES (?, ?, ?, ?, ?, '[]', ?, ?)`,
  )
  const linkApplication = sqlite.prepare(`INSERT INTO article_applications (id, article_id, application_id, created_at, updated_at) VALUES (?, ?, ?, ?, ?)`)
  const linkDepartment = sqlite.prepare(`INSERT INTO article_departments (id, article_id, department_id, created_at, updated_at) VALUES (?, ?, ?, ?, ?)`)

  let phoneCount = 0
  let applicationCount = 0
  sqlite.transaction(() => {
    const existingApplications = new Set((sqlite.prepare('SELECT name FROM applications').all() as { name: string }[]).map((a) => a.name))
    const applicationIds = (sqlite.prepare('SELECT id FROM applications').all() as { id: string }[]).map((a) => a.id)
    for (const name of applicationNames) {
      if (existingApplications.has(name)) continue
      const id = random.uuid()
      const now = stamp()
      insertApplication.run(
        id,
        name,
        text.sentence(12, 30),
        `${random.pick(firstNames)} ${random.pick(lastNames)}`,
        `Applicatiebeheer ${random.pick(departmentStems)}`,
        `Toestel ${random.int(4000, 4999)} of het selfserviceportaal`,
        random.pick(['ma–vr 08:00–17:00', '24/7', 'ma–vr 07:30–18:00', 'kantooruren']),
        random.chance(0.5) ? text.sentence(10, 25) : '',
        now,
        now,
      )
      applicationIds.push(id)
      applicationCount++
    }

    const existingDepartments = new Set((sqlite.prepare('SELECT name FROM departments').all() as { name: string }[]).map((d) => d.name))
    const departmentIds = (sqlite.prepare('SELECT id FROM departments').all() as { id: string }[]).map((d) => d.id)
    const names = random.shuffle(departmentKinds.flatMap((k) => departmentStems.flatMap((s) => departmentAreas.map((a) => `${k} ${s} ${a}`)))).filter((n) => !existingDepartments.has(n))
    if (names.length < counts.departments) throw new Error(`At most ${names.length} department names can be generated`)
    for (let i = 0; i < counts.departments; i++) {
      const id = random.uuid()
      const now = stamp()
      const busy = random.chance(0.3)
        ? [{ label: `Drukte ${text.contentWord()}`, rule: { kind: 'date-range', from: '05-01', to: '08-31' }, note: text.sentence(8, 20), applicationIds: [] }]
        : []
      insertDepartment.run(id, names[i]!, text.sentence(15, 30), `${text.sentence(10, 20)} ${text.sentence(10, 20)}`, JSON.stringify(busy), text.sentence(8, 20), 0, text.sentence(8, 16), now, now)
      const used = new Set<string>()
      for (let a = random.int(1, 4); a > 0; a--) {
        const applicationId = random.pick(applicationIds)
        if (used.has(applicationId)) continue
        used.add(applicationId)
        insertCriticality.run(random.uuid(), id, applicationId, random.pick(['critical', 'important', 'normal']), text.sentence(6, 14), now, now)
      }
      for (let w = random.int(0, 2); w > 0; w--) {
        insertOwnWord.run(random.uuid(), id, `het ${text.contentWord()}`, text.sentence(8, 20), random.chance(0.5) ? random.pick(applicationIds) : null, now, now)
      }
      departmentIds.push(id)
    }

    const numbers = new Set((sqlite.prepare('SELECT number FROM person_phones').all() as { number: string }[]).map((p) => p.number))
    const freshNumber = (prefix: string, digits: number) => {
      for (;;) {
        const number = prefix + random.digits(digits)
        if (!numbers.has(number)) {
          numbers.add(number)
          return number
        }
      }
    }
    const emails = new Map<string, number>()
    for (let i = 0; i < counts.people; i++) {
      const id = random.uuid()
      const now = stamp()
      const first = random.pick(firstNames)
      const infix = random.pick(infixes)
      const last = random.pick(lastNames)
      const name = [first, infix, last].filter(Boolean).join(' ')
      const local = `${ascii(first).charAt(0)}.${ascii(infix)}${ascii(last)}`
      const seen = emails.get(local) ?? 0
      emails.set(local, seen + 1)
      const email = `${local}${seen ? seen + 1 : ''}@zuiderhaven.nl`
      insertPerson.run(
        id,
        name,
        email,
        random.chance(0.95) ? random.pick(departmentIds) : null,
        random.pick(roles),
        random.chance(0.03) ? 1 : 0,
        random.chance(0.08) ? 1 : 0,
        random.chance(0.9) ? 'nl' : 'en',
        random.chance(0.2) ? text.sentence(6, 16) : '',
        now,
        now,
      )
      const mobile = random.chance(0.85)
      if (mobile) insertPhone.run(random.uuid(), id, 0, 'Mobiel', freshNumber('+316', 8), now, now)
      // Everyone has at least one number; many have a desk number as well.
      const desk = !mobile || random.chance(0.5)
      if (desk) insertPhone.run(random.uuid(), id, mobile ? 1 : 0, 'Vast', freshNumber('+3110', 7), now, now)
      phoneCount += Number(mobile) + Number(desk)
    }

    for (let i = 0; i < counts.articles; i++) {
      const id = random.uuid()
      const now = stamp()
      const tags = Array.from({ length: random.int(1, 4) }, () => text.contentWord())
      insertArticle.run(id, text.title(), text.paragraphs(80, 250), random.chance(0.8) ? 'agent' : 'end-user', JSON.stringify([...new Set(tags)]), now, now)
      if (random.chance(0.3)) {
        for (const applicationId of new Set([random.pick(applicationIds), random.pick(applicationIds)])) linkApplication.run(random.uuid(), id, applicationId, now, now)
      }
      if (random.chance(0.4)) {
        for (const departmentId of new Set([random.pick(departmentIds), random.pick(departmentIds)])) linkDepartment.run(random.uuid(), id, departmentId, now, now)
      }
    }
  })()

  return { dataDir, databaseFile: join(dataDir, DATABASE_FILE), counts, applications: applicationCount, phones: phoneCount }
}

export function generationFigures(g: GeneratedOrganisation): Figure[] {
  const b = 'generate'
  return [
    { benchmark: b, metric: 'generated rows', value: `${g.counts.articles} articles, ${g.counts.people} people (${g.phones} phones), ${g.counts.departments} departments, ${g.applications} applications` },
    { benchmark: b, metric: 'startRuntime (migrate + demo)', value: `${g.runtimeSeconds.toFixed(2)} s` },
    { benchmark: b, metric: 'insert transaction (with FTS triggers)', value: `${g.insertSeconds.toFixed(1)} s` },
    { benchmark: b, metric: 'total generation', value: `${g.totalSeconds.toFixed(1)} s` },
    { benchmark: b, metric: 'database size', value: `${mb(g.databaseBytes)} (${g.indexedRows} indexed rows)` },
  ]
}

if (isMain(import.meta.url)) {
  await runStandalone('Generation', async () => {
    const g = generateOrganisation(tempDir('generate'))
    return generationFigures(g)
  })
}
