import { eq } from 'drizzle-orm'
import type { z } from 'zod'
import type { Db } from '../../db/open'
import * as t from '../../db/schema'
import { emptyDraft, type CallDraft } from '../../../shared/call/record'
import type { Language } from '../../../shared/knowledge/entities'
import { createChecker } from '../../../shared/language/check'
import {
  practiceResultSchema,
  practiceRefusalSchema,
  type PracticeResult,
  type PracticeRun,
  type PracticeScenarioSummary,
  type PracticeScoreItem,
  type practiceRefusalInputSchema,
  type practiceSaveSchema,
} from '../../../shared/onboarding/practice-records'
import { scenarioSchema, scorePractice, type Scenario, type ScoreItem } from '../../../shared/onboarding/scenario'
import type { KnowledgePack } from '../../../shared/pack/schema'
import { compose } from '../../../shared/refusal/compose'
import { AppError } from '../../../shared/result'
import { listJargon } from '../jargon'
import { languageContext } from '../language-context'
import { getSettings } from '../settings'
import type { Tx } from '../transfer/record-writer'
import { packIds } from '../transfer/pack-records'
import { demoPackOfDatabase } from '../knowledge-pack'
import { getLearner } from './learners'

/**
 * Practice calls: a trainee handles a scenario of the knowledge pack with the real call screen. The call
 * lives in `practice_runs` only, so it never reaches the call history, the promises, the refusals or the
 * export outbox; finishing scores it against the scenario's checklist.
 */

type SaveInput = z.output<typeof practiceSaveSchema>
type RefusalInput = z.output<typeof practiceRefusalInputSchema>

/** Stores a pack's scenarios (those not there yet, by key), as part of filling the database from the pack. */
export function writeScenarios(tx: Db | Tx, pack: KnowledgePack): number {
  let added = 0
  for (const scenario of pack.scenarios ?? []) {
    const row = tx
      .insert(t.practiceScenarios)
      .values({ key: scenario.key, language: pack.pack.language, data: scenario as unknown as Record<string, unknown> })
      .onConflictDoNothing()
      .run()
    added += row.changes
  }
  return added
}

/**
 * A demo database filled before practice calls existed has no scenarios: give it the demo pack's, in the
 * language of its content. A console that took in another organisation's knowledge is left alone (the
 * scenarios' people and departments would not be there). Returns how many were added.
 */
export function addMissingDemoScenarios(db: Db, demoPack: (language: Language) => KnowledgePack): number {
  if (db.select({ id: t.practiceScenarios.id }).from(t.practiceScenarios).limit(1).all().length > 0) return 0
  const pack = demoPackOfDatabase(db, demoPack)
  if (!pack) return 0
  return db.transaction((tx) => writeScenarios(tx, pack))
}

interface StoredScenario {
  scenario: Scenario
  language: Language
}

/** The stored scenarios that are still valid (a stored row that no longer parses is skipped, not fatal). */
function storedScenarios(db: Db): StoredScenario[] {
  return db
    .select()
    .from(t.practiceScenarios)
    .all()
    .flatMap((row) => {
      const parsed = scenarioSchema.safeParse(row.data)
      return parsed.success ? [{ scenario: parsed.data, language: row.language }] : []
    })
}

/** The pack's keys as this database's ids: the same stable mapping the pack loader used. */
function idsOf(db: Db) {
  const packId = db.select({ packId: t.settings.packId }).from(t.settings).where(eq(t.settings.id, 'organisation')).get()?.packId
  if (!packId) throw new AppError('unavailable', 'Practice calls need the knowledge of a pack; this console was not filled from one.')
  return packIds(packId)
}

const personExists = (db: Db, id: string) => !!db.select({ id: t.people.id }).from(t.people).where(eq(t.people.id, id)).get()

/** Scenarios whose caller is in the knowledge base (a deleted person's scenario cannot be played), by title. */
export function listScenarios(db: Db): PracticeScenarioSummary[] {
  const idOf = idsOf(db)
  return storedScenarios(db)
    .filter(({ scenario }) => personExists(db, idOf('person', scenario.caller)))
    .map(({ scenario: s }) => ({ key: s.key, title: s.title, briefing: s.briefing, mood: s.mood, category: s.expect.category }))
}

function scenarioOf(db: Db, key: string): StoredScenario {
  const found = storedScenarios(db).find((s) => s.scenario.key === key)
  if (!found) {
    throw new AppError('not-found', `There is no practice scenario "${key}"; the knowledge pack may have changed.`, [
      { field: 'scenarioKey', message: 'no such scenario' },
    ])
  }
  return found
}

type RunRow = typeof t.practiceRuns.$inferSelect

function runRow(db: Db, id: string): RunRow {
  const row = db.select().from(t.practiceRuns).where(eq(t.practiceRuns.id, id)).get()
  if (!row) throw new AppError('not-found', 'This practice call no longer exists; the learner may have been deleted in the meantime.')
  return row
}

function toRun(db: Db, row: RunRow): PracticeRun {
  const refusal = row.refusal ? practiceRefusalSchema.safeParse(row.refusal) : null
  const result = row.result ? practiceResultSchema.safeParse(row.result) : null
  return {
    id: row.id,
    learnerId: row.learnerId,
    scenario: scenarioOf(db, row.scenarioKey).scenario,
    draft: row.draft as unknown as CallDraft,
    questionOrder: row.questionOrder,
    refusal: refusal?.success ? refusal.data : null,
    startedAt: row.startedAt,
    finishedAt: row.finishedAt,
    result: result?.success ? result.data : null,
  }
}

export function getRun(db: Db, id: string): PracticeRun {
  return toRun(db, runRow(db, id))
}

/** A new practice call: an empty call screen, the caller not filled in (identifying them is part of the exercise). */
export function startRun(db: Db, input: { learnerId: string; scenarioKey: string }, now: Date = new Date()): PracticeRun {
  getLearner(db, input.learnerId)
  const { scenario } = scenarioOf(db, input.scenarioKey)
  if (!personExists(db, idsOf(db)('person', scenario.caller))) {
    throw new AppError('not-found', `The caller of "${scenario.title}" is no longer in the knowledge base, so it cannot be practised.`, [
      { field: 'scenarioKey', message: 'caller missing' },
    ])
  }
  const row = db
    .insert(t.practiceRuns)
    .values({
      learnerId: input.learnerId,
      scenarioKey: scenario.key,
      draft: emptyDraft() as unknown as Record<string, unknown>,
      questionOrder: [],
      startedAt: now.toISOString(),
    })
    .returning()
    .get()
  return toRun(db, row)
}

function openRow(db: Db, id: string): RunRow {
  const row = runRow(db, id)
  if (row.finishedAt) {
    throw new AppError('conflict', 'This practice call is finished and scored; start the scenario again to practise it once more.')
  }
  return row
}

/** Autosave: the draft as typed and the order the guided questions were answered in. */
export function saveRun(db: Db, input: SaveInput): { id: string; savedAt: string } {
  openRow(db, input.id)
  const savedAt = new Date().toISOString()
  db.update(t.practiceRuns)
    .set({ draft: input.draft as unknown as Record<string, unknown>, questionOrder: input.questionOrder, updatedAt: savedAt })
    .where(eq(t.practiceRuns.id, input.id))
    .run()
  return { id: input.id, savedAt }
}

/** The language spoken to the caller: the one noted in the call, else the scenario's. */
const spokenLanguage = (draft: CallDraft, fallback: Language): Language => draft.caller.language ?? fallback

/**
 * The trainee's refusal: kept with the run (never in `refusals`), with the spoken version composed as the
 * refusal builder would, so the plain-language check hears what the caller would hear.
 */
export function saveRunRefusal(db: Db, input: RefusalInput, now: Date = new Date()): PracticeRun {
  const row = openRow(db, input.id)
  const { scenario, language: scenarioLanguage } = scenarioOf(db, row.scenarioKey)
  const settings = getSettings(db)
  const language = spokenLanguage(row.draft as unknown as CallDraft, scenarioLanguage)
  const caller = db.select({ name: t.people.name }).from(t.people).where(eq(t.people.id, idsOf(db)('person', scenario.caller))).get()
  const composed = compose(input.parts, language, settings.formOfAddress, {
    agentName: settings.agent.name,
    now,
    timeZone: settings.timeZone,
    ...(caller ? { callerName: caller.name } : {}),
  })
  const refusal = { status: input.status, parts: input.parts, spoken: composed.spoken }
  db.update(t.practiceRuns)
    .set({ refusal: refusal as unknown as Record<string, unknown>, updatedAt: now.toISOString() })
    .where(eq(t.practiceRuns.id, input.id))
    .run()
  return getRun(db, input.id)
}

/** Scores the call against the scenario's checklist, stores score and feedback, and returns them. */
export function finishRun(db: Db, input: SaveInput, now: Date = new Date()): PracticeResult {
  const row = openRow(db, input.id)
  const { scenario, language: scenarioLanguage } = scenarioOf(db, row.scenarioKey)
  const idOf = idsOf(db)
  const ids = {
    personId: idOf('person', scenario.caller),
    departmentId: scenario.expect.department ? idOf('department', scenario.expect.department) : null,
    applicationId: scenario.expect.application ? idOf('application', scenario.expect.application) : null,
  }
  const parsed = row.refusal ? practiceRefusalSchema.safeParse(row.refusal) : null
  const refusal = parsed?.success ? parsed.data : null
  const { glossary, names } = languageContext(db)
  const checker = createChecker({ lexicon: listJargon(db), glossary, names })
  const score = scorePractice(
    scenario,
    ids,
    {
      draft: input.draft,
      questionOrder: input.questionOrder,
      refusal,
      language: spokenLanguage(input.draft, scenarioLanguage),
    },
    checker,
  )
  const withIds = (item: ScoreItem): PracticeScoreItem => ({
    ...item,
    card: item.card && { ...item.card, id: ['department', 'person', 'rule'].includes(item.card.kind) ? idOf(item.card.kind, item.card.key) : item.card.key },
  })
  const result: PracticeResult = {
    score: score.score,
    strengths: score.strengths.map(withIds),
    improvements: score.improvements.map(withIds),
  }
  db.update(t.practiceRuns)
    .set({
      draft: input.draft as unknown as Record<string, unknown>,
      questionOrder: input.questionOrder,
      finishedAt: now.toISOString(),
      score: result.score,
      result: result as unknown as Record<string, unknown>,
      updatedAt: now.toISOString(),
    })
    .where(eq(t.practiceRuns.id, input.id))
    .run()
  return result
}
