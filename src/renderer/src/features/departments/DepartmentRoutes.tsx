import { Route, Routes } from 'react-router'
import { DepartmentEdit } from './DepartmentEdit'
import { DepartmentList } from './DepartmentList'
import { DepartmentPage } from './DepartmentPage'

export function DepartmentRoutes() {
  return (
    <Routes>
      <Route index element={<DepartmentList />} />
      <Route path="new" element={<DepartmentEdit />} />
      <Route path=":id" element={<DepartmentPage />} />
      <Route path=":id/edit" element={<DepartmentEdit />} />
    </Routes>
  )
}
