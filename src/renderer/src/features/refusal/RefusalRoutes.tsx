import { Skeleton, Stack } from '@mantine/core'
import { useEffect, useState } from 'react'
import { Route, Routes, useParams, useSearchParams } from 'react-router'
import type { RefusalRecord } from '../../../../shared/refusal/parts'
import { emptyParts } from '../../../../shared/refusal/parts'
import { defaultInvitation } from '../../../../shared/refusal/phrases'
import { prefill } from '../../../../shared/refusal/prefill'
import type { Settings } from '../../../../shared/settings'
import { ApiError, call } from '../../api'
import { ErrorNotice } from '../../components/ErrorNotice'
import { useSettings } from '../../components/settings-context'
import { callLanguage } from '../call/call-draft'
import { RefusalBuilder, type BuilderStart } from './RefusalBuilder'
import { RefusalView } from './RefusalView'

export function RefusalRoutes() {
  return (
    <Routes>
      <Route path="new" element={<NewRefusal />} />
      <Route path=":id" element={<RefusalById />} />
    </Routes>
  )
}

type Loaded<T> = { state: 'loading' } | { state: 'error'; error: ApiError } | { state: 'done'; value: T }

function useLoad<T>(key: string, load: () => Promise<T>): [Loaded<T>, () => void] {
  const [attempt, setAttempt] = useState(0)
  const [loaded, setLoaded] = useState<{ key: string; value: Loaded<T> }>({ key: '', value: { state: 'loading' } })
  const full = `${key} ${attempt}`
  useEffect(() => {
    let current = true
    load().then(
      (value) => current && setLoaded({ key: full, value: { state: 'done', value } }),
      (error: unknown) => current && setLoaded({ key: full, value: { state: 'error', error: error instanceof ApiError ? error : new ApiError({ code: 'internal', message: String(error) }) } }),
    )
    return () => {
      current = false
    }
    // eslint-disable-next-line react-hooks/exhaustive-deps -- the key says when to load again
  }, [full])
  return [loaded.key === full ? loaded.value : { state: 'loading' }, () => setAttempt((n) => n + 1)]
}

/** Where a new refusal starts: the call's language, the rule's stored texts, or an earlier refusal's parts. */
async function startFor(params: URLSearchParams, settings: Settings): Promise<BuilderStart> {
  const callId = params.get('call')
  const from = params.get('from')
  let ruleId = params.get('rule')
  let language = settings.contentLanguage
  if (callId) language = callLanguage((await call('calls:get', { id: callId })).draft, settings)
  const base = { ...emptyParts(), invitation: defaultInvitation(language, settings.formOfAddress) }
  if (from) {
    const earlier = await call('refusals:get', { id: from })
    ruleId ??= earlier.ruleId
    return { id: null, callId, ruleId, language, parts: earlier.parts, notices: [] }
  }
  if (ruleId) {
    const filled = prefill(await call('rules:get', { id: ruleId }), language, settings.contentLanguage, base)
    return { id: null, callId, ruleId, language, parts: filled.parts, notices: filled.notices }
  }
  return { id: null, callId, ruleId: null, language, parts: base, notices: [] }
}

function NewRefusal() {
  const settings = useSettings()
  const [params] = useSearchParams()
  const key = params.toString()
  const [start, retry] = useLoad(key, () => startFor(params, settings))
  if (start.state === 'loading') return <Skeleton h={480} />
  if (start.state === 'error') return <ErrorNotice error={start.error} onRetry={retry} />
  return <RefusalBuilder key={key} start={start.value} />
}

function RefusalById() {
  const { id = '' } = useParams()
  const [record, retry] = useLoad<RefusalRecord>(id, () => call('refusals:get', { id }))
  if (record.state === 'loading') return <Skeleton h={480} />
  if (record.state === 'error') {
    return (
      <Stack>
        <ErrorNotice error={record.error} onRetry={retry} />
      </Stack>
    )
  }
  const r = record.value
  if (r.status === 'final') return <RefusalView refusal={r} />
  return <RefusalBuilder key={r.id} start={{ id: r.id, callId: r.callId, ruleId: r.ruleId, language: r.language, parts: r.parts, notices: [] }} />
}
