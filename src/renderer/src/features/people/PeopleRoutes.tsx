import { useTranslation } from 'react-i18next'
import { Route, Routes } from 'react-router'
import { KnowledgeList } from '../../components/KnowledgeList'
import { PersonEdit } from './PersonEdit'
import { PersonPage } from './PersonPage'

export function PeopleRoutes() {
  const { t } = useTranslation()
  return (
    <Routes>
      <Route index element={<KnowledgeList channel="people:list" kind="person" title={t('people.title')} intro={t('people.intro')} basePath="/people" />} />
      <Route path="new" element={<PersonEdit />} />
      <Route path=":id" element={<PersonPage />} />
      <Route path=":id/edit" element={<PersonEdit />} />
    </Routes>
  )
}
