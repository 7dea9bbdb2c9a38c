import { Alert, Badge, Group, Stack, Text } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import type { DepartmentDetail } from '../../../../shared/knowledge/entities'

/** "Month-end closing, 2 working days left — Finix is critical": what matters to them today. */
export function RightNow({ department }: { department: DepartmentDetail }) {
  const { t } = useTranslation()
  const { periods, extraCritical } = department.rightNow
  if (periods.length === 0) return null
  const active = periods.filter((p) => p.active)
  return (
    <Alert color={active.length ? 'orange' : 'blue'} title={t('departments.rightNow.title')} data-testid="right-now">
      <Stack gap={4}>
        {periods.map((p) => (
          <Group key={`${p.label}${p.start}`} gap="xs">
            <Badge color={p.active ? 'orange' : 'blue'} variant={p.active ? 'filled' : 'light'}>
              {p.active ? t('departments.rightNow.now') : t('departments.rightNow.soon')}
            </Badge>
            <Text fw={600}>{p.label}</Text>
            <Text>
              {p.active
                ? t('departments.rightNow.left', { count: p.workingDaysLeft ?? 0 })
                : p.startsInWorkingDays === 0
                  ? t('departments.rightNow.startsBeforeNextWorkingDay')
                  : t('departments.rightNow.startsIn', { count: p.startsInWorkingDays ?? 0 })}
            </Text>
          </Group>
        ))}
        {extraCritical.length > 0 && (
          <Text fw={600}>
            {t('departments.rightNow.extraCritical', { names: extraCritical.map((a) => a.name).join(', '), count: extraCritical.length })}
          </Text>
        )}
      </Stack>
    </Alert>
  )
}
