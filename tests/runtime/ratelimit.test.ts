import assert from 'node:assert/strict'
import { afterAll, beforeAll, describe, it } from '@jest/globals'
import { limitFor, storeRateLimiter } from '../../cloudfunctions/_runtime/ratelimit'
import { harness, type Harness } from '../helpers/harness'

describe('rate limits', () => {
  let h: Harness
  beforeAll(async () => {
    h = await harness()
    h.deps.limiter = storeRateLimiter(h.store, h.clock, (fn, action) => (action === 'updateProfile' ? { max: 3, windowSec: 60 } : limitFor(fn, action)))
  })
  afterAll(() => h.close())

  it('concurrent calls by one person never overshoot the limit, and the error says when to retry', async () => {
    const rs = await Promise.all(Array.from({ length: 12 }, (_, i) => h.call('rl-1', 'members', 'updateProfile', { building: `${i}幢` })))
    assert.equal(rs.filter((r) => r.ok).length, 3)
    const limited = rs.filter((r) => !r.ok)
    assert.equal(limited.length, 9)
    for (const r of limited) {
      assert.equal(!r.ok && r.error.code, 'RATE_LIMITED')
      assert.ok(!r.ok && (r.error.details as { retryAfterSec: number }).retryAfterSec > 0)
    }
  })

  it('counts per person and per action, and a new window lets the person in again', async () => {
    assert.equal((await h.call('rl-2', 'members', 'updateProfile', { building: '1幢' })).ok, true, 'another person is not limited')
    assert.equal((await h.call('rl-1', 'members', 'me', {})).ok, true, 'another action is not limited')
    h.clock.advance(1)
    assert.equal((await h.call('rl-1', 'members', 'updateProfile', { building: '2幢' })).ok, true)
  })

  it('defaults: ticket submissions 5 an hour, writes 20 a minute, reads more', () => {
    assert.deepEqual(limitFor('tickets', 'submit'), { max: 5, windowSec: 3600 })
    assert.deepEqual(limitFor('booking', 'book'), { max: 20, windowSec: 60 })
    assert.ok(limitFor('bulletin', 'list').max > 20)
  })
})
