import { Anchor, Skeleton, Stack } from '@mantine/core'
import type { JSX } from 'react'
import { useTranslation } from 'react-i18next'
import { Link, useParams } from 'react-router'
import { ErrorNotice } from '../../components/ErrorNotice'
import { useRequest } from '../../components/use-request'
import { CallWorkspace } from './CallWorkspace'
import { FinishedCall } from './FinishedCall'

/** The call workspace: the screen an agent works in during a phone call (hash route /calls/:id). */
export function CallPage(): JSX.Element {
  const { t } = useTranslation()
  const { id = '' } = useParams()
  // Loaded once per call: after that the screen's own state is the truth while the agent types.
  const [record, reload] = useRequest('calls:get', { id })
  // Flows and solutions arrive with a team pack, whose apply announces every kind of knowledge as changed.
  const [flows, reloadFlows] = useRequest('flows:list', {}, { reloadOnChange: ['article'] })
  const failed = record.status === 'error' ? record : flows.status === 'error' ? flows : null
  return (
    <Stack data-testid="call-page" data-call-id={id}>
      {failed?.status === 'error' && (
        <>
          <ErrorNotice
            error={failed.error}
            onRetry={() => {
              reload()
              reloadFlows()
            }}
          />
          <Anchor component={Link} to="/calls" size="sm">
            ← {t('call.backToCalls')}
          </Anchor>
        </>
      )}
      {!failed && (record.status === 'loading' || flows.status === 'loading') && <Skeleton h={480} />}
      {record.status === 'done' && flows.status === 'done' && record.value.id === id && (
        record.value.status === 'finished' ? (
          <FinishedCall record={record.value} flows={flows.value.flows} />
        ) : (
          <CallWorkspace key={id} initial={record.value} flows={flows.value.flows} solutions={flows.value.solutions} />
        )
      )}
    </Stack>
  )
}
