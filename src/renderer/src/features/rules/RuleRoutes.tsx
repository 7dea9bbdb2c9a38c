import { useTranslation } from 'react-i18next'
import { Route, Routes } from 'react-router'
import { KnowledgeList } from '../../components/KnowledgeList'
import { RuleEdit } from './RuleEdit'
import { RulePage } from './RulePage'

export function RuleRoutes() {
  const { t } = useTranslation()
  return (
    <Routes>
      <Route index element={<KnowledgeList channel="rules:list" kind="rule" title={t('rules.title')} intro={t('rules.intro')} basePath="/rules" />} />
      <Route path="new" element={<RuleEdit />} />
      <Route path=":id" element={<RulePage />} />
      <Route path=":id/edit" element={<RuleEdit />} />
    </Routes>
  )
}
