import { Alert, Code, Container, Stack, Text, Title } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import type { AppStatus } from '../../../shared/contract'

type Unusable = Exclude<AppStatus, { state: 'ready' }>

/** Shown instead of the console when the database cannot be used; says why and what to do. */
export function StartupScreen({ status }: { status: Unusable }) {
  const { t } = useTranslation()
  return (
    <Container size="sm" py="xl">
      <Alert color={status.state === 'refused' ? 'orange' : 'red'} role="alert">
        <Stack gap="sm">
          {status.state === 'refused' ? (
            <>
              <Title order={2}>{t('startup.refusedTitle')}</Title>
              <Text>{t('startup.refusedBody', { file: status.databaseFile, databaseSchema: status.databaseSchema, appSchema: status.appSchema, version: status.version })}</Text>
              <Text fw={600}>{t('startup.refusedAction')}</Text>
            </>
          ) : (
            <>
              <Title order={2}>{t('startup.failedTitle')}</Title>
              <Text>{t('startup.failedBody', { file: status.databaseFile, reason: status.reason })}</Text>
              <Text>{status.backupFile ? t('startup.failedRolledBack', { backup: status.backupFile }) : t('startup.failedNoBackup')}</Text>
              <Text fw={600}>{t('startup.failedAction')}</Text>
            </>
          )}
          <Text size="sm">
            {t('startup.dataDir', { dir: '' })}
            <Code>{status.dataDir}</Code>
          </Text>
        </Stack>
      </Alert>
    </Container>
  )
}
