import assert from 'node:assert/strict'
import { afterAll, beforeAll, describe, it } from '@jest/globals'
import { harness, type Harness } from '../helpers/harness'
import { grantGridRoles, household, visitInput } from './helpers'

describe('visits: my households and logging a visit', () => {
  let h: Harness
  beforeAll(async () => {
    h = await harness()
  })
  afterAll(() => h.close())

  it('我的联系户: 李建国 sees his five households, least recently visited first, with the year’s pace', async () => {
    const mine = await h.ok('demo-member', 'visits', 'mine', {})
    assert.equal(mine.items.length, 5)
    assert.equal(mine.items[0].id, 'hh-w2-04', 'never visited comes first')
    assert.ok(mine.items.every((c) => c.memberOpenid === 'demo-member'))
    assert.deepEqual(mine.pace, { households: 5, visitsThisYear: 13, target: 20, unvisitedThisQuarter: 2, behind: 3, quarter: '2026Q4', belowPace: true })
    const card = mine.items.find((c) => c.id === 'hh-w2-01')!
    assert.equal(card.phoneMasked, '139****0101', 'lists never carry the full phone')
    assert.equal(card.pace, 'done')
    assert.equal(card.visitsThisYear, 5)
    await h.err('demo-resident', 'visits', 'mine', {}, 'FORBIDDEN')
  })

  it('a visit updates the household’s summary in the same write; the history shows it', async () => {
    const before = await household(h, 'hh-w2-02')
    const r = await h.ok('demo-member', 'visits', 'log', visitInput('hh-w2-02', { date: '2026-11-23', found: '钱大爷腿脚不便，想装扶手', photos: ['cloud://photos/a.jpg'] }))
    assert.equal(r.deduped, false)
    assert.match(r.id, /^visit:req-/)
    const after = await household(h, 'hh-w2-02')
    assert.equal(after.lastVisitAt, '2026-11-22T16:00:00.000Z', '23 November, midnight in Shanghai')
    assert.equal(after.visitDays.length, before.visitDays.length + 1)
    const detail = await h.ok('demo-member', 'visits', 'get', { id: 'hh-w2-02' })
    assert.equal(detail.pace, 'done')
    assert.equal(detail.visitsThisYear, 4)
    assert.equal(detail.visits[0].found, '钱大爷腿脚不便，想装扶手')
    assert.deepEqual(detail.visits[0].photos, ['cloud://photos/a.jpg'])
    assert.equal(detail.visits[0].byName, '李建国')
    assert.equal((await h.ok('demo-member', 'visits', 'mine', {})).pace.unvisitedThisQuarter, 1)
  })

  it('bad dates, empty notes and strangers are refused and change nothing', async () => {
    const before = await household(h, 'hh-w2-03')
    const future = await h.err('demo-member', 'visits', 'log', visitInput('hh-w2-03', { date: '2026-11-25' }), 'INVALID_INPUT')
    assert.equal(future.message, '走访日期不能晚于今天')
    await h.err('demo-member', 'visits', 'log', visitInput('hh-w2-03', { date: '2026-13-01' }), 'INVALID_INPUT')
    await h.err('demo-member', 'visits', 'log', visitInput('hh-w2-03', { found: '   ' }), 'INVALID_INPUT')
    await h.err('demo-member', 'visits', 'log', visitInput('hh-w2-03', { followUp: { kind: 'ticket', title: '楼道灯坏了', text: '三楼楼道灯不亮' } }), 'INVALID_INPUT')
    const stranger = await h.err('m-zhou', 'visits', 'log', visitInput('hh-w2-03'), 'NOT_FOUND')
    assert.match(stranger.message, /不负责联系这一户/)
    await h.err('demo-resident', 'visits', 'log', visitInput('hh-w2-03'), 'NOT_FOUND')
    assert.deepEqual(await household(h, 'hh-w2-03'), before)
    assert.equal(await h.store.count('visits', { householdId: 'hh-w2-03' }), 3)
  })

  it('a follow-up becomes a 诉求 ticket through the tickets submit path, linked from the visit', async () => {
    const r = await h.ok('demo-member', 'visits', 'log', visitInput('hh-w2-03', { found: '楼道灯坏了', followUp: { kind: 'ticket', title: '6幢1单元楼道灯不亮', text: '二楼到三楼的楼道灯坏了一周，赵阿姨晚上出门不便', category: 'housing' } }))
    assert.equal(r.followUp?.kind, 'ticket')
    const ticket = await h.ok('demo-member', 'tickets', 'get', { id: r.followUp!.id })
    assert.equal(ticket.title, '6幢1单元楼道灯不亮')
    assert.equal(ticket.state, 'submitted')
    const mine = await h.ok('demo-member', 'tickets', 'list', { scope: 'mine' })
    assert.ok(mine.items.some((t) => t.id === r.followUp!.id), 'the member who visited raised it')
    const detail = await h.ok('demo-member', 'visits', 'get', { id: 'hh-w2-03' })
    assert.deepEqual(detail.visits[0].followUp, { kind: 'ticket', id: r.followUp!.id, title: '6幢1单元楼道灯不亮' })
  })

  it('or a 微心愿 for the household, waiting for staff review with the head as beneficiary', async () => {
    const r = await h.ok('demo-member', 'visits', 'log', visitInput('hh-w2-05', { followUp: { kind: 'wish', title: '想要一台收音机', text: '何阿姨独居，想听戏曲，家里收音机坏了' } }))
    assert.equal(r.followUp?.kind, 'wish')
    const wish = await h.ok('demo-staff', 'wishes', 'get', { id: r.followUp!.id })
    assert.equal(wish.state, 'pending')
    assert.equal(wish.beneficiary.name, '何美娟')
  })
})

describe('visits: the household head’s phone is personal data', () => {
  let h: Harness
  beforeAll(async () => {
    h = await harness()
    await grantGridRoles(h)
  })
  afterAll(() => h.close())

  const reads = async () => (await h.store.query('audit', { where: { target: 'household:hh-w2-01' }, orderBy: [['at', 'asc']] })).items.filter((e) => e.action === 'readContact')

  it('the linked member, the grid’s roles and staff read it, each read audited; others do not see the household', async () => {
    const mine = await h.ok('demo-member', 'visits', 'get', { id: 'hh-w2-01' })
    assert.equal(mine.phone, '13905740101')
    assert.equal(mine.canLog, true)
    assert.equal(mine.canAssign, false)
    const sec = await h.ok('m-sun', 'visits', 'get', { id: 'hh-w2-01' })
    assert.equal(sec.phone, '13905740101')
    assert.equal(sec.canAssign, true)
    await h.ok('demo-secretary', 'visits', 'get', { id: 'hh-w2-01' })
    assert.deepEqual((await reads()).map((e) => e.by).sort(), ['demo-member', 'demo-secretary', 'm-sun'])
    assert.equal(((await reads())[0].details as { reason: string }).reason, '联系户户主电话')

    await h.err('m-zhou', 'visits', 'get', { id: 'hh-w2-01' }, 'NOT_FOUND')
    await h.err('m-hu', 'visits', 'get', { id: 'hh-w2-01' }, 'NOT_FOUND')
    await h.err('demo-liaison-zhujian', 'visits', 'get', { id: 'hh-w2-01' }, 'NOT_FOUND')
    assert.equal((await reads()).length, 3, 'a refused look is not a read')
  })

  it('a 网格员 sees and logs for their own grid only, and does not assign', async () => {
    await h.ok('m-zhou', 'visits', 'get', { id: 'hh-w1-05' })
    await h.ok('m-zhou', 'visits', 'log', visitInput('hh-w1-05'))
    await h.err('m-zhou', 'visits', 'assign', { householdId: 'hh-w1-05', openid: 'm-hu' }, 'FORBIDDEN')
    const cov = await h.ok('m-zhou', 'visits', 'coverage', {})
    assert.deepEqual(cov.grids.map((g) => g.gridId), ['g-wanghu-1'])
    await h.err('m-zhou', 'visits', 'coverage', { gridId: 'g-wanghu-2' }, 'FORBIDDEN')
  })

  it('export lists my visits; delete keeps the visit but not my name on it', async () => {
    const out = await h.ok('demo-member', 'members', 'exportMine', {})
    const visits = out.records.find((r) => r.collection === 'visits')
    assert.ok(visits && visits.items.length >= 13)
    await h.ok('demo-member', 'members', 'deleteMine', { confirm: true })
    const v = await h.store.get('visits', 'visit:seed-hh-w2-01-0')
    assert.equal(v?.byName, '已注销用户')
  })
})

describe('visits: grid roles, assignment and coverage', () => {
  let h: Harness
  beforeAll(async () => {
    h = await harness()
    await grantGridRoles(h)
  })
  afterAll(() => h.close())

  it('a grid role needs a grid of the community; the admin grants it from the member’s own grid or a chosen one', async () => {
    await h.err('demo-admin', 'members', 'grantRole', { openid: 'm-hu', role: 'gridman' }, 'INVALID_INPUT')
    await h.err('demo-admin', 'members', 'grantRole', { openid: 'm-hu', role: 'gridman', gridId: 'g-xincheng-1' }, 'NOT_FOUND')
    const p = await h.ok('demo-admin', 'members', 'grantRole', { openid: 'demo-resident', role: 'gridman' })
    assert.ok(p.roles.includes('gridman'), '王秀兰 lives in 第一网格')
    const log = await h.ok('demo-admin', 'members', 'auditLog', { target: 'demo-resident' })
    assert.equal(log.items[0].details.gridId, 'g-wanghu-1')
  })

  it('the grid secretary assigns households of the grid only; outside 5–10 a household it warns, not refuses', async () => {
    const a = await h.ok('m-sun', 'visits', 'assign', { householdId: 'hh-w2-06', openid: 'm-hu', expected: '' })
    assert.equal(a.household.memberName, '胡晓燕')
    assert.equal(a.household.state, 'linked')
    assert.equal(a.count, 1)
    assert.match(a.warning!, /少于每人 5–10 户/)
    const notice = await h.store.query('outbox', { where: { to: 'm-hu' } })
    assert.ok(notice.items.some((n) => n.title === '您有新的联系户'))
    await h.err('m-sun', 'visits', 'assign', { householdId: 'hh-w1-05', openid: 'm-hu' }, 'FORBIDDEN')
    await h.err('m-sun', 'visits', 'assign', { householdId: 'hh-w2-06', openid: 'm-hu' }, 'ALREADY_DONE')
    await h.err('m-sun', 'visits', 'assign', { householdId: 'hh-w2-06', openid: 'demo-resident' }, 'NOT_FOUND')
    await h.err('demo-member', 'visits', 'assign', { householdId: 'hh-w2-06', openid: 'demo-member' }, 'FORBIDDEN')

    const six = await h.ok('demo-staff', 'visits', 'assign', { householdId: 'hh-w2-06', openid: 'demo-member', expected: 'm-hu' })
    assert.equal(six.count, 6)
    assert.equal(six.warning, undefined)
    const t = await household(h, 'hh-w2-06')
    assert.deepEqual(t.timeline.slice(1).map((e) => [e.action, e.note]), [['assign', '胡晓燕'], ['assign', '李建国']])
    assert.equal((await h.ok('demo-member', 'visits', 'mine', {})).items.length, 6)
    assert.equal((await h.ok('m-hu', 'visits', 'mine', {})).items.length, 0, 'one linking member at a time')

    const released = await h.ok('demo-staff', 'visits', 'release', { householdId: 'hh-w2-06', expected: 'demo-member' })
    assert.equal(released.state, 'unassigned')
    assert.equal(released.memberOpenid, undefined)
    await h.err('demo-staff', 'visits', 'release', { householdId: 'hh-w2-06' }, 'CONFLICT')
  })

  it('coverage: per grid and per member, the households not visited this quarter and those not assigned', async () => {
    const all = await h.ok('demo-secretary', 'visits', 'coverage', {})
    assert.equal(all.quarter, '2026Q4')
    assert.deepEqual(all.grids.map((g) => [g.name, g.households, g.linked, g.unvisitedThisQuarter]), [
      ['望湖第一网格', 6, 4, 4],
      ['望湖第二网格', 6, 5, 3],
      ['望湖第三网格（沿街商铺）', 0, 0, 0],
      ['望湖第四网格', 0, 0, 0],
    ])
    const li = all.members.find((m) => m.openid === 'demo-member')!
    assert.deepEqual([li.name, li.households, li.unvisitedThisQuarter], ['李建国', 5, 2])
    assert.deepEqual(all.unvisited.map((c) => c.id), ['hh-w1-03', 'hh-w2-04', 'hh-w1-02', 'hh-w2-02'], 'linked ones only, never visited first, then the longest ago')
    assert.ok(all.unvisited.every((c) => c.phoneMasked !== undefined && !('phone' in c)))
    assert.deepEqual(all.unassigned.map((c) => c.id).sort(), ['hh-w1-05', 'hh-w1-06', 'hh-w2-06'])
    const grid2 = await h.ok('m-sun', 'visits', 'coverage', {})
    assert.deepEqual(grid2.grids.map((g) => g.gridId), ['g-wanghu-2'])
    assert.ok(grid2.unvisited.every((c) => c.gridId === 'g-wanghu-2'))
    await h.err('demo-member', 'visits', 'coverage', {}, 'FORBIDDEN')
    const cands = await h.ok('m-sun', 'visits', 'candidates', {})
    assert.equal(cands.items.find((c) => c.openid === 'demo-member')?.households, 5)
    assert.ok(!cands.items.some((c) => c.openid === 'demo-resident'), 'only party members')
  })

  it('the grid secretary enters a household of the grid', async () => {
    const c = await h.ok('m-sun', 'visits', 'addHousehold', { gridId: 'g-wanghu-2', building: '6幢', unit: '2单元', room: '501', headName: '邹大妈', phone: '13905749999', tags: ['elderly', 'elderly'] })
    assert.equal(c.state, 'unassigned')
    assert.deepEqual(c.tags, ['elderly'])
    assert.equal(c.address, '6幢2单元501')
    await h.err('m-sun', 'visits', 'addHousehold', { gridId: 'g-wanghu-1', building: '1幢', headName: '某某' }, 'FORBIDDEN')
    await h.err('m-sun', 'visits', 'addHousehold', { gridId: 'g-wanghu-2', building: '', headName: '某某' }, 'INVALID_INPUT')
  })
})
