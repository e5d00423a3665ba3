import assert from 'node:assert/strict'
import { afterAll, beforeAll, describe, it } from '@jest/globals'
import { awardPoints } from '../../cloudfunctions/members/ledger'
import { harness, type Harness } from '../helpers/harness'

const member = (i: number, points: number) => ({
  _id: `shopper-${i}`,
  name: `党员${i}`,
  roles: ['member'],
  communityId: 'c-wanghu',
  points,
  createdAt: '2026-01-01T00:00:00.000Z',
  updatedAt: '2026-01-01T00:00:00.000Z',
})

describe('积分商城: redeeming rewards with points', () => {
  let h: Harness
  beforeAll(async () => {
    h = await harness()
  })
  afterAll(() => h.close())

  const newReward = (stock: number, cost: number) => h.ok('demo-staff', 'members', 'saveReward', { name: '家电上门维修一次', shop: '望湖家电维修部', cost, stock, active: true })

  it('30 members redeeming a reward of stock 5 at once: exactly 5 get it, the others are told it is gone', async () => {
    const reward = await newReward(5, 10)
    for (let i = 0; i < 30; i++) await h.store.insert('members', member(i, 50))
    const results = await Promise.all(Array.from({ length: 30 }, (_, i) => h.call(`shopper-${i}`, 'members', 'redeem', { rewardId: reward.id, requestId: `req-race-${i}` })))
    const won = results.filter((r) => r.ok)
    assert.equal(won.length, 5)
    assert.ok(results.filter((r) => !r.ok).every((r) => !r.ok && r.error.code === 'FULL' && r.error.message.includes('兑完')))
    assert.equal((await h.store.get('rewards', reward.id))?.stock, 0)
    const balances = await Promise.all(Array.from({ length: 30 }, (_, i) => h.store.get('members', `shopper-${i}`)))
    assert.equal(balances.filter((m) => m?.points === 40).length, 5, 'only the winners paid')
    assert.equal(balances.filter((m) => m?.points === 50).length, 25)
  })

  it('one member tapping 20 times at once is one redemption, paid once', async () => {
    const reward = await newReward(10, 8)
    const before = (await h.ok('demo-member', 'members', 'me', {})).points
    const taps = await Promise.all(Array.from({ length: 20 }, () => h.call('demo-member', 'members', 'redeem', { rewardId: reward.id, requestId: 'req-taps-0001' })))
    assert.ok(taps.every((r) => r.ok))
    assert.equal(new Set(taps.map((r) => r.ok && (r.data as { id: string }).id)).size, 1)
    assert.equal((await h.ok('demo-member', 'members', 'me', {})).points, before - 8)
    assert.equal((await h.store.get('rewards', reward.id))?.stock, 9)
    const mine = await h.ok('demo-member', 'members', 'myRedemptions', {})
    assert.equal(mine.items.filter((r) => r.rewardId === reward.id).length, 1)
    const ledger = await h.ok('demo-member', 'members', 'points', {})
    assert.deepEqual(
      ledger.items.filter((e) => e.reason === 'redeem' && e.note === '家电上门维修一次').map((e) => e.amount),
      [-8],
    )
  })

  it('a member with 10 points cannot spend 20, even asking many times at once; nothing changes', async () => {
    const reward = await newReward(3, 20)
    await h.store.insert('members', member(100, 10))
    const tries = await Promise.all(Array.from({ length: 5 }, (_, i) => h.call('shopper-100', 'members', 'redeem', { rewardId: reward.id, requestId: `req-poor-${i}` })))
    assert.ok(tries.every((r) => !r.ok && r.error.code === 'CONFLICT' && r.error.message.includes('积分不够')))
    assert.equal((await h.store.get('members', 'shopper-100'))?.points, 10)
    assert.equal((await h.store.get('rewards', reward.id))?.stock, 3)
  })

  it('a balance is never spent twice by two rewards at once', async () => {
    const a = await newReward(5, 30)
    const b = await newReward(5, 30)
    await h.store.insert('members', member(200, 40))
    const r = await Promise.all([a, b].map((rw, i) => h.call('shopper-200', 'members', 'redeem', { rewardId: rw.id, requestId: `req-two-${i}` })))
    assert.equal(r.filter((x) => x.ok).length, 1)
    assert.equal((await h.store.get('members', 'shopper-200'))?.points, 10)
  })

  it('staff hand a reward over once; a cancel gives the points and the stock back', async () => {
    const reward = await newReward(2, 5)
    await h.store.insert('members', member(300, 20))
    const first = await h.ok('shopper-300', 'members', 'redeem', { rewardId: reward.id, requestId: 'req-hand-0001' })
    assert.equal(first.stateName, '待领取')
    await h.err('shopper-300', 'members', 'handOver', { id: first.id }, 'FORBIDDEN')
    const waiting = await h.ok('demo-staff', 'members', 'redemptions', {})
    assert.ok(waiting.items.some((r) => r.id === first.id && r.name === '党员300'))
    const both = await Promise.all([0, 1].map(() => h.call('demo-staff', 'members', 'handOver', { id: first.id })))
    assert.deepEqual(both.map((r) => (r.ok ? 'ok' : r.error.code)).sort(), ['ALREADY_DONE', 'ok'])
    await h.err('shopper-300', 'members', 'cancelRedemption', { id: first.id }, 'CONFLICT')

    const second = await h.ok('shopper-300', 'members', 'redeem', { rewardId: reward.id, requestId: 'req-hand-0002' })
    assert.equal((await h.store.get('members', 'shopper-300'))?.points, 10)
    await h.err('shopper-1', 'members', 'cancelRedemption', { id: second.id }, 'NOT_FOUND')
    const cancelled = await h.ok('shopper-300', 'members', 'cancelRedemption', { id: second.id })
    assert.equal(cancelled.stateName, '已取消')
    await h.err('shopper-300', 'members', 'cancelRedemption', { id: second.id }, 'ALREADY_DONE')
    assert.equal((await h.store.get('members', 'shopper-300'))?.points, 15)
    assert.equal((await h.store.get('rewards', reward.id))?.stock, 1)
  })

  it('only staff manage rewards; the shop lists the active ones; stock changes only by adding', async () => {
    await h.err('demo-member', 'members', 'saveReward', { name: '理发', shop: '理发店', cost: 5, stock: 1, active: true }, 'FORBIDDEN')
    await h.err('demo-staff', 'members', 'saveReward', { name: '理发', shop: '理发店', cost: 0, stock: 1, active: true }, 'INVALID_INPUT')
    const shop = await h.ok('demo-member', 'members', 'rewards', {})
    assert.ok(shop.items.some((r) => r.name === '爱心理发一次'))
    assert.ok(shop.items.every((r) => r.active))
    await h.err('demo-member', 'members', 'rewards', { scope: 'manage' }, 'FORBIDDEN')
    const all = await h.ok('demo-staff', 'members', 'rewards', { scope: 'manage' })
    assert.ok(all.items.some((r) => !r.active))
    const rice = all.items.find((r) => r.name === '10 斤大米')!
    const more = await h.ok('demo-staff', 'members', 'saveReward', { id: rice.id, name: rice.name, shop: rice.shop, cost: rice.cost, addStock: 4, active: true })
    assert.equal(more.stock, rice.stock + 4)
    await h.err('demo-staff', 'members', 'saveReward', { id: rice.id, name: rice.name, shop: rice.shop, cost: rice.cost, addStock: -100, active: true }, 'CONFLICT')
    const off = await h.ok('demo-staff', 'members', 'saveReward', { id: rice.id, name: rice.name, shop: rice.shop, cost: rice.cost, active: false })
    assert.equal(off.active, false)
    await h.err('demo-member', 'members', 'redeem', { rewardId: rice.id, requestId: 'req-off-0001' }, 'CONFLICT')
  })
})

describe('积分按年: totals, ranking and the year summary', () => {
  let h: Harness
  beforeAll(async () => {
    h = await harness({ now: '2026-12-31T15:00:00.000Z' })
  })
  afterAll(() => h.close())

  it('an award at 00:00 on 1 January in Shanghai counts for the new year; spending does not lower a year', async () => {
    const before = await h.ok('demo-member', 'members', 'points', {})
    assert.deepEqual([before.year, before.thisYear, before.lastYear], [2026, 14, 6])
    await awardPoints(h.store, h.clock, { openid: 'demo-member', amount: 3, reason: 'attend', sourceId: 'ev-new-year' })
    h.clock.set('2026-12-31T16:00:00.000Z')
    await awardPoints(h.store, h.clock, { openid: 'demo-member', amount: 5, reason: 'attend', sourceId: 'ev-new-year-2' })
    const now = await h.ok('demo-member', 'members', 'points', {})
    assert.deepEqual([now.year, now.thisYear, now.lastYear], [2027, 5, 17])
    assert.deepEqual(now.items.slice(0, 2).map((e) => e.year), [2027, 2026])
    await h.ok('demo-member', 'members', 'redeem', { rewardId: 'rw-haircut', requestId: 'req-year-0001' })
    assert.equal((await h.ok('demo-member', 'members', 'points', {})).thisYear, 5)
    assert.equal((await h.ok('demo-member', 'members', 'points', {})).total, before.total + 8 - 8)
  })

  it('the leaderboard ranks the chosen year; others see surnames', async () => {
    const y2025 = await h.ok('demo-resident', 'members', 'leaderboard', { year: 2025 })
    assert.equal(y2025.year, 2025)
    assert.deepEqual(y2025.items.slice(0, 2).map((r) => [r.name, r.points]), [['陈**', 40], ['孙**', 35]])
    const y2026 = await h.ok('demo-member', 'members', 'leaderboard', { year: 2026 })
    assert.equal(y2026.items[0].points, 30)
    assert.equal(y2026.mine?.points, 17)
    assert.equal(y2026.mine?.name, '李建国')
    assert.ok(y2026.items.every((r) => r.openid !== 'm-yang'), 'another community is not on this board')
  })

  it('the secretary exports every member’s year as CSV; members cannot', async () => {
    await h.err('demo-member', 'members', 'yearSummary', { year: 2026 }, 'FORBIDDEN')
    const s = await h.ok('demo-secretary', 'members', 'yearSummary', { year: 2026 })
    const li = s.items.find((r) => r.openid === 'demo-member')!
    assert.deepEqual([li.events, li.wishes, li.points], [1, 1, 17])
    assert.equal(s.items.find((r) => r.openid === 'm-hu')?.wishes, 1)
    assert.ok(s.csv.startsWith('\ufeff'))
    assert.ok(s.csv.includes('李建国'))
    assert.equal(s.csv.trimEnd().split('\r\n').length, s.items.length + 2)
  })

  it('a feedback link opens one member’s year to anyone holding it, for 90 days', async () => {
    await h.err('demo-member', 'members', 'feedbackLink', { openid: 'demo-member', year: 2026 }, 'FORBIDDEN')
    await h.err('demo-secretary', 'members', 'feedbackLink', { openid: 'm-yang', year: 2026 }, 'NOT_FOUND')
    const link = await h.ok('demo-secretary', 'members', 'feedbackLink', { openid: 'demo-member', year: 2026 })
    const opened = await h.ok('demo-resident', 'members', 'feedback', { token: link.token })
    assert.equal(opened.summary.name, '李建国')
    assert.equal(opened.summary.points, 17)
    await h.err('demo-resident', 'members', 'feedback', { token: link.token.replace('demo-member', 'm-zhou') }, 'TOKEN_INVALID')
    h.clock.set(new Date(Date.parse(link.expiresAt) + 1000))
    await h.err('demo-resident', 'members', 'feedback', { token: link.token }, 'TOKEN_EXPIRED')
  })
})
