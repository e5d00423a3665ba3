import assert from 'node:assert/strict'
import { afterAll, beforeAll, describe, it } from '@jest/globals'
import { seedStreet } from '../../cloudfunctions/_local/street-seed'
import { STATS, type StatsDoc } from '../../cloudfunctions/street/aggregate'
import { streetStats } from '../../cloudfunctions/sweeper/jobs/street-stats'
import { harness, type Harness } from '../helpers/harness'
import { streetScene } from './scene'

const allStats = async (h: Harness) => (await h.store.queryAll<StatsDoc>(STATS, {}, { max: 1000 })).sort((a, b) => a._id.localeCompare(b._id))

describe('street_stats aggregates', () => {
  let h: Harness
  beforeAll(async () => {
    h = await harness()
    await streetScene(h)
  })
  afterAll(() => h.close())

  it('the sweeper job computes this month and last for every community, and running it again changes nothing', async () => {
    const first = await streetStats.run(h.deps)
    assert.ok(first > 0)
    const docs = await allStats(h)
    assert.deepEqual(
      docs.map((d) => d._id),
      ['c-hepan:2026-10', 'c-hepan:2026-11', 'c-wanghu:2026-10', 'c-wanghu:2026-11', 'c-xincheng:2026-10', 'c-xincheng:2026-11', 'c-yunxi:2026-10', 'c-yunxi:2026-11'],
    )
    const nov = docs.find((d) => d._id === 'c-wanghu:2026-11')!
    assert.equal(nov.unitId, 'c-wanghu')
    assert.equal(nov.streetId, 's-hongfeng')
    // the seeds' own November in 望湖: wishes posted, tickets dispatched
    assert.ok(nov.stats.wishesPosted > 0)
    assert.ok(Object.keys(nov.stats.departments).length > 0)

    // an hour later the numbers are the same: nothing is written
    h.clock.set(new Date(h.clock.now().getTime() + 61 * 60_000).toISOString())
    assert.equal(await streetStats.run(h.deps), 0)
    assert.deepEqual(await allStats(h), docs)
  })

  it('new data changes the numbers at the next computation (not before the hour is up)', async () => {
    const before = (await h.store.get<StatsDoc>(STATS, 'c-wanghu:2026-11'))!
    const r = await h.ok('demo-resident', 'wishes', 'post', {
      title: '想请人帮忙换个水龙头',
      story: '家里厨房的水龙头漏水好几天了，老人自己换不了。',
      beneficiary: { name: '王秀兰', building: '3幢' },
    })
    assert.ok(r)
    // within the hour the job leaves the aggregates alone
    assert.equal(await streetStats.run(h.deps), 0)
    h.clock.set(new Date(h.clock.now().getTime() + 61 * 60_000).toISOString())
    assert.equal(await streetStats.run(h.deps), 1)
    const after = (await h.store.get<StatsDoc>(STATS, 'c-wanghu:2026-11'))!
    assert.equal(after.stats.wishesPosted, before.stats.wishesPosted + 1)
    assert.equal(after.computedAt, h.clock.now().toISOString())
  })

  it('re-computing a range twice gives the same documents; concurrent re-computes agree', async () => {
    await seedStreet(h.store, h.clock.now())
    const once = await h.ok('demo-street-secretary', 'street', 'recompute', { from: '2025-12', to: '2026-11' })
    assert.deepEqual(once, { months: 12, communities: 3, changed: 0 })
    const docs = await allStats(h)
    assert.equal(docs.filter((d) => d.streetId === 's-hongfeng').length, 36)
    // remove a year's aggregates and compute them again, five people at once
    for (const d of docs.filter((x) => x.streetId === 's-hongfeng' && x.month < '2026-10')) await h.store.remove(STATS, d._id)
    const runs = await Promise.all(Array.from({ length: 5 }, () => h.call('demo-street-secretary', 'street', 'recompute', { from: '2025-12', to: '2026-11' })))
    for (const r of runs) assert.ok(r.ok, JSON.stringify(r))
    const again = await allStats(h)
    assert.deepEqual(
      again.map(({ computedAt: _c, ...d }) => d),
      docs.map(({ computedAt: _c, ...d }) => d),
    )
    const twice = await h.ok('demo-street-secretary', 'street', 'recompute', { from: '2025-12', to: '2026-11' })
    assert.equal(twice.changed, 0)
  })
})
