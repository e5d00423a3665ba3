/**
 * Departments serve every community below their unit; a liaison answers for the unit the role is
 * held in, wherever the liaison lives. Whistles reach exactly those liaisons.
 */
import assert from 'node:assert/strict'
import { afterAll, beforeAll, describe, it } from '@jest/globals'
import { harness, type Harness } from '../helpers/harness'

const AT = '2026-01-01T00:00:00.000Z'

describe('住建 liaisons by street', () => {
  let h: Harness
  beforeAll(async () => {
    h = await harness()
    // lives in 云溪 (白云) but answers for 红枫
    await h.store.insert('members', {
      _id: 'liaison-lives-yunxi',
      name: '马立',
      roles: ['liaison'],
      unitRoles: [{ role: 'liaison', unitId: 's-hongfeng' }],
      departmentId: 'dept-zhujian',
      communityId: 'c-yunxi',
      points: 0,
      createdAt: AT,
      updatedAt: AT,
    })
  })
  afterAll(() => h.close())

  const told = async (openid: string, ticketTitle: string) => (await h.store.query('outbox', { where: { to: openid } })).items.some((n) => n.title === ticketTitle)

  async function whistle(resident: string, secretary: string, title: string) {
    const { id } = await h.ok(resident, 'tickets', 'submit', { title, description: '楼道顶棚渗水，墙皮大片脱落', category: 'housing', location: { address: '5幢' } })
    await h.ok(secretary, 'tickets', 'triage', { id, decision: 'accept' })
    await h.ok(secretary, 'tickets', 'whistle', { id, leadDepartmentId: 'dept-zhujian', priority: 'normal' })
    return id
  }

  it("a 云溪 whistle to 区住建局 reaches 白云's liaison, not 红枫's", async () => {
    const id = await whistle('demo-resident-yunxi', 'demo-secretary-yunxi', '云溪5幢楼道渗水')
    assert.equal(await told('demo-liaison-zhujian-baiyun', '云溪5幢楼道渗水'), true)
    assert.equal(await told('demo-liaison-zhujian', '云溪5幢楼道渗水'), false)
    assert.equal(await told('liaison-lives-yunxi', '云溪5幢楼道渗水'), false, 'living in 云溪 is not answering for it')
    await h.ok('demo-liaison-zhujian-baiyun', 'tickets', 'acknowledge', { id })
  })

  it("a 河畔 whistle reaches 红枫's liaisons, including the one living in 云溪, and they may act on it", async () => {
    const id = await whistle('demo-secretary-hepan', 'demo-secretary-hepan', '河畔5幢楼道渗水')
    assert.equal(await told('demo-liaison-zhujian', '河畔5幢楼道渗水'), true)
    assert.equal(await told('liaison-lives-yunxi', '河畔5幢楼道渗水'), true)
    assert.equal(await told('demo-liaison-zhujian-baiyun', '河畔5幢楼道渗水'), false)
    await h.err('demo-liaison-zhujian-baiyun', 'tickets', 'acknowledge', { id }, 'NOT_FOUND')
    await h.ok('liaison-lives-yunxi', 'tickets', 'acknowledge', { id })
  })

  it("云溪's secretary cannot whistle 红枫's street departments: they are not hers to pick", async () => {
    const { items } = await h.ok('demo-secretary-yunxi', 'tickets', 'departments', {})
    const ids = items.map((d) => d.id)
    assert.ok(ids.includes('dept-zhujian'), 'the district department serves 白云 too')
    assert.equal(ids.includes('dept-gongdian'), false, "红枫供电所 serves 红枫's communities only")
    const { id } = await h.ok('demo-resident-yunxi', 'tickets', 'submit', { title: '云溪路灯不亮', description: '云溪路北段三盏路灯一周不亮了', category: 'street_light', location: { address: '云溪路' } })
    await h.ok('demo-secretary-yunxi', 'tickets', 'triage', { id, decision: 'accept' })
    const refused = await h.call('demo-secretary-yunxi', 'tickets', 'whistle', { id, leadDepartmentId: 'dept-gongdian', priority: 'normal' })
    assert.equal(refused.ok, false)
    assert.ok(!refused.ok && ['NOT_FOUND', 'INVALID_INPUT', 'FORBIDDEN'].includes(refused.error.code), JSON.stringify(refused))
  })
})
