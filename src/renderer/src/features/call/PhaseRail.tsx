import { Badge, Button, CloseButton, Group, Kbd, List, Paper, SimpleGrid, Stack, Text, Title, UnstyledButton } from '@mantine/core'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { phaseIds, promptCards, type PhaseId, type PromptCard, type SituationId } from '../../../../shared/call/phases'
import type { Language } from '../../../../shared/knowledge/entities'
import { useSettings } from '../../components/settings-context'

const tipsKey = 'sdc-call-tips'

export function CardBody({ card }: { card: PromptCard }) {
  const { t } = useTranslation()
  return (
    <SimpleGrid cols={{ base: 1, lg: 2 }} spacing="md">
      <div>
        <Text fw={700} size="xs" c="teal.8">
          {t('call.phases.do')}
        </Text>
        <List size="xs" spacing={0}>
          {card.do.map((line) => (
            <List.Item key={line}>{line}</List.Item>
          ))}
        </List>
      </div>
      <div>
        <Text fw={700} size="xs" c="red.8">
          {t('call.phases.avoid')}
        </Text>
        <List size="xs" spacing={0}>
          {card.avoid.map((line) => (
            <List.Item key={line}>{line}</List.Item>
          ))}
        </List>
      </div>
    </SimpleGrid>
  )
}

/**
 * The eight phases of a good call, the current one with its prompt card (what to do, what not to say),
 * and the cards for an irritated or abusive caller. The cards' example sentences are in the caller's language.
 */
export function PhaseRail({ phase, onPhase, language }: { phase: PhaseId; onPhase: (phase: PhaseId) => void; language: Language }) {
  const { t, i18n } = useTranslation()
  const settings = useSettings()
  const [situation, setSituation] = useState<SituationId | null>(null)
  // Closed by default (an experienced agent knows the phases); whoever opens the tips keeps them open.
  const [cardOpen, setCardOpen] = useState(() => localStorage.getItem(tipsKey) === 'open')
  const toggleCard = () => {
    localStorage.setItem(tipsKey, cardOpen ? 'closed' : 'open')
    setCardOpen(!cardOpen)
  }
  const cards = promptCards(language, {
    agentName: settings.agent.shortName,
    servicedeskName: t('call.servicedeskName', { lng: language, organisation: settings.organisationName }),
    formOfAddress: settings.formOfAddress,
  })
  // The rail speaks the agent's language; the cards hold sentences for the caller, in the caller's language.
  const titles = promptCards(i18n.language === 'en' ? 'en' : 'nl').phases
  const card = cards.phases[phase]
  const otherLanguage = language !== (i18n.language === 'en' ? 'en' : 'nl')
  const languageBadge = otherLanguage ? (
    <Badge variant="outline" size="sm" style={{ flex: 'none' }} data-testid="card-language">
      {t('call.phases.inLanguage', { language: t(`call.languages.${language}`) })}
    </Badge>
  ) : null
  return (
    <Paper withBorder p="sm" data-testid="phase-rail">
      <Stack gap="xs">
        <Group gap={4} wrap="wrap" role="list" aria-label={t('call.phases.title')}>
          {phaseIds.map((id, i) => {
            const current = id === phase
            return (
              <UnstyledButton
                key={id}
                role="listitem"
                aria-current={current ? 'step' : undefined}
                aria-keyshortcuts={`Alt+${i + 1}`}
                onClick={() => onPhase(id)}
                data-phase={id}
                px={6}
                py={2}
                style={{
                  borderRadius: 6,
                  border: '1px solid var(--mantine-color-gray-4)',
                  background: current ? 'var(--mantine-color-blue-filled)' : i < phaseIds.indexOf(phase) ? 'var(--mantine-color-blue-light)' : undefined,
                  color: current ? 'white' : undefined,
                  fontWeight: current ? 700 : 500,
                  fontSize: 13,
                }}
              >
                <Kbd size="xs" mr={6}>
                  {i + 1}
                </Kbd>
                {titles[id].title}
              </UnstyledButton>
            )
          })}
          <Group gap={4} ml="auto">
            <Button size="compact-sm" title={t('call.phases.irritated')} aria-label={t('call.phases.irritated')} variant={situation === 'irritated-caller' ? 'filled' : 'light'} color="orange" onClick={() => setSituation((s) => (s === 'irritated-caller' ? null : 'irritated-caller'))}>
              {t('call.phases.irritatedShort')}
            </Button>
            <Button size="compact-sm" title={t('call.phases.abusive')} aria-label={t('call.phases.abusive')} variant={situation === 'abusive-caller' ? 'filled' : 'light'} color="red" onClick={() => setSituation((s) => (s === 'abusive-caller' ? null : 'abusive-caller'))}>
              {t('call.phases.abusiveShort')}
            </Button>
          </Group>
        </Group>
        {situation && (
          <Paper p="sm" bg={situation === 'abusive-caller' ? 'red.0' : 'orange.0'} data-testid="situation-card" role="region" aria-label={cards.situations[situation].title}>
            <Group justify="space-between" mb={4}>
              <Group gap="xs">
                <Title order={3} size="h5">
                  {cards.situations[situation].title}
                </Title>
                {languageBadge}
              </Group>
              <CloseButton aria-label={t('call.phases.closeCard')} onClick={() => setSituation(null)} />
            </Group>
            <CardBody card={cards.situations[situation]} />
          </Paper>
        )}
        <Group justify="space-between" gap="xs" wrap="nowrap">
          <Text size="sm" lineClamp={1}>
            <b>{t('call.phases.current', { number: phaseIds.indexOf(phase) + 1, title: titles[phase].title })}</b>
            {!cardOpen && card.do[0] ? ` — ${card.do[0]}` : ''}
          </Text>
          {languageBadge}
          <Button size="compact-xs" variant="subtle" style={{ flex: 'none' }} onClick={toggleCard} aria-expanded={cardOpen}>
            {cardOpen ? t('call.phases.hideCard') : t('call.phases.showCard')}
          </Button>
        </Group>
        {cardOpen && (
          <div data-testid="prompt-card">
            <CardBody card={card} />
          </div>
        )}
      </Stack>
    </Paper>
  )
}
