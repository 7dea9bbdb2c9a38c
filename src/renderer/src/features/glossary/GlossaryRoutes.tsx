import { useTranslation } from 'react-i18next'
import { Route, Routes } from 'react-router'
import { KnowledgeList } from '../../components/KnowledgeList'

export function GlossaryRoutes() {
  const { t } = useTranslation()
  return (
    <Routes>
      <Route index element={<KnowledgeList channel="glossary:list" kind="glossary" title={t('nav.glossary')} basePath="/glossary" />} />
    </Routes>
  )
}
