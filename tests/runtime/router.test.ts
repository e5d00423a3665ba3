import assert from 'node:assert/strict'
import { afterAll, beforeAll, describe, it } from '@jest/globals'
import { z } from 'zod'
import { action, wire } from '../../cloudfunctions/_runtime/types'
import { dispatch } from '../../cloudfunctions/_runtime/router'
import { me } from '../../cloudfunctions/members/handlers/me'
import { FUNCTIONS } from '../../cloudfunctions/registry'
import { contracts } from '../../src/domain/contracts'
import { fail } from '../../src/domain/errors'
import { harness, type Harness } from '../helpers/harness'

/** What a store read's type cast can hide: a document that is not what its type says. */
const drifted = <T>(json: string) => JSON.parse(json) as T

describe('router', () => {
  let h: Harness
  beforeAll(async () => {
    h = await harness()
  })
  afterAll(() => h.close())

  const probeContract = {
    echo: { input: z.object({ n: z.number() }).strict(), output: z.object({ n: z.number() }) },
    boom: { input: z.object({}), output: z.null() },
    coded: { input: z.object({}), output: z.null() },
    adminOnly: { input: z.object({}), output: z.literal('yes') },
    drift: { input: z.object({}), output: z.object({ n: z.number(), items: z.array(z.object({ at: z.string() })) }) },
    leaky: { input: z.object({}), output: z.object({ name: z.string() }) },
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
    drift: action({
      input: probeContract.drift.input,
      roles: 'anyone',
      handler: async () => drifted<{ n: number; items: { at: string }[] }>('{"n":1,"items":[{"at":"10:00"},{"at":7}]}'),
    }),
    leaky: action({ input: probeContract.leaky.input, roles: 'anyone', handler: async () => ({ name: '王**', phone: '13800000000' }) }),
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

  it('answers INTERNAL when a handler answers what its contract refuses, and logs the action and the path', async () => {
    const before = h.log.entries.length
    const r = await call('drift', {})
    assert.equal(!r.ok && r.error.code, 'INTERNAL')
    assert.doesNotMatch(JSON.stringify(r), /10:00/, 'nothing of the refused answer reaches the caller')
    const requestId = !r.ok && (r.error.details as { requestId: string }).requestId
    const logged = h.log.entries.slice(before).find((e) => e.fields?.requestId === requestId)
    assert.equal(logged?.level, 'error')
    assert.match(logged?.msg ?? '', /^probe\.drift answered outside its contract: items\.1\.at: /)
  })

  it('sends the parsed answer when checking (keys outside the contract stripped), the raw one when not (the cloud)', async () => {
    assert.deepEqual(await call('leaky', {}), { ok: true, data: { name: '王**' } })
    const raw = (action: string) =>
      dispatch({ fn: 'probe', action, data: {}, openid: 'demo-resident' }, { ...h.deps, functions: { probe }, checkOutput: false })
    assert.deepEqual(await raw('leaky'), { ok: true, data: { name: '王**', phone: '13800000000' } })
    assert.equal((await raw('drift')).ok, true)
  })

  it('wires only what the contract lists: a missing or extra action, or another input, does not load', () => {
    const { echo, adminOnly } = probeContract
    const handler = async () => 'yes' as const
    const yes = action({ input: adminOnly.input, roles: 'anyone', handler })
    const contract = { adminOnly }
    // @ts-expect-error an action of the contract without a handler
    assert.throws(() => wire(contract, {}), /adminOnly: no handler/)
    // @ts-expect-error a handler without a contract entry
    assert.throws(() => wire(contract, { adminOnly: yes, extra: yes }), /extra: not in the contract/)
    const other = action({ input: z.object({}), roles: 'anyone', handler })
    assert.throws(() => wire(contract, { adminOnly: other }), /adminOnly: the handler does not take the contract's input/)
    // @ts-expect-error a handler answering what the contract's output refuses
    wire({ echo }, { echo: action({ input: echo.input, roles: 'anyone', handler: async () => ({ n: 'one' }) }) })
  })
})

describe('harness ok()', () => {
  it("returns the answer as parsed by the action's contract and fails loudly when a handler drifts", async () => {
    const profile = contracts.members.me
    const leaky = wire({ me: profile }, {
      me: action({ input: profile.input, roles: 'anyone', handler: async (i, ctx) => ({ ...(await me.handler(i, ctx)), secretNote: '内部备注' }) }),
    })
    type Profile = { openid: string; roles: []; unitRoles: []; communityId: string; points: number }
    const drifting = wire({ me: profile }, {
      me: action({ input: profile.input, roles: 'anyone', handler: async () => drifted<Profile>('{"openid":"demo-resident","roles":"resident"}') }),
    })
    const h = await harness({ functions: { ...FUNCTIONS, members: { ...FUNCTIONS.members, me: leaky.me } } })
    try {
      const got = await h.ok('demo-resident', 'members', 'me', {})
      assert.equal(got.openid, 'demo-resident')
      assert.ok(Array.isArray(got.roles) && got.roles.includes('resident'))
      assert.equal('secretNote' in got, false, 'a key outside the contract does not reach the test')
      h.deps.functions = { ...FUNCTIONS, members: { ...FUNCTIONS.members, me: drifting.me } }
      await assert.rejects(h.ok('demo-resident', 'members', 'me', {}), (e: Error) => {
        assert.match(e.message, /members\.me as demo-resident failed: INTERNAL/)
        assert.match(e.message, /logged: members\.me answered outside its contract: roles: .*communityId: /)
        return true
      })
    } finally {
      await h.close()
    }
  })
})
