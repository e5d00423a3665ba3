import assert from 'node:assert/strict'
import { afterAll, beforeAll, describe, it } from '@jest/globals'
import { harness, type Harness } from '../helpers/harness'
import { listedWish, makeMembers } from './helpers'

describe('wishes: a rush of claims', () => {
  let h: Harness
  beforeAll(async () => {
    h = await harness()
  })
  afterAll(() => h.close())

  it('200 simultaneous claims by distinct members: one claim, then one points entry', async () => {
    const id = await listedWish(h)
    const people = await makeMembers(h, 'rush', 200)
    const results = await Promise.all(people.map((p) => h.call(p, 'wishes', 'claim', { id })))
    const winners = results.flatMap((r, i) => (r.ok ? [people[i]] : []))
    assert.equal(winners.length, 1)
    const losers = results.filter((r) => !r.ok)
    assert.equal(losers.length, 199)
    const winnerName = `党员rush${people.indexOf(winners[0])}`
    for (const r of losers) {
      assert.ok(!r.ok)
      assert.equal(r.error.code, 'CONFLICT')
      assert.deepEqual(r.error.details, { claimerName: winnerName, state: 'claimed' })
      assert.match(r.error.message, new RegExp(winnerName))
    }
    const wish = await h.ok('demo-staff', 'wishes', 'get', { id })
    assert.equal(wish.timeline.filter((t) => t.action === 'claim').length, 1)

    await h.ok(winners[0], 'wishes', 'fulfill', { id, note: '已送到' })
    const confirms = await Promise.all(Array.from({ length: 20 }, () => h.call('demo-resident', 'wishes', 'confirm', { id, score: 5, thanks: '谢谢' })))
    assert.equal(confirms.filter((r) => r.ok).length, 1)
    assert.equal(await h.store.count('points_ledger', { openid: winners[0] }), 1)
    const entries = await h.store.query('points_ledger', { where: { openid: winners[0] } })
    assert.equal(entries.items[0].reason, 'wish')
    for (const p of people.filter((p) => p !== winners[0]).slice(0, 20)) {
      assert.equal(await h.store.count('points_ledger', { openid: p }), 0)
    }
  })
})
