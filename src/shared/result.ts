/** The error codes a request can end with. The UI translates each code into words a person can act on. */
export const errorCodes = ['invalid-input', 'not-found', 'conflict', 'unavailable', 'internal'] as const
export type ErrorCode = (typeof errorCodes)[number]

export interface FieldIssue {
  /** Dotted path of the field in the request, e.g. "id" or "phones.0.number"; "" for the whole input. */
  field: string
  message: string
}

export interface AppErrorData {
  code: ErrorCode
  message: string
  issues?: FieldIssue[]
}

export type Result<T> = { ok: true; value: T } | { ok: false; error: AppErrorData }

/** Thrown by services for failures a person can act on; the binding turns it into `{ ok: false }`. */
export class AppError extends Error {
  readonly code: ErrorCode
  readonly issues: FieldIssue[] | undefined
  constructor(code: ErrorCode, message: string, issues?: FieldIssue[]) {
    super(message)
    this.name = 'AppError'
    this.code = code
    this.issues = issues
  }
  toData(): AppErrorData {
    return this.issues ? { code: this.code, message: this.message, issues: this.issues } : { code: this.code, message: this.message }
  }
}
