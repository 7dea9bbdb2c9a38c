import { phaseIds, type PhaseId } from '../../../../shared/call/phases'

const focusable = 'input:not([disabled]):not([type="hidden"]), textarea:not([disabled]), button:not([disabled]), select:not([disabled]), [tabindex]:not([tabindex="-1"])'

/** Focuses the element (or the first control inside it) and brings it into view. */
export function focusElement(element: Element | null): boolean {
  if (!(element instanceof HTMLElement)) return false
  const target = element.matches(focusable) ? element : element.querySelector<HTMLElement>(focusable)
  if (!target) return false
  target.focus()
  target.scrollIntoView({ block: 'center' })
  return true
}

export function focusId(id: string): boolean {
  return focusElement(document.getElementById(id))
}

/** Where each phase of the call is worked on. */
const phaseTargets: Record<PhaseId, string[]> = {
  open: ['call-caller-lookup', 'call-caller-name'],
  listen: ['call-intake-what'],
  acknowledge: ['call-intake-what'],
  explore: ['call-flow-current', 'call-category'],
  'check-back': ['call-read-back'],
  act: ['call-outcome-kind'],
  expectation: ['call-outcome-kind'],
  close: ['call-finish'],
}

export function focusPhase(phase: PhaseId): void {
  for (const id of phaseTargets[phase]) if (focusId(id)) return
}

export const phaseNumber = (phase: PhaseId): number => phaseIds.indexOf(phase) + 1

/** The questions on the path, in order; the one holding the focus, or the current one. */
export function moveQuestion(step: 1 | -1): void {
  const questions = [...document.querySelectorAll('[data-flow-question]')]
  if (questions.length === 0) {
    focusId('call-category')
    return
  }
  const at = questions.findIndex((q) => q.contains(document.activeElement))
  const current = questions.findIndex((q) => q.id === 'call-flow-current')
  const from = at >= 0 ? at : current >= 0 ? current - step : step === 1 ? -1 : questions.length
  const to = Math.min(questions.length - 1, Math.max(0, from + step))
  focusElement(questions[to] ?? null)
}

/** Presses a button of the current question ("yes", "mark answered"). */
export function pressInCurrent(selector: string): void {
  const button = document.getElementById('call-flow-current')?.querySelector<HTMLButtonElement>(selector)
  if (button && !button.disabled) button.click()
}
