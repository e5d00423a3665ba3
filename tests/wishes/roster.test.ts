import assert from 'node:assert/strict'
import { afterAll, beforeAll, describe, it } from '@jest/globals'
import { harness, type Harness } from '../helpers/harness'

describe('双报到 roster: every reported member with every confirmed hour', () => {
  let h: Harness
  beforeAll(async () => {
    h = await harness()
  })
  afterAll(() => h.close())

  it('lists all 110 members who reported and adds up all 120 confirmed logs of one of them', async () => {
    const at = h.clock.now().toISOString()
    const people = Array.from({ length: 110 }, (_, i) => `rep-${String(i).padStart(3, '0')}`)
    for (const [i, id] of people.entries()) {
      await h.store.insert('members', { _id: id, name: `报到党员${i}`, roles: ['member'], communityId: 'c-wanghu', points: 0, workplace: '区机关', skills: [], reportedAt: at, createdAt: at, updatedAt: at })
    }
    for (let d = 0; d < 120; d++) {
      const date = new Date(Date.UTC(2026, 0, 5) + d * 86_400_000).toISOString().slice(0, 10)
      await h.store.insert('service_hours', { _id: `log-${d}`, communityId: 'c-wanghu', openid: 'rep-000', name: '报到党员0', postId: 'p', postName: '助老', date, hours: 1, note: '陪老人聊天', state: 'confirmed', at, timeline: [] })
    }
    const roster = await h.ok('demo-staff', 'wishes', 'roster', {})
    const listed = new Set(roster.items.map((r) => r.openid))
    assert.equal(people.filter((p) => listed.has(p)).length, 110, 'not only the latest 100 who reported')
    assert.equal(roster.items.find((r) => r.openid === 'rep-000')?.hours, 120, 'not only the first 100 logs')
  })

  it('a member who reports now has their posts and this year\'s hours kept for the roster, each counted once under concurrency', async () => {
    await h.ok('m-sun', 'members', 'report', { workplace: '市退休干部党支部', skills: ['书法'] })
    await Promise.all([1, 2, 3].map(() => h.ok('m-sun', 'wishes', 'joinPost', { postId: 'post-elder' })))
    assert.deepEqual((await h.store.get('members', 'm-sun'))?.dutyPostIds, ['post-elder'], 'one post, taken once')
    const logs = await Promise.all(
      ['2026-11-20', '2026-11-21'].map((date) => h.ok('m-sun', 'wishes', 'logHours', { postId: 'post-elder', date, hours: 1.5, note: '陪老人散步' })),
    )
    // two logs of one member confirmed at once: both add to the same year's document
    await Promise.all(logs.map((l) => h.ok('demo-staff', 'wishes', 'decideHours', { id: l.id, accept: true })))
    const sun = (await h.ok('demo-staff', 'wishes', 'roster', {})).items.find((r) => r.openid === 'm-sun')!
    assert.deepEqual(sun.posts, ['助老'])
    assert.equal(sun.hours, 3)
    assert.equal(sun.wishes, 0)
    assert.equal((await h.store.get('duty_years', '2026:m-sun'))?.hours, 3, 'the roster read the kept year, not the logs')
  })
})
