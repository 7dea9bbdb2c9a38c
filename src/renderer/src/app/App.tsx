import { AppShell, Box, Button, Center, Group, Kbd, Loader, NavLink, SegmentedControl, Switch, Text, Title, Tooltip } from '@mantine/core'
import { spotlight } from '@mantine/spotlight'
import { createContext, useContext, useEffect, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { createHashRouter, Navigate, NavLink as RouterLink, Route, RouterProvider, Routes } from 'react-router'
import type { AppStatus } from '../../../shared/contract'
import type { Language } from '../../../shared/knowledge/entities'
import type { Settings } from '../../../shared/settings'
import { ApiError, call, on } from '../api'
import { ErrorNotice } from '../components/ErrorNotice'
import { SettingsContext } from '../components/settings-context'
import { ApplicationRoutes } from '../features/applications/ApplicationRoutes'
import { ArticleRoutes } from '../features/articles/ArticleRoutes'
import { CallPage } from '../features/call/CallPage'
import { CallHistory } from '../features/calls/CallHistory'
import { OpenCallsBar } from '../features/calls/OpenCallsBar'
import { ResumeDrafts } from '../features/calls/ResumeDrafts'
import { useNewCallKey, useStartCall } from '../features/calls/start-call'
import { useOpenCalls } from '../features/calls/use-calls'
import { useScreenPop } from '../features/calls/use-screen-pop'
import { DepartmentRoutes } from '../features/departments/DepartmentRoutes'
import { OutboxPage } from '../features/export/OutboxPage'
import { GlossaryRoutes } from '../features/glossary/GlossaryRoutes'
import { JargonRoutes } from '../features/jargon/JargonRoutes'
import { OnboardingRoutes } from '../features/onboarding/OnboardingRoutes'
import { PeopleRoutes } from '../features/people/PeopleRoutes'
import { PracticeRoutes } from '../features/practice/PracticeRoutes'
import { PromiseAlerts } from '../features/promises/PromiseAlerts'
import { PromisesPage } from '../features/promises/PromisesPage'
import { RefusalRoutes } from '../features/refusal/RefusalRoutes'
import { RuleRoutes } from '../features/rules/RuleRoutes'
import { SettingsPage } from '../features/settings/SettingsPage'
import { TransferPage } from '../features/transfer/TransferPage'
import { setLanguage } from '../i18n'
import { SearchPalette } from './SearchPalette'
import { StartupScreen } from './StartupScreen'

/** When this session of the console began: unfinished calls from before it are offered to resume. */
const bootTime = Date.now()

type Boot = { state: 'loading' } | { state: 'error'; error: ApiError } | { state: 'started'; status: AppStatus; settings: Settings | null }

export function App() {
  const { t } = useTranslation()
  const [boot, setBoot] = useState<Boot>({ state: 'loading' })
  const [attempt, setAttempt] = useState(0)

  useEffect(() => {
    let current = true
    void (async () => {
      try {
        const status = await call('app:status', {})
        const settings = status.state === 'ready' ? await call('settings:get', {}) : null
        if (settings) await setLanguage(settings.uiLanguage)
        if (current) setBoot({ state: 'started', status, settings })
      } catch (error) {
        if (current) setBoot({ state: 'error', error: error instanceof ApiError ? error : new ApiError({ code: 'internal', message: String(error) }) })
      }
    })()
    return () => {
      current = false
    }
  }, [attempt])

  // Settings changed elsewhere (another window, another browser tab): follow along.
  useEffect(
    () =>
      on('settings:changed', (settings) => {
        void setLanguage(settings.uiLanguage)
        setBoot((b) => (b.state === 'started' ? { ...b, settings } : b))
      }),
    [],
  )

  if (boot.state === 'loading') {
    return (
      <Center h="100vh" data-app-state="loading">
        <Loader aria-label={t('app.loading')} />
      </Center>
    )
  }
  if (boot.state === 'error') {
    return (
      <Center h="100vh" p="xl" data-app-state="error">
        <ErrorNotice error={boot.error} onRetry={() => setAttempt((n) => n + 1)} />
      </Center>
    )
  }
  if (boot.status.state !== 'ready' || !boot.settings) {
    return (
      <div data-app-state={boot.status.state}>
        <StartupScreen status={boot.status as Exclude<AppStatus, { state: 'ready' }>} />
      </div>
    )
  }
  return (
    <div data-app-state="ready">
      <ShellContext.Provider value={{ settings: boot.settings, onSettings: (settings) => setBoot((b) => (b.state === 'started' ? { ...b, settings } : b)) }}>
        <RouterProvider router={router} />
      </ShellContext.Provider>
    </div>
  )
}

const ShellContext = createContext<{ settings: Settings; onSettings: (settings: Settings) => void } | null>(null)

function RoutedShell() {
  const shell = useContext(ShellContext)!
  return <Shell settings={shell.settings} onSettings={shell.onSettings} />
}

// A data router (hash history, as the app is loaded from file://), so forms can ask before an unsaved edit is left.
const router = createHashRouter([{ path: '*', element: <RoutedShell /> }])

const navigation = [
  { path: '/calls', label: 'nav.calls' },
  { path: '/promises', label: 'promises.nav' },
  { path: '/outbox', label: 'export.nav' },
  { path: '/departments', label: 'nav.departments' },
  { path: '/people', label: 'nav.people' },
  { path: '/applications', label: 'nav.applications' },
  { path: '/rules', label: 'nav.rules' },
  { path: '/articles', label: 'nav.articles' },
  { path: '/glossary', label: 'nav.glossary' },
  { path: '/jargon', label: 'jargon.nav' },
  { path: '/learn', label: 'onboarding.nav' },
  { path: '/practice', label: 'practice.nav' },
  { path: '/transfer', label: 'nav.transfer' },
  { path: '/settings', label: 'nav.settings' },
] as const

function Shell({ settings, onSettings }: { settings: Settings; onSettings: (settings: Settings) => void }) {
  const { t, i18n } = useTranslation()
  const changeLanguage = async (language: Language) => {
    const saved = await call('settings:set-language', { language })
    await setLanguage(saved.uiLanguage)
    onSettings(saved)
  }
  // The answer itself is applied: the switch must not depend on the event stream being up.
  const setScreenSharing = (on: boolean) => void call('settings:set-screen-sharing', { on }).then(onSettings, () => {})
  const startCall = useStartCall()
  useNewCallKey(startCall)
  useScreenPop()
  const openCalls = useOpenCalls()
  return (
    <SettingsContext.Provider value={settings}>
      <AppShell header={{ height: 56 }} navbar={{ width: 220, breakpoint: 0 }} padding="lg">
        <AppShell.Header>
          <Group h="100%" px="md" justify="space-between" wrap="nowrap">
            <Group gap="sm" wrap="nowrap" miw={0} style={{ flex: 1 }}>
              <Box style={{ flexShrink: 0 }}>
                <Title order={1} size="h5" lh={1.2}>
                  {t('app.title')}
                </Title>
                <Text c="dimmed" size="xs" lh={1.2} truncate maw={170} data-testid="organisation-name">
                  {settings.organisationName}
                </Text>
              </Box>
              <Button size="xs" onClick={startCall} aria-keyshortcuts="Control+N" rightSection={<Kbd size="xs">{t('calls.newCallKey')}</Kbd>} style={{ flexShrink: 0 }}>
                {t('calls.newCall')}
              </Button>
              <OpenCallsBar calls={openCalls} />
              <PromiseAlerts />
            </Group>
            <Group gap="md" wrap="nowrap" style={{ flexShrink: 0 }}>
              <Button variant="default" size="xs" onClick={() => spotlight.open()} rightSection={<Kbd size="xs">{t('search.hint')}</Kbd>}>
                {t('search.open')}
              </Button>
              <Tooltip label={t('internal.screenSharingHint')}>
                <Switch
                  label={t('internal.screenSharing')}
                  checked={settings.screenSharing}
                  onChange={(e) => setScreenSharing(e.currentTarget.checked)}
                />
              </Tooltip>
              <SegmentedControl
                size="xs"
                aria-label={t('app.language')}
                value={i18n.language}
                onChange={(value) => void changeLanguage(value as Language)}
                data={[
                  { value: 'nl', label: 'NL' },
                  { value: 'en', label: 'EN' },
                ]}
              />
            </Group>
          </Group>
        </AppShell.Header>
        <AppShell.Navbar p="xs" aria-label={t('app.navigation')} component="nav">
          {navigation.map((item) => (
            <NavLink key={item.path} component={RouterLink} to={item.path} label={t(item.label)} />
          ))}
        </AppShell.Navbar>
        <AppShell.Main id="main">
          <ResumeDrafts openCalls={openCalls} bootTime={bootTime} />
          <Routes>
            <Route path="/" element={<Navigate to="/departments" replace />} />
            <Route path="/calls" element={<CallHistory />} />
            <Route path="/calls/:id" element={<CallPage />} />
            <Route path="/promises" element={<PromisesPage />} />
            <Route path="/outbox" element={<OutboxPage />} />
            <Route path="/departments/*" element={<DepartmentRoutes />} />
            <Route path="/people/*" element={<PeopleRoutes />} />
            <Route path="/applications/*" element={<ApplicationRoutes />} />
            <Route path="/rules/*" element={<RuleRoutes />} />
            <Route path="/refusals/*" element={<RefusalRoutes />} />
            <Route path="/articles/*" element={<ArticleRoutes />} />
            <Route path="/glossary/*" element={<GlossaryRoutes />} />
            <Route path="/jargon/*" element={<JargonRoutes />} />
            <Route path="/practice/*" element={<PracticeRoutes />} />
            <Route path="/learn/*" element={<OnboardingRoutes />} />
            <Route path="/transfer/*" element={<TransferPage />} />
            <Route path="/settings/*" element={<SettingsPage />} />
            <Route path="*" element={<Navigate to="/departments" replace />} />
          </Routes>
        </AppShell.Main>
        <SearchPalette />
      </AppShell>
    </SettingsContext.Provider>
  )
}
