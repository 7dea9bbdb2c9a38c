import { useTranslation } from 'react-i18next'
import { Route, Routes } from 'react-router'
import { KnowledgeList } from '../../components/KnowledgeList'
import { GlossaryEdit } from './GlossaryEdit'
import { GlossaryPage } from './GlossaryPage'

export function GlossaryRoutes() {
  const { t } = useTranslation()
  return (
    <Routes>
      <Route index element={<KnowledgeList channel="glossary:list" kind="glossary" title={t('glossary.title')} intro={t('glossary.intro')} basePath="/glossary" />} />
      <Route path="new" element={<GlossaryEdit />} />
      <Route path=":id" element={<GlossaryPage />} />
      <Route path=":id/edit" element={<GlossaryEdit />} />
    </Routes>
  )
}
