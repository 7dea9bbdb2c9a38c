import { useTranslation } from 'react-i18next'
import { Route, Routes } from 'react-router'
import { KnowledgeList } from '../../components/KnowledgeList'

export function PeopleRoutes() {
  const { t } = useTranslation()
  return (
    <Routes>
      <Route index element={<KnowledgeList channel="people:list" kind="person" title={t('nav.people')} basePath="/people" />} />
    </Routes>
  )
}
