import { describe, expect, it } from 'vitest'
import { getDepartment, listDepartments } from '../../../src/main/services/departments'
import { stableId } from '../../../src/main/services/stable-id'
import { demoRuntime } from '../support/runtime'

const db = () => demoRuntime().runtime.database!.db

describe('departments', () => {
  it('lists every department by name with its critical applications and people counted', () => {
    const list = listDepartments(db())
    const names = list.map((d) => d.name)
    expect(names).toEqual([...names].sort())
    expect(names).toEqual(expect.arrayContaining(['Belastingen', 'Burgerzaken', 'Financiën', 'Openbare Ruimte', 'Sociaal Domein']))
    const finance = list.find((d) => d.name === 'Financiën')!
    expect(finance.criticalCount).toBe(1)
    expect(finance.peopleCount).toBeGreaterThan(0)
  })

  it('shows a department with its critical applications first, each with the reason', () => {
    const finance = getDepartment(db(), stableId('zuiderhaven', 'department', 'finance'))
    const order = { critical: 0, important: 1, normal: 2 }
    const levels = finance.applications.map((a) => order[a.criticality])
    expect(levels).toEqual([...levels].sort())
    expect(finance.applications[0]).toMatchObject({ name: 'Finix Financiën', criticality: 'critical' })
    expect(finance.applications[0]!.reason).not.toBe('')
  })

  it('gives key people with their numbers in the order to call them', () => {
    const civil = getDepartment(db(), stableId('zuiderhaven', 'department', 'civil-affairs'))
    const marieke = civil.keyPeople.find((p) => p.name === 'Marieke Bakker')!
    expect(marieke.keyContact).toBe(true)
    expect(marieke.phones).toEqual([
      { label: 'Mobiel', number: '+31600000103' },
      { label: 'Vast', number: '+31100000203' },
    ])
    expect(civil.keyPeople.map((p) => p.name)).not.toContain('Fatima El Amrani')
  })

  it('links a department’s own words to the application they name', () => {
    const finance = getDepartment(db(), stableId('zuiderhaven', 'department', 'finance'))
    expect(finance.ownWords.find((w) => w.term === 'het boekhoudpakket')?.applicationName).toBe('Finix Financiën')
  })

  it('says clearly when a department does not exist', () => {
    expect(() => getDepartment(db(), '00000000-0000-4000-8000-000000000000')).toThrow(/no department with id/)
  })
})
