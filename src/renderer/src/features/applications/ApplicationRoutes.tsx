import { useTranslation } from 'react-i18next'
import { Route, Routes } from 'react-router'
import { KnowledgeList } from '../../components/KnowledgeList'

export function ApplicationRoutes() {
  const { t } = useTranslation()
  return (
    <Routes>
      <Route index element={<KnowledgeList channel="applications:list" kind="application" title={t('nav.applications')} basePath="/applications" />} />
    </Routes>
  )
}
