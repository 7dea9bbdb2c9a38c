import { eq } from 'drizzle-orm'
import type { Db } from '../../db/open'
import * as t from '../../db/schema'
import type { Learner } from '../../../shared/onboarding/records'
import { AppError } from '../../../shared/result'

/**
 * Learner profiles: the agent's own, and more on a shared training machine. Everything a learner did
 * (path progress, quiz answers, practice calls) belongs to the profile and goes with it.
 */

type LearnerRow = typeof t.learners.$inferSelect

const toLearner = (row: LearnerRow): Learner => ({ id: row.id, name: row.name, createdAt: row.createdAt })

const byName = new Intl.Collator('nl', { sensitivity: 'base', numeric: true })

/** The profile a new console starts with, named after the organisation's agent (the pack's `agent.name`). */
function ownProfileName(db: Db): string {
  const agent = db.select({ name: t.agentProfile.name, shortName: t.agentProfile.shortName }).from(t.agentProfile).limit(1).get()
  // A console set up without an agent name still needs one profile; exportPack uses the same fallback.
  return agent?.name.trim() || agent?.shortName.trim() || 'Servicedesk'
}

/** Every learner by name; a console without any gets the agent's own profile first, so there is always one. */
export function listLearners(db: Db): Learner[] {
  const rows = db.select().from(t.learners).all()
  if (rows.length === 0) {
    const row = db.insert(t.learners).values({ name: ownProfileName(db) }).returning().get()
    return [toLearner(row)]
  }
  return rows.sort((a, b) => byName.compare(a.name, b.name)).map(toLearner)
}

export function getLearner(db: Db, id: string): Learner {
  const row = db.select().from(t.learners).where(eq(t.learners.id, id)).get()
  if (!row) throw new AppError('not-found', 'This learner no longer exists; the profile may have been deleted in the meantime.')
  return toLearner(row)
}

/**
 * Adds a learner (no id) or renames one. Names are unique without regard to case ("sanne" and "Sanne"
 * would be the same person on the list), so a taken name is refused on `name`.
 */
export function saveLearner(db: Db, input: { id?: string | undefined; name: string }): Learner {
  const name = input.name.trim()
  if (input.id) getLearner(db, input.id)
  const key = name.toLocaleLowerCase()
  const taken = db
    .select()
    .from(t.learners)
    .all()
    .find((row) => row.id !== input.id && row.name.trim().toLocaleLowerCase() === key)
  if (taken) {
    throw new AppError('conflict', `There is already a learner called “${taken.name}”; choose another name.`, [{ field: 'name', message: 'already exists' }])
  }
  if (input.id) {
    db.update(t.learners).set({ name }).where(eq(t.learners.id, input.id)).run()
    return getLearner(db, input.id)
  }
  return toLearner(db.insert(t.learners).values({ name }).returning().get())
}

/** Removes the profile; its progress, answers, repetitions and practice calls go with it (foreign-key cascade). */
export function deleteLearner(db: Db, id: string): void {
  const deleted = db.delete(t.learners).where(eq(t.learners.id, id)).run()
  if (deleted.changes === 0) throw new AppError('not-found', 'This learner no longer exists; the profile may have been deleted in the meantime.')
}
