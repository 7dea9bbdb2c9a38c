import { Kbd, Modal, Table } from '@mantine/core'
import { useEffect, useState, type ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import { phaseIds, type PhaseId } from '../../../../shared/call/phases'
import { focusPhase, moveQuestion, pressInCurrent } from './focus'

/**
 * The call screen's keys. All use Alt, which the browser and the console leave free here (Alt+←/→ are the
 * browser's back and forward, Ctrl+N starts a call, Ctrl+K searches): they work while typing in a field.
 */
export const shortcutList: { keys: string[][]; action: string }[] = [
  { keys: [['Alt', '↓'], ['Alt', 'J']], action: 'nextQuestion' },
  { keys: [['Alt', '↑'], ['Alt', 'K']], action: 'previousQuestion' },
  { keys: [['Alt', 'Y']], action: 'answerYes' },
  { keys: [['Alt', 'N']], action: 'answerNo' },
  { keys: [['Alt', 'Enter']], action: 'markAnswered' },
  { keys: [['Alt', '1 … 8']], action: 'phase' },
  { keys: [['Alt', 'H']], action: 'help' },
]

export function useCallShortcuts(setPhase: (phase: PhaseId) => void): { help: ReactNode; toggleHelp: () => void } {
  const { t } = useTranslation()
  const [open, setOpen] = useState(false)
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (!event.altKey || event.ctrlKey || event.metaKey) return
      const digit = /^(?:Digit|Numpad)([1-8])$/.exec(event.code)?.[1]
      let handled = true
      if (digit) {
        const phase = phaseIds[Number(digit) - 1]!
        setPhase(phase)
        requestAnimationFrame(() => focusPhase(phase))
      } else if (event.code === 'ArrowDown' || event.code === 'KeyJ') moveQuestion(1)
      else if (event.code === 'ArrowUp' || event.code === 'KeyK') moveQuestion(-1)
      else if (event.code === 'KeyY') pressInCurrent('[data-answer="yes"]')
      else if (event.code === 'KeyN') pressInCurrent('[data-answer="no"]')
      else if (event.key === 'Enter') pressInCurrent('[data-mark-answered]')
      else if (event.code === 'KeyH') setOpen((o) => !o)
      else handled = false
      if (handled) event.preventDefault()
    }
    document.addEventListener('keydown', onKey, true)
    return () => document.removeEventListener('keydown', onKey, true)
  }, [setPhase])
  const help = (
    <Modal opened={open} onClose={() => setOpen(false)} title={t('call.shortcuts.title')} data-testid="call-shortcuts">
      <Table>
        <Table.Tbody>
          {shortcutList.map((s) => (
            <Table.Tr key={s.action}>
              <Table.Td style={{ whiteSpace: 'nowrap' }}>
                {s.keys.map((combo, j) => (
                  <span key={combo.join('+')}>
                    {j > 0 && ` ${t('call.shortcuts.or')} `}
                    {combo.map((k, i) => (
                      <span key={k}>
                        {i > 0 && ' + '}
                        <Kbd>{k}</Kbd>
                      </span>
                    ))}
                  </span>
                ))}
              </Table.Td>
              <Table.Td>{t(`call.shortcuts.${s.action}`)}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Modal>
  )
  return { help, toggleHelp: () => setOpen((o) => !o) }
}
