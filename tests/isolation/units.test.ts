/**
 * Scope by the unit a role is held in (DESIGN.md, the street level), through the router:
 * 区住建局's liaison held in 红枫街道 works the tickets of 红枫's communities and none of 白云's, the
 * one held in 白云街道 the reverse; 红枫's street secretary acts in every 红枫 community and in none of
 * 白云; 河畔's community secretary in 河畔 only.
 */
import assert from 'node:assert/strict'
import { afterAll, beforeAll, describe, it } from '@jest/globals'
import { harness, type Harness } from '../helpers/harness'

const ZHUJIAN_HONGFENG = 'demo-liaison-zhujian'
const ZHUJIAN_BAIYUN = 'demo-liaison-zhujian-baiyun'
const STREET = 'demo-street-secretary'
const HEPAN = 'demo-secretary-hepan'

describe('isolation by the unit a role is held in', () => {
  let h: Harness
  /** a freshly submitted ticket in each community, by a resident of it */
  const fresh: Record<string, string> = {}
  const communityOf = async (id: string) => (await h.store.get('tickets', id))?.communityId

  beforeAll(async () => {
    h = await harness()
    const report = async (openid: string, title: string) => (await h.ok(openid, 'tickets', 'submit', { title, description: `${title}，请尽快处理`, category: 'housing' })).id
    fresh['c-wanghu'] = await report('demo-resident', '望湖 6 幢漏水')
    fresh['c-xincheng'] = await report('m-yang', '新城 2 幢电梯异响')
    fresh['c-hepan'] = await report(HEPAN, '河畔 1 幢外墙脱落')
    fresh['c-yunxi'] = await report('demo-resident-yunxi', '云溪 3 幢楼道灯坏')
    for (const [c, id] of Object.entries(fresh)) assert.equal(await communityOf(id), c)
  })
  afterAll(() => h.close())

  it("红枫's 住建 liaison lists the tickets of 望湖 and 河畔, not 云溪's; 白云's the reverse", async () => {
    const red = (await h.ok(ZHUJIAN_HONGFENG, 'tickets', 'list', { scope: 'department', limit: 100 })).items.map((t) => t.id)
    assert.ok(red.includes('tk-seed-hepan-roof'), '河畔 (c-hepan)')
    assert.ok(red.includes('tk-seed-water-main'), '望湖 (c-wanghu)')
    assert.ok(!red.includes('tk-seed-yunxi-wall'), 'not 云溪')
    const communities = new Set(await Promise.all(red.map(communityOf)))
    assert.deepEqual([...communities].sort(), ['c-hepan', 'c-wanghu'])

    const white = (await h.ok(ZHUJIAN_BAIYUN, 'tickets', 'list', { scope: 'department', limit: 100 })).items.map((t) => t.id)
    assert.deepEqual(white, ['tk-seed-yunxi-wall'])

    // and each reaches only its own street's tickets
    assert.equal((await h.ok(ZHUJIAN_HONGFENG, 'tickets', 'get', { id: 'tk-seed-hepan-roof' })).id, 'tk-seed-hepan-roof')
    await h.err(ZHUJIAN_HONGFENG, 'tickets', 'get', { id: 'tk-seed-yunxi-wall' }, 'NOT_FOUND')
    await h.err(ZHUJIAN_HONGFENG, 'tickets', 'acknowledge', { id: 'tk-seed-yunxi-wall' }, 'NOT_FOUND')
    assert.equal((await h.ok(ZHUJIAN_BAIYUN, 'tickets', 'get', { id: 'tk-seed-yunxi-wall' })).id, 'tk-seed-yunxi-wall')
    await h.err(ZHUJIAN_BAIYUN, 'tickets', 'get', { id: 'tk-seed-hepan-roof' }, 'NOT_FOUND')
    await h.err(ZHUJIAN_BAIYUN, 'tickets', 'acknowledge', { id: 'tk-seed-hepan-roof' }, 'NOT_FOUND')
    await h.err(ZHUJIAN_BAIYUN, 'tickets', 'acknowledge', { id: 'tk-seed-water-main' }, 'NOT_FOUND')
  })

  it('the street secretary of 红枫 acts in every 红枫 community and in none of 白云', async () => {
    for (const c of ['c-wanghu', 'c-xincheng', 'c-hepan']) {
      const seen = await h.ok(STREET, 'tickets', 'get', { id: fresh[c] })
      assert.ok(seen.can.includes('triage'), c)
      const r = await h.ok(STREET, 'tickets', 'triage', { id: fresh[c], decision: 'accept' })
      assert.equal(r.state, 'accepted', c)
      assert.equal((await h.ok(STREET, 'tickets', 'whistle', { id: fresh[c], priority: 'normal', leadDepartmentId: 'dept-zhujian' })).state, 'dispatched', c)
      assert.equal((await h.ok(STREET, 'surveys', 'satisfaction', { communityId: c })).communityId, c)
    }
    // whistled to the district's 住建局: 红枫's liaison gets all three, 白云's none
    const red = (await h.ok(ZHUJIAN_HONGFENG, 'tickets', 'list', { scope: 'department', state: 'dispatched', limit: 100 })).items.map((t) => t.id)
    for (const c of ['c-wanghu', 'c-xincheng', 'c-hepan']) assert.ok(red.includes(fresh[c]), c)
    assert.deepEqual((await h.ok(ZHUJIAN_BAIYUN, 'tickets', 'list', { scope: 'department', limit: 100 })).items.map((t) => t.id), ['tk-seed-yunxi-wall'])
    await h.err(STREET, 'tickets', 'triage', { id: fresh['c-yunxi'], decision: 'accept' }, 'NOT_FOUND')
    await h.err(STREET, 'tickets', 'get', { id: 'tk-seed-yunxi-wall' }, 'NOT_FOUND')
    await h.err(STREET, 'surveys', 'satisfaction', { communityId: 'c-yunxi' }, 'FORBIDDEN')
    assert.equal((await h.store.get('tickets', fresh['c-yunxi']))?.state, 'submitted')
  })

  it("河畔's community secretary acts in 河畔 only", async () => {
    const hepan = await h.ok(HEPAN, 'tickets', 'submit', { title: '河畔 4 幢化粪池满溢', description: '请尽快清掏', category: 'environment' })
    assert.equal((await h.ok(HEPAN, 'tickets', 'triage', { id: hepan.id, decision: 'accept' })).state, 'accepted')
    assert.equal((await h.ok(HEPAN, 'tickets', 'get', { id: 'tk-seed-hepan-roof' })).id, 'tk-seed-hepan-roof')
    // 望湖 and 新城 are of the same street but not hers; 云溪 is another street
    for (const id of ['tk-seed-septic', 'tk-seed-water-main', 'tk-seed-yunxi-wall']) await h.err(HEPAN, 'tickets', 'get', { id }, 'NOT_FOUND')
    const wanghu = await h.ok('demo-resident', 'tickets', 'submit', { title: '望湖 2 幢路灯不亮', description: '晚上很黑', category: 'street_light' })
    await h.err(HEPAN, 'tickets', 'triage', { id: wanghu.id, decision: 'accept' }, 'NOT_FOUND')
    assert.equal((await h.store.get('tickets', wanghu.id))?.state, 'submitted')
    assert.equal((await h.ok(HEPAN, 'surveys', 'satisfaction', { communityId: 'c-hepan' })).communityId, 'c-hepan')
    for (const communityId of ['c-wanghu', 'c-xincheng', 'c-yunxi']) await h.err(HEPAN, 'surveys', 'satisfaction', { communityId }, 'FORBIDDEN')
    const listed = (await h.ok(HEPAN, 'tickets', 'list', { scope: 'community', limit: 100 })).items.map((t) => t.id)
    assert.ok(listed.includes('tk-seed-hepan-roof') && listed.includes(hepan.id))
    assert.deepEqual([...new Set(await Promise.all(listed.map(communityOf)))], ['c-hepan'])
  })
})
