import { useTranslation } from 'react-i18next'
import { Route, Routes } from 'react-router'
import { KnowledgeList } from '../../components/KnowledgeList'

export function ArticleRoutes() {
  const { t } = useTranslation()
  return (
    <Routes>
      <Route index element={<KnowledgeList channel="articles:list" kind="article" title={t('nav.articles')} basePath="/articles" />} />
    </Routes>
  )
}
