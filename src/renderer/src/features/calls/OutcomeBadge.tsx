import { Badge } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import type { CallSummary, OutcomeKind } from '../../../../shared/call/record'

const colours: Record<OutcomeKind, string> = { resolved: 'teal', 'handed-over': 'blue', refused: 'grape', callback: 'orange' }

/** How a call ended; an unfinished call says so (and whether it is on hold). */
export function OutcomeBadge({ call }: { call: Pick<CallSummary, 'status' | 'outcome' | 'heldAt'> }) {
  const { t } = useTranslation()
  if (call.status === 'draft') {
    return (
      <Badge variant="light" color={call.heldAt ? 'orange' : 'gray'}>
        {call.heldAt ? t('calls.bar.held') : t('calls.draft')}
      </Badge>
    )
  }
  if (!call.outcome) return null
  return (
    <Badge variant="light" color={colours[call.outcome]}>
      {t(`calls.outcome.${call.outcome}`)}
    </Badge>
  )
}
