import type { z } from 'zod'
import type { FieldIssue } from './result'

/** zod issues as field issues: the dotted path of the field and what is wrong with it. */
export function issuesFromZod(error: z.ZodError): FieldIssue[] {
  return error.issues.map((issue) => ({ field: issue.path.map(String).join('.'), message: issue.message }))
}

export function describeIssues(issues: FieldIssue[]): string {
  return issues.map((i) => (i.field ? `${i.field}: ${i.message}` : i.message)).join('; ')
}
