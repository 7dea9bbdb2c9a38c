import { Route, Routes } from 'react-router'
import { ArticleEdit } from './ArticleEdit'
import { ArticleList } from './ArticleList'
import { ArticlePage } from './ArticlePage'

export function ArticleRoutes() {
  return (
    <Routes>
      <Route index element={<ArticleList />} />
      <Route path="new" element={<ArticleEdit />} />
      <Route path=":id" element={<ArticlePage />} />
      <Route path=":id/edit" element={<ArticleEdit />} />
    </Routes>
  )
}
