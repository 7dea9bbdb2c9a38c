import { readFileSync } from 'node:fs'
import { basename } from 'node:path'
import { eq } from 'drizzle-orm'
import type { Db } from '../db/open'
import * as t from '../db/schema'
import { knowledgePackSchema, type KnowledgePack } from '../../shared/pack/schema'
import type { Language } from '../../shared/knowledge/entities'
import { AppError } from '../../shared/result'
import { describeIssues, issuesFromZod } from '../../shared/zod-issues'
import { writeScenarios } from './onboarding/practice'
import { callContentFromPack, writeCallContent } from './transfer/pack-calls'
import { jargonFromPack, writeJargon } from './transfer/pack-jargon'
import { organisationSettings, packIds, recordsFromPack } from './transfer/pack-records'
import { writeOrder, writeRecord } from './transfer/record-writer'

/** Reads and validates a pack file; a broken pack names the file and every wrong field. */
export function readKnowledgePack(file: string): KnowledgePack {
  let content: string
  try {
    content = readFileSync(file, 'utf8')
  } catch (error) {
    throw new AppError('invalid-input', `${basename(file)} could not be read: ${error instanceof Error ? error.message : String(error)}`)
  }
  return parseKnowledgePack(basename(file), content)
}

/** Validates the text of a pack file; errors name the file and the path of every wrong field. */
export function parseKnowledgePack(fileName: string, content: string): KnowledgePack {
  return parsePackFile(fileName, content).pack
}

export interface ParsedPack {
  pack: KnowledgePack
  /**
   * Whether the file has a `flows` key at all. A pack without one (made before flows existed) says
   * nothing about flows and standard solutions; applying it keeps the console's own.
   */
  carriesFlows: boolean
}

/** As `parseKnowledgePack`, also telling whether the file speaks about flows and solutions. */
export function parsePackFile(fileName: string, content: string): ParsedPack {
  let raw: unknown
  try {
    raw = JSON.parse(content.replace(/^\uFEFF/, ''))
  } catch (error) {
    throw new AppError('invalid-input', `${fileName} is not readable JSON: ${error instanceof Error ? error.message : String(error)}`)
  }
  const parsed = knowledgePackSchema.safeParse(raw)
  if (!parsed.success) {
    const issues = issuesFromZod(parsed.error)
    throw new AppError('invalid-input', `${fileName} is not a valid knowledge pack: ${describeIssues(issues)}`, issues)
  }
  const carriesFlows = typeof raw === 'object' && raw !== null && 'flows' in raw
  return { pack: parsed.data, carriesFlows }
}

export function isEmptyDatabase(db: Db): boolean {
  return db.select({ id: t.settings.id }).from(t.settings).limit(1).all().length === 0
}

/**
 * Fills a fresh database from a pack in one transaction: either everything is there or nothing is.
 * `uiLanguage` is the language the console starts in (the pack's, unless told otherwise).
 */
export function loadKnowledgePack(db: Db, pack: KnowledgePack, uiLanguage: Language = pack.pack.language): void {
  const org = pack.organisation
  const idOf = packIds(org.id)
  const records = recordsFromPack(pack)
  const callContent = callContentFromPack(pack)
  const jargon = jargonFromPack(pack) ?? []
  db.transaction((tx) => {
    tx.insert(t.settings)
      .values({ id: 'organisation', uiLanguage, ...organisationSettings(pack) })
      .run()
    for (const h of org.holidays) tx.insert(t.holidays).values({ id: idOf('holiday', h.date), ...h }).run()
    for (const target of org.targets) tx.insert(t.priorityTargets).values({ id: idOf('target', target.priority), ...target }).run()
    tx.insert(t.agentProfile).values({ id: idOf('agent', 'me'), ...pack.agent }).run()
    for (const kind of writeOrder) {
      for (const record of records[kind]) writeRecord(tx, kind, record, 'insert')
    }
    writeCallContent(tx, callContent)
    writeJargon(tx, jargon)
    writeScenarios(tx, pack)
  })
}

/**
 * Adds only the question flows and standard solutions of a pack, in one transaction: for a database
 * filled before flows existed. Returns how many flows and solutions were added.
 */
export function loadCallContent(db: Db, pack: KnowledgePack): { flows: number; solutions: number } {
  const content = callContentFromPack(pack)
  db.transaction((tx) => writeCallContent(tx, content))
  return { flows: content.flow.length, solutions: content.solution.length }
}

/**
 * The demo pack this database was filled from (in the language it was filled in), or null when it was
 * filled from another pack: content added to the demo later (flows, scenarios) comes only from the same pack.
 */
export function demoPackOfDatabase(db: Db, demoPack: (language: Language) => KnowledgePack): KnowledgePack | null {
  const settings = db.select({ packId: t.settings.packId, language: t.settings.contentLanguage }).from(t.settings).where(eq(t.settings.id, 'organisation')).get()
  if (!settings?.packId) return null
  const pack = demoPack(settings.language)
  return pack.organisation.id === settings.packId ? pack : null
}
