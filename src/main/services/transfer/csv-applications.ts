import * as t from '../../db/schema'
import { applicationFormSchema } from '../../../shared/knowledge/forms'
import { namedCsvKind } from './csv-named'

/** applications.csv: every field of an application; which departments depend on it is in the pack. */
export const applicationsCsv = namedCsvKind({
  kind: 'application',
  fileName: 'applications.csv',
  changes: ['application', 'department'],
  table: t.applications,
  columns: [
    { column: 'name', field: 'name', type: 'text' },
    { column: 'description', field: 'description', type: 'text' },
    { column: 'owner', field: 'owner', type: 'text' },
    { column: 'resolver_group', field: 'resolverGroup', type: 'text' },
    { column: 'resolver_contact', field: 'resolverContact', type: 'text' },
    { column: 'support_hours', field: 'supportHours', type: 'text' },
    { column: 'known_issues', field: 'knownIssues', type: 'text' },
  ],
  schema: applicationFormSchema,
})
