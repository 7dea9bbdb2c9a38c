import { useState } from 'react'

/**
 * What a confirmation question is about. Closing keeps the subject, so the dialog still names it while it
 * fades out instead of flashing an empty name.
 */
export function useConfirm<T>() {
  const [state, setState] = useState<{ subject: T | null; opened: boolean }>({ subject: null, opened: false })
  return {
    subject: state.subject,
    opened: state.opened,
    ask: (subject: T) => setState({ subject, opened: true }),
    close: () => setState((s) => ({ ...s, opened: false })),
  }
}
