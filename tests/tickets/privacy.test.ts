import assert from 'node:assert/strict'
import { afterAll, beforeAll, describe, it } from '@jest/globals'
import { harness, type Harness } from '../helpers/harness'
import { CHENGGUAN, RESIDENT, SEC, submit, ZHUJIAN } from './helpers'

const HOME = '望湖小区7幢2单元501室厨房外墙'

describe('tickets: a resident’s address only for the people whose job it is', () => {
  let h: Harness
  let id: string
  beforeAll(async () => {
    h = await harness()
    id = await submit(h, { location: { address: HOME, lat: 29.8721, lng: 121.5455 } })
    await h.ok(SEC, 'tickets', 'triage', { id, decision: 'accept' })
    await h.ok(SEC, 'tickets', 'whistle', { id, leadDepartmentId: 'dept-zhujian', priority: 'normal' })
  })
  afterAll(() => h.close())

  it('the submitter, the secretary and the assigned liaison see the full address and map point', async () => {
    for (const who of [RESIDENT, SEC, ZHUJIAN]) {
      const t = await h.ok(who, 'tickets', 'get', { id })
      assert.equal(t.address, HOME, who)
      assert.deepEqual(t.location, { address: HOME, lat: 29.8721, lng: 121.5455 }, who)
    }
    const dept = await h.ok(ZHUJIAN, 'tickets', 'list', { scope: 'department' })
    assert.equal(dept.items.find((i) => i.id === id)?.address, HOME)
  })

  it('a neighbour checking for duplicates, then following, sees the building only and no map point', async () => {
    const near = await h.ok('demo-member', 'tickets', 'nearby', { category: 'housing', lat: 29.8721, lng: 121.5455 })
    assert.equal(near.items.find((i) => i.id === id)?.address, '7幢**')
    await h.ok('demo-member', 'tickets', 'follow', { id })
    const t = await h.ok('demo-member', 'tickets', 'get', { id })
    assert.equal(t.address, '7幢**')
    assert.deepEqual(t.location, { address: '7幢**' })
    assert.ok(!JSON.stringify(t).includes('501'), 'no room number anywhere in the answer')
    const following = await h.ok('demo-member', 'tickets', 'list', { scope: 'following' })
    assert.equal(following.items.find((i) => i.id === id)?.address, '7幢**')
  })

  it('staff and the assigned liaison can reach the resident through the audited contact look-up; others cannot', async () => {
    await h.ok(RESIDENT, 'members', 'updateProfile', { phone: '13900001234' })
    assert.equal((await h.ok(RESIDENT, 'tickets', 'get', { id })).submitterId, undefined, 'not offered to the resident herself')
    assert.equal((await h.ok('demo-member', 'tickets', 'get', { id })).submitterId, undefined, 'not to a follower')
    assert.equal((await h.ok(SEC, 'tickets', 'get', { id })).submitterId, RESIDENT)
    const t = await h.ok(ZHUJIAN, 'tickets', 'get', { id })
    assert.equal(t.submitterId, RESIDENT)
    const c = await h.ok(ZHUJIAN, 'members', 'contact', { openid: t.submitterId!, reason: `办理工单：${t.title}` })
    assert.equal(c.phone, '13900001234')
    const log = await h.ok('demo-admin', 'members', 'auditLog', { target: RESIDENT })
    assert.ok(log.items.some((e) => e.action === 'readContact' && e.by === ZHUJIAN))
  })

  it('a liaison of another department may not open it at all', async () => {
    await h.err(CHENGGUAN, 'tickets', 'get', { id }, 'FORBIDDEN')
  })
})
