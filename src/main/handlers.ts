import type { AppStatus } from '../shared/contract'
import type { Handlers } from './contract/handlers-type'
import type { EventBus } from './contract/event-bus'
import type { Db } from './db/open'
import { getDepartment, listDepartments } from './services/departments'
import { getSettings, setUiLanguage } from './services/settings'

export interface HandlerDeps {
  db: Db
  events: EventBus
  status: AppStatus
}

/** The contract, implemented by calling services. Every channel must be here: a missing one fails typecheck. */
export function createHandlers({ db, events, status }: HandlerDeps): Handlers {
  return {
    'app:status': async () => status,
    'settings:get': async () => getSettings(db),
    'settings:set-language': async ({ language }) => {
      const settings = setUiLanguage(db, language)
      events.emit('settings:changed', settings)
      return settings
    },
    'departments:list': async () => listDepartments(db),
    'departments:get': async ({ id }) => getDepartment(db, id),
  }
}
