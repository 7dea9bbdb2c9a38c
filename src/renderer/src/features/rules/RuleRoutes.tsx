import { useTranslation } from 'react-i18next'
import { Route, Routes } from 'react-router'
import { KnowledgeList } from '../../components/KnowledgeList'

export function RuleRoutes() {
  const { t } = useTranslation()
  return (
    <Routes>
      <Route index element={<KnowledgeList channel="rules:list" kind="rule" title={t('nav.rules')} basePath="/rules" />} />
    </Routes>
  )
}
