import * as t from '../../db/schema'
import { departmentFormSchema } from '../../../shared/knowledge/forms'
import { namedCsvKind } from './csv-named'

/**
 * departments.csv: the fields a spreadsheet can hold. Busy periods, own words and which applications
 * are critical are structured lists: they are NOT in the CSV (an import leaves them as they are); the
 * knowledge pack carries them. Sensitivities are internal: exported only when marked shareable, and an
 * empty cell on import keeps the console's own text.
 */
export const departmentsCsv = namedCsvKind({
  kind: 'department',
  fileName: 'departments.csv',
  changes: ['department', 'person'],
  table: t.departments,
  columns: [
    { column: 'name', field: 'name', type: 'text' },
    { column: 'mission', field: 'mission', type: 'text' },
    { column: 'what_matters', field: 'whatMatters', type: 'text' },
    { column: 'preferred_contact', field: 'preferredContact', type: 'text' },
    { column: 'sensitivities', field: 'sensitivities', type: 'internal', shareable: 'sensitivitiesShareable' },
    { column: 'sensitivities_shareable', field: 'sensitivitiesShareable', type: 'yes-no' },
  ],
  schema: departmentFormSchema.pick({ name: true, mission: true, whatMatters: true, preferredContact: true, sensitivities: true, sensitivitiesShareable: true }),
})
