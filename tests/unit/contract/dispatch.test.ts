import { describe, expect, it } from 'vitest'
import { createDispatch } from '../../../src/main/contract/dispatch'
import type { Handlers } from '../../../src/main/contract/handlers-type'
import { AppError } from '../../../src/shared/result'
import { demoRuntime } from '../support/runtime'

describe('the generic binding', () => {
  it('names the field when the input is invalid, and never calls the handler', async () => {
    const { dispatch } = demoRuntime()
    const result = await dispatch('departments:get', { id: 'finance' })
    expect(result.ok).toBe(false)
    if (result.ok) return
    expect(result.error.code).toBe('invalid-input')
    expect(result.error.issues?.[0]?.field).toBe('id')
    expect(result.error.message).toMatch(/^Invalid input for departments:get: id: /)
  })

  it('refuses fields the contract does not know', async () => {
    const { dispatch } = demoRuntime()
    const result = await dispatch('settings:set-language', { language: 'en', admin: true })
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid-input' } })
  })

  it('answers an unknown channel without a crash', async () => {
    const { dispatch } = demoRuntime()
    expect(await dispatch('departments:drop', {})).toEqual({ ok: false, error: { code: 'not-found', message: 'Unknown request "departments:drop"' } })
  })

  it('passes a service failure on as a typed error a person can act on', async () => {
    const { dispatch } = demoRuntime()
    const result = await dispatch('departments:get', { id: '00000000-0000-4000-8000-000000000000' })
    expect(result).toMatchObject({ ok: false, error: { code: 'not-found', message: expect.stringMatching(/no department/) } })
  })

  it('hides the stack of an unexpected failure and logs it', async () => {
    const { runtime } = demoRuntime()
    const logged: unknown[] = []
    const broken: Handlers = {
      ...runtime.handlers,
      'departments:list': async () => {
        throw new TypeError('cannot read properties of undefined')
      },
    }
    const result = await createDispatch(broken, (_m, e) => logged.push(e))('departments:list', {})
    expect(result).toEqual({ ok: false, error: { code: 'internal', message: 'Something went wrong while handling departments:list; see the log.' } })
    expect(JSON.stringify(result)).not.toMatch(/TypeError|at /)
    expect(logged).toHaveLength(1)
  })

  it('refuses an output that breaks the contract instead of sending it', async () => {
    const { runtime } = demoRuntime()
    const broken = { ...runtime.handlers, 'departments:list': async () => [{ id: 'x', when: new Date() }] } as unknown as Handlers
    const result = await createDispatch(broken, () => {})('departments:list', {})
    expect(result).toMatchObject({ ok: false, error: { code: 'internal' } })
  })

  it('keeps AppError codes', async () => {
    const { runtime } = demoRuntime()
    const conflict: Handlers = {
      ...runtime.handlers,
      'departments:list': async () => {
        throw new AppError('conflict', 'A department with this name already exists', [{ field: 'name', message: 'taken' }])
      },
    }
    expect(await createDispatch(conflict)('departments:list', {})).toEqual({
      ok: false,
      error: { code: 'conflict', message: 'A department with this name already exists', issues: [{ field: 'name', message: 'taken' }] },
    })
  })
})
