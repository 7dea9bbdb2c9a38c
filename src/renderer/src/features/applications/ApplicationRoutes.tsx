import { useTranslation } from 'react-i18next'
import { Route, Routes } from 'react-router'
import { KnowledgeList } from '../../components/KnowledgeList'
import { ApplicationEdit } from './ApplicationEdit'
import { ApplicationPage } from './ApplicationPage'

export function ApplicationRoutes() {
  const { t } = useTranslation()
  return (
    <Routes>
      <Route
        index
        element={<KnowledgeList channel="applications:list" kind="application" title={t('applications.title')} intro={t('applications.intro')} basePath="/applications" />}
      />
      <Route path="new" element={<ApplicationEdit />} />
      <Route path=":id" element={<ApplicationPage />} />
      <Route path=":id/edit" element={<ApplicationEdit />} />
    </Routes>
  )
}
