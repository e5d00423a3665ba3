import assert from 'node:assert/strict'
import { afterAll, beforeAll, describe, it } from '@jest/globals'
import { harness, type Harness } from '../helpers/harness'

describe('members: the export holds every record', () => {
  let h: Harness
  beforeAll(async () => {
    h = await harness()
  })
  afterAll(() => h.close())

  it('a member with 620 points records gets all 620 in the export, and deleting scrubs every one of 230 hour logs', async () => {
    const me = 'export-heavy'
    for (let i = 0; i < 620; i++) {
      const at = new Date(Date.UTC(2025, 0, 1) + i * 3_600_000).toISOString()
      await h.store.insert('points_ledger', { _id: `pl-${i}`, openid: me, amount: 1, reason: 'checkin', reasonText: '活动签到', at })
    }
    for (let i = 0; i < 230; i++) {
      await h.store.insert('service_hours', { _id: `sh-${i}`, communityId: 'c-wanghu', openid: me, name: '钱多多', postId: 'p', postName: '助老', date: '2026-02-01', hours: 1, note: '', state: 'pending', at: '2026-02-01T02:00:00.000Z', timeline: [] })
    }
    const out = await h.ok(me, 'members', 'exportMine', {})
    assert.equal(out.records.find((r) => r.collection === 'points_ledger')?.items.length, 620, 'not cut near 500')
    const del = await h.ok(me, 'members', 'deleteMine', { confirm: true })
    assert.equal(del.scrubbed, 230)
    const logs = await h.store.queryAll('service_hours', { where: { openid: me } }, { max: 1000 })
    assert.deepEqual([...new Set(logs.map((l) => l.name))], ['已注销用户'])
    const again = await h.ok(me, 'members', 'deleteMine', { confirm: true })
    assert.equal(again.scrubbed, 0, 'nothing left to scrub: an unchanged record is not counted')
  })
})
