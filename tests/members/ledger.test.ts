import assert from 'node:assert/strict'
import { afterAll, beforeAll, describe, it } from '@jest/globals'
import { awardPoints } from '../../cloudfunctions/members/ledger'
import { harness, type Harness } from '../helpers/harness'

describe('points ledger', () => {
  let h: Harness
  beforeAll(async () => {
    h = await harness()
  })
  afterAll(() => h.close())

  it('an award is made once however many times it is asked for at once', async () => {
    const before = (await h.ok('demo-member', 'members', 'me', {})).points
    const results = await Promise.all(
      Array.from({ length: 30 }, () => awardPoints(h.store, h.clock, { openid: 'demo-member', amount: 5, reason: 'attend', sourceId: 'ev-1' })),
    )
    assert.equal(results.filter(Boolean).length, 1)
    assert.equal((await h.ok('demo-member', 'members', 'me', {})).points, before + 5)
    const mine = await h.ok('demo-member', 'members', 'points', {})
    assert.equal(mine.total, before + 5)
    assert.equal(mine.items.filter((e) => e.reason === 'attend').length, 1)
    assert.equal(mine.items[0].reasonText, '参加组织生活')
  })

  it('a first award creates the member with exactly those points', async () => {
    assert.equal(await awardPoints(h.store, h.clock, { openid: 'new-person', amount: 4, reason: 'wish', sourceId: 'w-1' }), true)
    assert.equal((await h.store.get('members', 'new-person'))?.points, 4)
  })

  it('points are for party members; the leaderboard ranks the community', async () => {
    await h.err('demo-resident', 'members', 'points', {}, 'FORBIDDEN')
    const board = await h.ok('demo-resident', 'members', 'leaderboard', {})
    const pts = board.items.map((r) => r.points)
    assert.deepEqual(pts, [...pts].sort((a, b) => b - a))
    assert.ok(board.items.every((r) => r.openid !== 'm-yang'), 'another community is not on this board')
    assert.equal(board.items[0].rank, 1)
    const mine = (await h.ok('demo-member', 'members', 'leaderboard', {})).mine
    assert.equal(mine?.openid, 'demo-member')
  })

  it('the leaderboard shows other people by surname only, except to staff and secretaries', async () => {
    const name = async (caller: string, openid: string) => (await h.ok(caller, 'members', 'leaderboard', {})).items.find((r) => r.openid === openid)?.name
    assert.equal(await name('demo-resident', 'demo-secretary'), '陈**')
    assert.equal(await name('demo-member', 'demo-secretary'), '陈**')
    assert.equal(await name('demo-member', 'demo-member'), '李建国', 'my own name in full')
    assert.equal(await name('demo-secretary', 'demo-member'), '李建国')
    assert.equal(await name('demo-staff', 'demo-member'), '李建国')
  })
})
