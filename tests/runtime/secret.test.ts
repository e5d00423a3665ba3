/**
 * On WeChat cloud the signing secret comes from the function's REDPOST_SECRET. Without it the
 * functions fail closed: no check-in or member-pass code is issued or accepted, with a clear error,
 * instead of signing with a secret of one instance that no other instance shares.
 */
import assert from 'node:assert/strict'
import { afterAll, beforeAll, describe, it } from '@jest/globals'
import { signToken } from '../../src/domain/checkin/token'
import { cloudServices, secretProblem, type CloudSdk } from '../../cloudfunctions/_runtime/services/cloud'
import { harness, type Harness } from '../helpers/harness'
import { hmac, newEvent } from '../events/helpers'

const SECRET = 'a-long-random-shared-secret-for-every-function-0123'

const sdk: CloudSdk = {
  openapi: {
    security: { msgSecCheck: async () => ({ result: { suggest: 'pass' } }) },
    subscribeMessage: { send: async () => ({}) },
  },
}

describe('the signing secret on the cloud', () => {
  let h: Harness
  let ev: string
  beforeAll(async () => {
    h = await harness()
    ev = await newEvent(h, { inMin: 10 })
    await h.ok('demo-member', 'events', 'signUp', { eventId: ev })
  })
  afterAll(() => h.close())

  const onCloud = (env: Record<string, string | undefined>) => {
    h.deps.services = cloudServices(sdk, h.store, h.clock, h.log, env)
  }

  it('without REDPOST_SECRET no code is issued: the pass and the screen token are refused with the reason', async () => {
    onCloud({})
    for (const [openid, fn, action, data] of [
      ['demo-member', 'members', 'pass', {}],
      ['demo-secretary', 'events', 'checkinToken', { eventId: ev }],
    ] as const) {
      const e = await h.err(openid, fn, action, data, 'INTERNAL')
      assert.match(e.message, /REDPOST_SECRET/)
    }
    assert.ok(h.log.entries.some((l) => l.level === 'error' && l.msg.includes('REDPOST_SECRET')))
  })

  it('without it no code is accepted either, not even one signed with a secret an instance once had', async () => {
    onCloud({ REDPOST_SECRET: '   ' })
    const token = signToken('checkin', ev, h.clock.now().getTime(), hmac).token
    const e = await h.err('demo-member', 'events', 'checkIn', { token }, 'INTERNAL')
    assert.match(e.message, /签名密钥/)
    assert.equal(await h.store.count('checkins', { eventId: ev }), 0)
  })

  it('a short secret is refused too; a long one signs codes that every instance verifies', async () => {
    assert.match(secretProblem('short') ?? '', /太短/)
    assert.equal(secretProblem(SECRET), undefined)
    onCloud({ REDPOST_SECRET: SECRET })
    const { token } = await h.ok('demo-secretary', 'events', 'checkinToken', { eventId: ev })
    onCloud({ REDPOST_SECRET: SECRET }) // another instance, same configuration
    const r = await h.ok('demo-member', 'events', 'checkIn', { token })
    assert.equal(r.eventId, ev)
  })
})
