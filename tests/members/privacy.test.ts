import assert from 'node:assert/strict'
import { afterAll, beforeAll, describe, it } from '@jest/globals'
import { harness, type Harness } from '../helpers/harness'

describe('members: personal information', () => {
  let h: Harness
  beforeAll(async () => {
    h = await harness()
  })
  afterAll(() => h.close())

  it('exportMine answers my profile and my records, and is audited', async () => {
    await h.ok('resident-x', 'members', 'updateProfile', { name: '孙丽', phone: '13800001111', building: '2幢1单元' })
    const out = await h.ok('resident-x', 'members', 'exportMine', {})
    assert.equal(out.profile.phone, '13800001111')
    assert.ok(out.records.some((r) => r.collection === 'points_ledger'))
    const log = await h.ok('demo-admin', 'members', 'auditLog', { target: 'resident-x' })
    assert.ok(log.items.some((e) => e.action === 'exportMine' && e.actionText === '导出个人信息'))
  })

  it('contact: staff read a phone only with a reason, and the read is in the audit log', async () => {
    await h.err('demo-resident', 'members', 'contact', { openid: 'resident-x', reason: '上门服务' }, 'FORBIDDEN')
    await h.err('demo-staff', 'members', 'contact', { openid: 'resident-x', reason: '' }, 'INVALID_INPUT')
    const c = await h.ok('demo-staff', 'members', 'contact', { openid: 'resident-x', reason: '小棉袄家政上门服务' })
    assert.equal(c.phone, '13800001111')
    const log = await h.ok('demo-admin', 'members', 'auditLog', {})
    const read = log.items.find((e) => e.action === 'readContact')
    assert.ok(read)
    assert.equal(read.by, 'demo-staff')
    assert.equal(read.byName, '吴秀英')
    assert.equal(read.targetName, '孙丽', 'the admin sees whose contact was read, not just an id')
    assert.equal(read.details.reason, '小棉袄家政上门服务')
    await h.err('demo-staff', 'members', 'auditLog', {}, 'FORBIDDEN')
  })

  it('contact: only for the people whose job it is; a refused look is not a read and leaves no audit entry', async () => {
    await h.ok('resident-y', 'members', 'updateProfile', { name: '钱芳', phone: '13800002222', building: '9幢3单元' })
    const reads = async () => (await h.ok('demo-admin', 'members', 'auditLog', { target: 'resident-y' })).items.filter((e) => e.action === 'readContact').length
    await h.err('demo-liaison-chengguan', 'members', 'contact', { openid: 'resident-y', reason: '核实情况' }, 'FORBIDDEN')
    await h.err('demo-liaison-zhujian', 'members', 'contact', { openid: 'resident-y', reason: '核实情况' }, 'FORBIDDEN')
    assert.equal(await reads(), 0)

    const { id } = await h.ok('resident-y', 'tickets', 'submit', { title: '9幢楼道顶棚渗水', description: '下雨天楼道顶棚一直滴水', category: 'housing', location: { address: '望湖小区9幢3单元' } })
    await h.ok('demo-secretary', 'tickets', 'triage', { id, decision: 'accept' })
    await h.ok('demo-secretary', 'tickets', 'whistle', { id, leadDepartmentId: 'dept-zhujian', priority: 'normal' })
    const c = await h.ok('demo-liaison-zhujian', 'members', 'contact', { openid: 'resident-y', reason: '上门查看渗水' })
    assert.equal(c.phone, '13800002222', 'the liaison of the department handling her ticket may call her')
    await h.err('demo-liaison-chengguan', 'members', 'contact', { openid: 'resident-y', reason: '核实情况' }, 'FORBIDDEN')
    assert.equal(await reads(), 1)

    await h.store.insert('members', { _id: 'staff-xincheng', name: '外社区社工', roles: ['staff'], communityId: 'c-xincheng', points: 0, createdAt: '2026-01-01T00:00:00.000Z', updatedAt: '2026-01-01T00:00:00.000Z' })
    // another community's staff does not even find her: the router keeps them to their own community
    await h.err('staff-xincheng', 'members', 'contact', { openid: 'resident-y', reason: '回访' }, 'NOT_FOUND')
    await h.ok('demo-admin', 'members', 'contact', { openid: 'resident-y', reason: '核查投诉' })
    assert.equal(await reads(), 2)
  })

  it('emptying the phone or the building in 个人资料 removes it; an empty name is refused', async () => {
    await h.ok('resident-z', 'members', 'updateProfile', { name: '郑梅', phone: '13800003333', building: '4幢2单元' })
    const me = await h.ok('resident-z', 'members', 'updateProfile', { name: '郑梅', phone: '', building: '' })
    assert.equal(me.phone, undefined)
    assert.equal(me.building, undefined)
    assert.equal((await h.ok('resident-z', 'members', 'me', {})).phone, undefined)
    await h.err('resident-z', 'members', 'updateProfile', { name: '', phone: '' }, 'INVALID_INPUT')
    assert.equal((await h.ok('resident-z', 'members', 'me', {})).name, '郑梅')
  })

  it('deleteMine needs confirmation, then removes name, phone and building but keeps the account', async () => {
    await h.err('resident-x', 'members', 'deleteMine', {}, 'INVALID_INPUT')
    await h.err('resident-x', 'members', 'deleteMine', { confirm: false }, 'INVALID_INPUT')
    assert.equal((await h.ok('resident-x', 'members', 'me', {})).name, '孙丽', 'nothing removed before confirming')
    const r = await h.ok('resident-x', 'members', 'deleteMine', { confirm: true })
    assert.equal(r.deleted, true)
    const me = await h.ok('resident-x', 'members', 'me', {})
    assert.equal(me.name, undefined)
    assert.equal(me.phone, undefined)
    assert.equal(me.building, undefined)
    await h.err('demo-staff', 'members', 'contact', { openid: 'resident-x', reason: '回访' }, 'NOT_FOUND')
  })

  it('after deleteMine the audit log keeps what was done to the person, but no longer their name', async () => {
    const log = await h.ok('demo-admin', 'members', 'auditLog', { target: 'resident-x' })
    const read = log.items.find((e) => e.action === 'readContact')
    assert.ok(read, 'the earlier contact read is still on record')
    assert.equal(read.byName, '吴秀英', 'who read it keeps their name')
    assert.deepEqual(
      log.items.filter((e) => e.targetName !== undefined || (e.by === 'resident-x' && e.byName !== undefined)).map((e) => e.action),
      [],
      'the deleted name 孙丽 is gone from every entry about or by them',
    )
  })

  it('an audit entry keeps the names it was written with; an older one without names is named from the members', async () => {
    await h.ok('demo-admin', 'members', 'grantRole', { openid: 'm-yang', role: 'staff' })
    await h.store.insert('audit', { _id: 'audit-old-unnamed', at: '2026-01-05T02:00:00.000Z', by: 'demo-admin', action: 'revokeRole', target: 'm-zhou', details: { role: 'staff' } })
    const log = await h.ok('demo-admin', 'members', 'auditLog', {})
    const grant = log.items.find((e) => e.action === 'grantRole' && e.target === 'm-yang')
    assert.equal(grant?.byName, '赵敏')
    assert.equal(grant?.targetName, '杨帆')
    const old = (await h.ok('demo-admin', 'members', 'auditLog', { target: 'm-zhou' })).items.find((e) => e.id === 'audit-old-unnamed')
    assert.equal(old?.byName, '赵敏')
    assert.equal(old?.targetName, '周立平')
  })
})
