import assert from 'node:assert/strict'
import { afterAll, beforeAll, describe, it } from '@jest/globals'
import { harness, type Harness } from '../helpers/harness'

describe('bulletin.home', () => {
  let h: Harness
  beforeAll(async () => {
    h = await harness()
  })
  afterAll(() => h.close())

  it('names the community and shows pinned and latest notices', async () => {
    const home = await h.ok('demo-resident', 'bulletin', 'home', {})
    assert.equal(home.communityName, '望湖社区')
    assert.deepEqual(home.pinned.map((n) => n.id), ['n-heating'])
    assert.ok(home.latest.length > 0 && home.latest.every((n) => !n.pinned))
    assert.equal(home.latest[0].id, 'n-water-urgent', 'newest first')
    assert.ok(Object.values(home.counts).every((n) => Number.isInteger(n) && n >= 0))
  })

  it('lists the grids of my community for choosing an audience', async () => {
    const { items } = await h.ok('demo-secretary', 'bulletin', 'grids', {})
    assert.deepEqual(items.map((g) => g.id), ['g-wanghu-1', 'g-wanghu-2', 'g-wanghu-3', 'g-wanghu-4'])
  })

  it('counts this Shanghai week’s published events, listed wishes and open tickets of the community', async () => {
    const seeded = (await h.ok('demo-resident', 'bulletin', 'home', {})).counts
    const ins = (coll: string, docs: Record<string, unknown>[]) =>
      Promise.all(docs.map((d, i) => h.store.insert(coll, { _id: `${coll}-${i}`, communityId: 'c-wanghu', ...d })))
    // the week of Tuesday 2026-11-24 runs from Monday 11-23 00:00 to Monday 11-30 00:00, Shanghai time
    await ins('events', [
      { status: 'published', startAt: '2026-11-22T16:00:00.000Z' }, // Mon 00:00
      { status: 'published', startAt: '2026-11-29T15:59:00.000Z' }, // Sun 23:59
      { status: 'published', startAt: '2026-11-29T16:00:00.000Z' }, // next Monday
      { status: 'published', startAt: '2026-11-22T15:59:00.000Z' }, // last Sunday
      { status: 'draft', startAt: '2026-11-25T11:00:00.000Z' },
      { status: 'published', startAt: '2026-11-25T11:00:00.000Z', communityId: 'c-xincheng' },
    ])
    await ins('wishes', [{ state: 'listed' }, { state: 'listed' }, { state: 'claimed' }, { state: 'listed', communityId: 'c-xincheng' }])
    await ins('tickets', [{ state: 'submitted' }, { state: 'dispatched' }, { state: 'closed' }, { state: 'rejected' }, { state: 'resolved' }])
    const home = await h.ok('demo-resident', 'bulletin', 'home', {})
    assert.deepEqual(home.counts, {
      eventsThisWeek: seeded.eventsThisWeek + 2,
      wishesOpen: seeded.wishesOpen + 2,
      ticketsOpen: seeded.ticketsOpen + 3,
    })
  })
})
