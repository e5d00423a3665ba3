import assert from 'node:assert/strict'
import { afterAll, beforeAll, describe, it } from '@jest/globals'
import { harness, type Harness } from '../helpers/harness'

describe('members', () => {
  let h: Harness
  beforeAll(async () => {
    h = await harness()
  })
  afterAll(() => h.close())

  it('me: an unknown openid is a resident of the default community', async () => {
    const me = await h.ok('stranger-1', 'members', 'me', {})
    assert.deepEqual(me.roles, ['resident'])
    assert.equal(me.communityName, '望湖社区')
    assert.equal(me.points, 0)
    assert.equal(await h.store.get('members', 'stranger-1'), null, 'reading creates nothing')
  })

  it('me: seeded people carry their roles, community and department', async () => {
    const sec = await h.ok('demo-secretary', 'members', 'me', {})
    assert.deepEqual(sec.roles, ['resident', 'member', 'secretary', 'staff'])
    const liaison = await h.ok('demo-liaison-zhujian', 'members', 'me', {})
    assert.equal(liaison.departmentName, '区住建局')
    assert.ok(liaison.roles.includes('liaison'))
  })

  it('updateProfile validates, checks content and saves', async () => {
    await h.err('stranger-2', 'members', 'updateProfile', { phone: '12345' }, 'INVALID_INPUT')
    await h.err('stranger-2', 'members', 'updateProfile', { name: '' }, 'INVALID_INPUT')
    const rejected = await h.err('stranger-2', 'members', 'updateProfile', { name: '赌 博王' }, 'CONTENT_REJECTED')
    assert.match(rejected.message, /赌博/)
    assert.equal(await h.store.get('members', 'stranger-2'), null, 'a rejected update stores nothing')
    const p = await h.ok('stranger-2', 'members', 'updateProfile', { name: '  李梅 ', phone: '13900001111', building: '5幢' })
    assert.equal(p.name, '李梅')
    assert.equal(p.phone, '13900001111')
    assert.deepEqual((await h.ok('stranger-2', 'members', 'me', {})).building, '5幢')
  })

  it('concurrent first profile writes by one person make one document', async () => {
    const rs = await Promise.all(
      Array.from({ length: 20 }, (_, i) => h.call('stranger-3', 'members', 'updateProfile', { building: `${i}幢` })),
    )
    assert.ok(rs.every((r) => r.ok))
    assert.equal(await h.store.count('members', { _id: 'stranger-3' }), 1)
  })

  it('grantRole / revokeRole: admin only, liaison needs a real department, audited', async () => {
    await h.err('demo-secretary', 'members', 'grantRole', { openid: 'stranger-4', role: 'member' }, 'FORBIDDEN')
    await h.err('demo-admin', 'members', 'grantRole', { openid: 'stranger-4', role: 'liaison' }, 'INVALID_INPUT')
    await h.err('demo-admin', 'members', 'grantRole', { openid: 'stranger-4', role: 'liaison', departmentId: 'dept-nope' }, 'NOT_FOUND')
    const p = await h.ok('demo-admin', 'members', 'grantRole', { openid: 'stranger-4', role: 'liaison', departmentId: 'dept-shuiwu' })
    assert.ok(p.roles.includes('liaison'))
    assert.equal(p.departmentName, '水务集团红枫营业所')
    const again = await h.ok('demo-admin', 'members', 'grantRole', { openid: 'stranger-4', role: 'liaison', departmentId: 'dept-shuiwu' })
    assert.equal(again.roles.filter((r) => r === 'liaison').length, 1, 'granting twice keeps one role')
    const revoked = await h.ok('demo-admin', 'members', 'revokeRole', { openid: 'stranger-4', role: 'liaison' })
    assert.ok(!revoked.roles.includes('liaison'))
    assert.equal(revoked.departmentId, undefined)
    await h.err('demo-admin', 'members', 'revokeRole', { openid: 'stranger-4', role: 'liaison' }, 'NOT_FOUND')
    await h.err('demo-admin', 'members', 'revokeRole', { openid: 'demo-admin', role: 'admin' }, 'CONFLICT')
    const audit = await h.store.query('audit', { where: { target: 'stranger-4' } })
    assert.deepEqual(audit.items.map((a) => a.action).sort(), ['grantRole', 'grantRole', 'revokeRole'])
  })
})
