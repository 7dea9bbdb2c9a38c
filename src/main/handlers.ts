import type { AppStatus, ChannelOutput } from '../shared/contract'
import type { KnowledgeKind } from '../shared/knowledge/forms'
import type { Handlers } from './contract/handlers-type'
import type { EventBus } from './contract/event-bus'
import type { OpenedDatabase } from './db/open'
import type { CredentialStore } from './export/credentials'
import { listCalls } from './services/call-history'
import { getCall } from './services/call-record'
import { discardCall, finishCall, hangUp, holdCall, saveDraft, startCall } from './services/calls'
import { listFlows, listSolutions } from './services/flows'
import { listPromises, promiseStats, resolvePromise } from './services/promises'
import { needsPromise } from '../shared/call/finish'
import { getApplication, listApplications, saveApplication } from './services/applications'
import { getArticle, listArticles, saveArticle } from './services/articles'
import { deleteKnowledge, dependentsOf, getNote, saveNote } from './services/dependents'
import { getDepartment, listDepartments, saveDepartment } from './services/departments'
import { getGlossaryTerm, listGlossary, saveGlossaryTerm } from './services/glossary'
import { deleteJargonTerm, listJargon, saveJargonTerm } from './services/jargon'
import { languageContext } from './services/language-context'
import { getPerson, listPeople, savePerson } from './services/people'
import { getRefusal, listRefusals, saveRefusal } from './services/refusals'
import { getRule, listRules, saveRule } from './services/rules'
import { createSearcher } from './services/search'
import { getSettings, saveSettings, setScreenSharing, setUiLanguage } from './services/settings'
import { createTransfers } from './services/transfer'
import { createExportOutbox } from './services/export-outbox'
import { createExportTargets } from './services/export-targets'
import { deleteLearner, listLearners, saveLearner } from './services/onboarding/learners'
import { deleteOwnItem, learningPath, markItem, reorderPath, requireItem, saveOwnItem } from './services/onboarding/path'
import { learnerProgress, learningOverview } from './services/onboarding/progress'
import { createQuiz } from './services/onboarding/quiz'
import { finishRun, getRun, listScenarios, saveRun, saveRunRefusal, startRun } from './services/onboarding/practice'

export interface HandlerDeps {
  database: OpenedDatabase
  events: EventBus
  status: AppStatus
  /** Where the screen-pop endpoint listens; set by whoever starts it (Electron app or browser host). */
  phoneStatus?: () => ChannelOutput<'phone:status'>
  /** Where export targets' secrets are kept (safeStorage in the app, environment variables in the browser host). */
  credentials: CredentialStore
}

const phoneNotStarted = (): ChannelOutput<'phone:status'> => ({ listening: false, port: 0, url: '', token: '', error: 'not started' })

/** The contract, implemented by calling services. Every channel must be here: a missing one fails typecheck. */
export function createHandlers({ database, events, status, credentials, phoneStatus = phoneNotStarted }: HandlerDeps): Handlers {
  const { db, sqlite } = database
  const exportTargets = createExportTargets({ db, credentials })
  const outbox = createExportOutbox({ db, events })
  const searcher = createSearcher(sqlite)
  const transfers = createTransfers({ db, sqlite, events })
  const quiz = createQuiz({ db, events })
  const settingsChanged = <T extends ReturnType<typeof getSettings>>(settings: T) => {
    events.emit('settings:changed', settings)
    return settings
  }
  const callsChanged = <T>(ids: string[], value: T) => {
    events.emit('calls:changed', { ids })
    return value
  }
  const changed = <T>(kinds: KnowledgeKind[], value: T) => {
    events.emit('knowledge:changed', { kinds })
    return value
  }

  return {
    'app:status': async () => status,

    'settings:get': async () => getSettings(db),
    'settings:set-language': async ({ language }) => settingsChanged(setUiLanguage(db, language)),
    'settings:set-screen-sharing': async ({ on }) => settingsChanged(setScreenSharing(db, on)),
    'settings:save': async ({ values }) => settingsChanged(saveSettings(db, values)),

    'departments:list': async () => listDepartments(db),
    'departments:get': async ({ id }) => getDepartment(db, id),
    'departments:save': async ({ id, values }) => changed(['department'], saveDepartment(db, id, values)),
    'people:list': async () => listPeople(db),
    'people:get': async ({ id }) => getPerson(db, id),
    'people:save': async ({ id, values }) => changed(['person', 'department'], savePerson(db, id, values)),
    'applications:list': async () => listApplications(db),
    'applications:get': async ({ id }) => getApplication(db, id),
    'applications:save': async ({ id, values }) => changed(['application', 'department'], saveApplication(db, id, values)),
    'rules:list': async () => listRules(db),
    'rules:get': async ({ id }) => getRule(db, id),
    'rules:save': async ({ id, values }) => changed(['rule'], saveRule(db, id, values)),
    'articles:list': async () => listArticles(db),
    'articles:get': async ({ id }) => getArticle(db, id),
    'articles:save': async ({ id, values }) => changed(['article'], saveArticle(db, id, values)),
    'glossary:list': async () => listGlossary(db),
    'glossary:get': async ({ id }) => getGlossaryTerm(db, id),
    'glossary:save': async ({ id, values }) => changed(['glossary', 'department'], saveGlossaryTerm(db, id, values)),
    'jargon:list': async () => listJargon(db),
    'jargon:save': async ({ id, values }) => {
      const saved = saveJargonTerm(db, id, values)
      events.emit('jargon:changed', {})
      return saved
    },
    'jargon:delete': async ({ id }) => {
      deleteJargonTerm(db, id)
      events.emit('jargon:changed', {})
      return { deleted: true as const }
    },
    'language:context': async () => languageContext(db),
    'refusals:save': async (input) => saveRefusal(db, input),
    'refusals:list': async (input) => listRefusals(db, input),
    'refusals:get': async ({ id }) => getRefusal(db, id),

    'knowledge:dependents': async ({ kind, id }) => dependentsOf(db, kind, id),
    'knowledge:delete': async ({ kind, id }) => {
      deleteKnowledge(db, kind, id)
      return changed(['department', 'person', 'application', 'rule', 'article', 'glossary'], { deleted: true as const })
    },
    'knowledge:search': async ({ query, kinds, limit }) => searcher.search(query, kinds, limit),
    'notes:get': async ({ kind, id }) => getNote(db, kind, id),
    'notes:save': async ({ kind, id, body }) => saveNote(db, kind, id, body),

    'transfer:import-csv': async (input) => transfers.importCsv(input),
    'transfer:cancel': async ({ jobId }) => ({ cancelled: transfers.cancel(jobId) }),
    'transfer:export-csv': async ({ kind }) => transfers.exportCsv(kind),
    'packs:export': async () => transfers.exportPack(),
    'packs:preview': async (input) => transfers.previewPack(input),
    'packs:apply': async (input) => transfers.applyPack(input),

    'calls:start': async ({ number }) => {
      const { call, held } = startCall(db, { source: 'manual', ...(number ? { number } : {}) })
      return callsChanged([call.id, ...held], call)
    },
    'calls:get': async ({ id }) => getCall(db, id),
    'calls:save-draft': async ({ id, draft }) => callsChanged([id], saveDraft(db, id, draft)),
    'calls:finish': async ({ id, draft }) => {
      const call = finishCall(db, id, draft)
      if (needsPromise(call.draft.outcome.kind)) events.emit('promises:changed', {})
      return callsChanged([id], call)
    },
    'calls:hold': async ({ id, on }) => {
      const { call, changed: ids } = holdCall(db, id, on)
      return callsChanged(ids, call)
    },
    'calls:hang-up': async ({ id }) => callsChanged([id], hangUp(db, id)),
    'calls:discard': async ({ id }) => {
      discardCall(db, id)
      return callsChanged([id], { deleted: true as const })
    },
    'calls:list': async (input) => listCalls(db, input),
    'promises:list': async (input) => listPromises(db, input),
    'promises:resolve': async (input) => {
      const promise = resolvePromise(db, input)
      events.emit('promises:changed', {})
      return promise
    },
    'promises:stats': async () => promiseStats(db),
    'flows:list': async () => ({ flows: listFlows(db), solutions: listSolutions(db) }),
    'phone:status': async () => phoneStatus(),

    'export:targets': async () => exportTargets.list(),
    'export:targets:save': async (input) => exportTargets.save(input),
    'export:targets:delete': async ({ id }) => exportTargets.delete(id),
    'export:targets:test': async (input) => exportTargets.test(input),
    'export:call': async ({ callId }) => outbox.ofCall(callId),
    'export:retry': async ({ id }) => outbox.retry(id),
    'export:outbox': async (input) => outbox.list(input),
    'export:batch': async (input) => outbox.batch(input),
    'export:batch-progress': async ({ batchId }) => outbox.batchProgress(batchId),
    'export:render': async ({ callId, format }) => outbox.render(callId, format),

    'learners:list': async () => listLearners(db),
    'learners:save': async (input) => saveLearner(db, input),
    'learners:delete': async ({ id }) => {
      deleteLearner(db, id)
      return { deleted: true as const }
    },
    'learning:path': async ({ learnerId }) => learningPath(db, learnerId),
    'learning:mark': async (input) => markItem(db, input),
    'learning:item-save': async (input) => saveOwnItem(db, input),
    'learning:require': async ({ id, required }) => requireItem(db, id, required),
    'learning:reorder': async ({ ids }) => reorderPath(db, ids),
    'learning:item-delete': async ({ id }) => {
      deleteOwnItem(db, id)
      return { deleted: true as const }
    },
    'learning:progress': async ({ learnerId }) => learnerProgress(db, learnerId),
    'learning:overview': async () => learningOverview(db),
    'quiz:next': async (input) => quiz.next(input),
    'quiz:answer': async (input) => quiz.answer(input),
    'quiz:card': async (input) => quiz.card(input),
    'quiz:grade': async (input) => quiz.grade(input),
    'practice:scenarios': async () => listScenarios(db),
    'practice:start': async (input) => startRun(db, input),
    'practice:get': async ({ id }) => getRun(db, id),
    'practice:save': async (input) => saveRun(db, input),
    'practice:refusal': async (input) => saveRunRefusal(db, input),
    'practice:finish': async (input) => finishRun(db, input),
  }
}
