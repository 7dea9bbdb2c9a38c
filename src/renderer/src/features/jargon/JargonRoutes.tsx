import { Route, Routes } from 'react-router'
import { JargonEdit } from './JargonEdit'
import { JargonList } from './JargonList'

export function JargonRoutes() {
  return (
    <Routes>
      <Route index element={<JargonList />} />
      <Route path="new" element={<JargonEdit />} />
      <Route path=":id/edit" element={<JargonEdit />} />
    </Routes>
  )
}
