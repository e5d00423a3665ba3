import assert from 'node:assert/strict'
import { describe, it } from '@jest/globals'
import { alertAudience, type NoticeDoc } from '../../cloudfunctions/bulletin/notices'
import { harness, type Harness } from '../helpers/harness'

const urgentTo = async (h: Harness, openid: string) =>
  (await h.store.query('outbox', { where: { to: openid }, limit: 100 })).items.filter((n) => n.template === 'notice_urgent')

const BODY = '今晚 20:00-23:00 检修电梯，请勿乘坐。'

describe('bulletin: an urgent notice reaches each person of its audience once', () => {
  it('a grid notice is sent to the people of that grid only, not to the author', async () => {
    const h = await harness()
    const { id } = await h.ok('demo-staff', 'bulletin', 'publish', { title: '3幢电梯今晚检修', body: BODY, category: '通知公告', urgent: true, gridId: 'g-wanghu-1' })
    const mine = await urgentTo(h, 'demo-resident')
    assert.equal(mine.length, 1, '王秀兰 (3幢, first grid) is told')
    assert.equal(mine[0].title, '【紧急】3幢电梯今晚检修')
    assert.equal(mine[0].page, `/packages/bulletin/pages/detail/index?id=${id}`)
    assert.equal((await urgentTo(h, 'm-zhou')).length, 1, '周立平 (2幢, first grid) is told')
    assert.equal((await urgentTo(h, 'demo-member')).length, 0, '李建国 lives in 7幢, another grid')
    assert.equal((await urgentTo(h, 'demo-staff')).length, 0, 'the author is not told about their own notice')
    await h.close()
  })

  it('a community notice is sent to the whole community; an ordinary one to nobody', async () => {
    const h = await harness()
    await h.ok('demo-secretary', 'bulletin', 'publish', { title: '寒潮预警', body: BODY, category: '通知公告' })
    assert.equal(await h.store.count('outbox', {}), 0)
    await h.ok('demo-secretary', 'bulletin', 'publish', { title: '寒潮预警：明晨降至零下5度', body: BODY, category: '通知公告', urgent: true })
    for (const p of ['demo-resident', 'demo-member', 'm-zhou', 'm-hu', 'demo-staff']) assert.equal((await urgentTo(h, p)).length, 1, p)
    assert.equal((await urgentTo(h, 'demo-secretary')).length, 0)
    await h.close()
  })

  it('sending again (a retry) tells nobody twice', async () => {
    const h = await harness()
    const { id } = await h.ok('demo-staff', 'bulletin', 'publish', { title: '3幢电梯今晚检修', body: BODY, category: '通知公告', urgent: true, gridId: 'g-wanghu-1' })
    const before = await h.store.count('outbox', {})
    const n = (await h.store.get<NoticeDoc>('notices', id))!
    const ctx = { caller: { openid: 'demo-staff', roles: ['staff'], communityId: 'c-wanghu' }, store: h.store, clock: h.clock, log: h.log, services: h.deps.services, requestId: 'retry' }
    await Promise.all([alertAudience(ctx as never, n), alertAudience(ctx as never, n)])
    assert.equal(await h.store.count('outbox', {}), before)
    assert.equal((await urgentTo(h, 'demo-resident')).length, 1)
    await h.close()
  })
})
