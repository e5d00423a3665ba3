import assert from 'node:assert/strict'
import { afterAll, beforeAll, describe, it } from '@jest/globals'
import { storeRateLimiter } from '../../cloudfunctions/_runtime/ratelimit'
import { sweep } from '../../cloudfunctions/sweeper/sweep'
import { harness, type Harness } from '../helpers/harness'

describe('sweeper', () => {
  let h: Harness
  beforeAll(async () => {
    h = await harness()
  })
  afterAll(() => h.close())

  it('drops ended rate-limit windows and is idempotent', async () => {
    const limiter = storeRateLimiter(h.store, h.clock)
    await limiter.take('sw-1', 'members', 'updateProfile')
    await limiter.take('sw-2', 'members', 'updateProfile')
    assert.equal(await h.store.count('rate_limits'), 2)
    assert.equal((await sweep(h.deps))['rate-limit-cleanup'], 0, 'a running window stays')
    h.clock.advance(2)
    await limiter.take('sw-1', 'members', 'updateProfile')
    const first = await sweep(h.deps)
    assert.equal(first['rate-limit-cleanup'], 2)
    assert.equal(await h.store.count('rate_limits'), 1, 'only the current window is left')
    assert.equal((await sweep(h.deps))['rate-limit-cleanup'], 0, 'a second sweep changes nothing')
  })
})
