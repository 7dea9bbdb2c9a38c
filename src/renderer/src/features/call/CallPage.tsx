import { Anchor, Skeleton, Stack } from '@mantine/core'
import { useEffect, useState, type JSX } from 'react'
import type { DepartmentDetail } from '../../../../shared/knowledge/entities'
import { call } from '../../api'
import { useTranslation } from 'react-i18next'
import { Link, useParams } from 'react-router'
import { ErrorNotice } from '../../components/ErrorNotice'
import { useRequest } from '../../components/use-request'
import { CallWorkspace } from './CallWorkspace'
import { FinishedCall } from './FinishedCall'

/** The department with this id once loaded (null: none, or it could not be loaded); undefined while loading. */
function useFirstDepartment(departmentId: string | null): DepartmentDetail | null | undefined {
  const [loaded, setLoaded] = useState<{ id: string; value: DepartmentDetail | null } | null>(null)
  useEffect(() => {
    if (!departmentId) return
    let current = true
    call('departments:get', { id: departmentId }).then(
      (value) => current && setLoaded({ id: departmentId, value }),
      () => current && setLoaded({ id: departmentId, value: null }),
    )
    return () => {
      current = false
    }
  }, [departmentId])
  if (!departmentId) return null
  return loaded?.id === departmentId ? loaded.value : undefined
}

/** The call workspace: the screen an agent works in during a phone call (hash route /calls/:id). */
export function CallPage(): JSX.Element {
  const { t } = useTranslation()
  const { id = '' } = useParams()
  // Loaded once per call: after that the screen's own state is the truth while the agent types.
  const [record, reload] = useRequest('calls:get', { id })
  // Flows and solutions arrive with a team pack, whose apply announces every kind of knowledge as changed.
  const [flows, reloadFlows] = useRequest('flows:list', {}, { reloadOnChange: ['article'] })
  const failed = record.status === 'error' ? record : flows.status === 'error' ? flows : null
  // The caller's department is wanted first on a screen pop: asked for as soon as the call is known, so
  // the card is there in the first drawing of the call.
  const departmentId = record.status === 'done' && record.value.id === id ? record.value.draft.departmentId : null
  const department = useFirstDepartment(departmentId)
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
      {!failed && (record.status === 'loading' || flows.status === 'loading' || department === undefined) && <Skeleton h={480} />}
      {record.status === 'done' && flows.status === 'done' && record.value.id === id && department !== undefined && (
        record.value.status === 'finished' ? (
          <FinishedCall record={record.value} flows={flows.value.flows} />
        ) : (
          <CallWorkspace key={id} initial={record.value} initialDepartment={department} flows={flows.value.flows} solutions={flows.value.solutions} />
        )
      )}
    </Stack>
  )
}
