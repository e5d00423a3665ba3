import assert from 'node:assert/strict'
import { after, before, describe, it } from 'node:test'
import { z } from 'zod'
import { action, wire } from '../../cloudfunctions/_runtime/types'
import { dispatch } from '../../cloudfunctions/_runtime/router'
import { fail } from '../../src/domain/errors'
import { harness, type Harness } from '../helpers/harness'

describe('router', () => {
  let h: Harness
  before(async () => {
    h = await harness()
  })
  after(() => h.close())

  const probeContract = {
    echo: { input: z.object({ n: z.number() }).strict(), output: z.object({ n: z.number() }) },
    boom: { input: z.object({}), output: z.null() },
    coded: { input: z.object({}), output: z.null() },
    adminOnly: { input: z.object({}), output: z.literal('yes') },
  }
  const probe = wire(probeContract, {
    echo: action({ input: probeContract.echo.input, roles: 'anyone', handler: async (i) => ({ n: i.n }) }),
    boom: action({
      input: probeContract.boom.input,
      roles: 'anyone',
      handler: async () => {
        throw new Error('secret stack detail')
      },
    }),
    coded: action({ input: probeContract.coded.input, roles: 'anyone', handler: async () => fail('FULL', '名额已满') }),
    adminOnly: action({ input: probeContract.adminOnly.input, roles: ['admin'], handler: async () => 'yes' as const }),
  })
  const call = (action: unknown, data: unknown, openid: string | null = 'demo-resident') =>
    dispatch({ fn: 'probe', action, data, openid }, { ...h.deps, functions: { probe } })

  it('answers ok envelopes with the handler data', async () => {
    assert.deepEqual(await call('echo', { n: 3 }), { ok: true, data: { n: 3 } })
  })

  it('rejects unknown functions and actions, including prototype names', async () => {
    for (const [fn, act] of [
      ['nope', 'echo'],
      ['probe', 'nope'],
      ['probe', '__proto__'],
      ['probe', 'constructor'],
      ['__proto__', 'x'],
    ]) {
      const r = await dispatch({ fn, action: act, data: {}, openid: 'demo-resident' }, { ...h.deps, functions: { probe } })
      assert.equal(r.ok, false)
      assert.equal(!r.ok && r.error.code, 'INVALID_INPUT', `${fn}.${act}`)
    }
    const r = await call(42, {})
    assert.equal(!r.ok && r.error.code, 'INVALID_INPUT')
  })

  it('rejects wrong types and unknown keys with the field named in the message', async () => {
    const r = await call('echo', { n: 'three' })
    assert.equal(r.ok, false)
    if (!r.ok) {
      assert.equal(r.error.code, 'INVALID_INPUT')
      assert.match(r.error.message, /n/)
      assert.ok(Array.isArray((r.error.details as { issues: unknown[] }).issues))
    }
    const extra = await call('echo', { n: 1, __proto__: { admin: true }, extra: 1 })
    assert.equal(!extra.ok && extra.error.code, 'INVALID_INPUT')
  })

  it('rejects input over 64 KB before the handler runs', async () => {
    const r = await call('echo', { n: 1, pad: 'x'.repeat(70 * 1024) })
    assert.equal(!r.ok && r.error.code, 'INVALID_INPUT')
    assert.match(!r.ok ? r.error.message : '', /64 KB/)
  })

  it('needs an openid', async () => {
    for (const openid of [null, '', 'has space', 'x'.repeat(65)]) {
      const r = await call('echo', { n: 1 }, openid)
      assert.equal(!r.ok && r.error.code, 'UNAUTHENTICATED', String(openid))
    }
  })

  it('checks roles: a resident may not call an admin action, an admin may', async () => {
    const r = await call('adminOnly', {}, 'demo-resident')
    assert.equal(!r.ok && r.error.code, 'FORBIDDEN')
    assert.deepEqual(await call('adminOnly', {}, 'demo-admin'), { ok: true, data: 'yes' })
  })

  it('passes coded errors through and hides crashes behind INTERNAL with a correlation id', async () => {
    const coded = await call('coded', {})
    assert.deepEqual(coded, { ok: false, error: { code: 'FULL', message: '名额已满' } })
    const before = h.log.entries.length
    const r = await call('boom', {})
    assert.equal(r.ok, false)
    if (!r.ok) {
      assert.equal(r.error.code, 'INTERNAL')
      assert.doesNotMatch(JSON.stringify(r.error), /secret stack detail/)
      const requestId = (r.error.details as { requestId: string }).requestId
      const logged = h.log.entries.slice(before).find((e) => e.fields?.requestId === requestId)
      assert.ok(logged, 'the crash is logged under the id the caller sees')
      assert.match(String(logged.fields?.error), /secret stack detail/)
    }
  })
})
