import { ActionIcon, Anchor, Badge, Button, Checkbox, Group, Paper, Stack, Switch, Text } from '@mantine/core'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { Link } from 'react-router'
import { phaseIds, promptCards, type PhaseId } from '../../../../shared/call/phases'
import type { LearningItem } from '../../../../shared/onboarding/records'
import { useSettings } from '../../components/settings-context'
import { CardBody } from '../call/PhaseRail'
import { itemPath } from './card-links'

const isPhase = (id: string | null): id is PhaseId => !!id && (phaseIds as readonly string[]).includes(id)

/** What the learner sees an item as: phases are named by the call screen's cards, in the UI language. */
export function useItemTitle(): (item: LearningItem) => string {
  const { i18n } = useTranslation()
  const titles = promptCards(i18n.language === 'en' ? 'en' : 'nl').phases
  return (item) => (item.kind === 'phase' && isPhase(item.refId) ? titles[item.refId].title : item.title)
}

export interface LeadActions {
  move: (item: LearningItem, direction: -1 | 1) => void
  require: (item: LearningItem, required: boolean) => void
  edit: (item: LearningItem) => void
  remove: (item: LearningItem) => void
}

interface Props {
  item: LearningItem
  index: number
  count: number
  onMark: (item: LearningItem, done: boolean) => void
  /** Team lead mode: the controls to change the path. Nothing is disabled while saving, so the keyboard focus stays. */
  lead: LeadActions | null
}

export function PathItem({ item, index, count, onMark, lead }: Props) {
  const { t, i18n } = useTranslation()
  const settings = useSettings()
  const titleOf = useItemTitle()
  const title = titleOf(item)
  const [cardOpen, setCardOpen] = useState(false)
  const path = itemPath(item)
  const done = item.doneAt !== null
  const language = i18n.language === 'en' ? 'en' : 'nl'
  const card =
    item.kind === 'phase' && isPhase(item.refId)
      ? promptCards(language, {
          agentName: settings.agent.shortName,
          servicedeskName: t('call.servicedeskName', { organisation: settings.organisationName }),
          formOfAddress: settings.formOfAddress,
        }).phases[item.refId]
      : null
  const doneAt = item.doneAt ? new Intl.DateTimeFormat(i18n.language, { dateStyle: 'medium', timeZone: settings.timeZone }).format(new Date(item.doneAt)) : null

  return (
    <Paper component="li" withBorder p="sm" data-testid="path-item" data-item-id={item.id} data-kind={item.kind} data-done={done} aria-label={title}>
      <Group align="flex-start" wrap="nowrap" gap="sm">
        <Checkbox
          mt={4}
          size="md"
          checked={done}
          onChange={(e) => onMark(item, e.currentTarget.checked)}
          aria-label={t('onboarding.path.done', { title })}
        />
        <Stack gap={4} style={{ flex: 1, minWidth: 0 }}>
          <Group gap="xs" wrap="wrap">
            <Text size="xs" c="dimmed" fw={600} w={22}>
              {index + 1}.
            </Text>
            <Badge variant="light" color="gray" size="sm">
              {t(`onboarding.kinds.${item.kind}`)}
            </Badge>
            {path ? (
              // A rule's title is its whole statement: a size smaller, so the path stays readable.
              <Anchor component={Link} to={path} fw={600} size={item.kind === 'rule' ? 'sm' : undefined}>
                {title}
              </Anchor>
            ) : (
              <Text fw={600}>{title}</Text>
            )}
            {item.required && (
              <Badge color="orange" variant="filled" size="sm" data-testid="required-badge">
                {t('onboarding.path.requiredBadge')}
              </Badge>
            )}
            {doneAt && (
              <Text size="xs" c="teal.8">
                {t('onboarding.path.doneAt', { date: doneAt })}
              </Text>
            )}
          </Group>
          {item.body && (
            <Text size="sm" c={item.kind === 'own' ? undefined : 'dimmed'} style={{ whiteSpace: 'pre-line' }}>
              {item.body}
            </Text>
          )}
          {card && (
            <>
              <Button size="compact-xs" variant="subtle" w="fit-content" onClick={() => setCardOpen((o) => !o)} aria-expanded={cardOpen}>
                {cardOpen ? t('onboarding.path.hideCard') : t('onboarding.path.showCard')}
              </Button>
              {cardOpen && (
                <div data-testid="phase-card">
                  <CardBody card={card} />
                </div>
              )}
            </>
          )}
        </Stack>
        {lead && <LeadControls item={item} title={title} index={index} count={count} lead={lead} />}
      </Group>
    </Paper>
  )
}

function LeadControls({ item, title, index, count, lead }: { item: LearningItem; title: string; index: number; count: number; lead: LeadActions }) {
  const { t } = useTranslation()
  return (
    <Group gap={6} wrap="nowrap" data-testid="lead-controls">
      <Switch
        size="sm"
        label={t('onboarding.lead.required')}
        aria-label={t('onboarding.lead.requiredFor', { title })}
        checked={item.required}
        onChange={(e) => lead.require(item, e.currentTarget.checked)}
      />
      <ActionIcon
        variant="default"
        id={`move-up-${item.id}`}
        aria-label={t('onboarding.lead.up', { title })}
        title={t('onboarding.lead.up', { title })}
        disabled={index === 0}
        onClick={() => lead.move(item, -1)}
      >
        ↑
      </ActionIcon>
      <ActionIcon
        variant="default"
        id={`move-down-${item.id}`}
        aria-label={t('onboarding.lead.down', { title })}
        title={t('onboarding.lead.down', { title })}
        disabled={index === count - 1}
        onClick={() => lead.move(item, 1)}
      >
        ↓
      </ActionIcon>
      {item.kind === 'own' && (
        <>
          <Button size="compact-sm" variant="subtle" aria-label={t('onboarding.lead.editFor', { title })} onClick={() => lead.edit(item)}>
            {t('onboarding.lead.edit')}
          </Button>
          <Button size="compact-sm" variant="subtle" color="red" aria-label={t('onboarding.lead.deleteFor', { title })} onClick={() => lead.remove(item)}>
            {t('onboarding.lead.delete')}
          </Button>
        </>
      )}
    </Group>
  )
}
