import assert from 'node:assert/strict'
import { afterAll, beforeAll, describe, it } from '@jest/globals'
import type { ListItemDoc, MemberUnitDoc } from '../../cloudfunctions/council/council'
import { harness, type Harness } from '../helpers/harness'

const unitInput = (over: Record<string, unknown> = {}) => ({
  unitId: 'c-wanghu',
  kind: 'new_org' as const,
  name: '望湖智造科技有限公司',
  partyOrg: '望湖智造党支部',
  contactName: '许晨',
  contactPhone: '13805749999',
  committee: [{ openid: 'm-zhou', name: '周立平', title: '兼职委员' }],
  ...over,
})

describe('council: member units and 结对共建', () => {
  let h: Harness
  beforeAll(async () => {
    h = await harness()
  })
  afterAll(() => h.close())

  it('a community secretary adds a unit with its 兼职委员 and edits it; the timeline and version record both', async () => {
    const made = await h.ok('demo-secretary', 'council', 'saveUnit', unitInput())
    assert.equal(made.kindName, '两新组织')
    assert.equal(made.contactPhone, '13805749999')
    const edited = await h.ok('demo-secretary', 'council', 'saveUnit', unitInput({ id: made.id, name: '望湖智造科技股份有限公司', committee: [] }))
    assert.equal(edited.name, '望湖智造科技股份有限公司')
    assert.deepEqual(edited.committee, [])
    const doc = (await h.store.get<MemberUnitDoc>('member_units', made.id))!
    assert.equal(doc.version, 2)
    assert.deepEqual(doc.timeline.map((e) => e.action), ['create', 'edit'])
    const list = await h.ok('demo-resident', 'council', 'units', {})
    const row = list.items.find((u) => u.id === made.id)!
    assert.equal(row.contactPhone, '138****9999', 'a resident sees the phone masked')
    assert.deepEqual(list.canEditIn, [])
  })

  it('a community secretary cannot add a unit to the street or to another community; the street secretary can', async () => {
    await h.err('demo-secretary', 'council', 'saveUnit', unitInput({ unitId: 's-hongfeng' }), 'FORBIDDEN')
    await h.err('demo-secretary', 'council', 'saveUnit', unitInput({ unitId: 'c-hepan' }), 'FORBIDDEN')
    await h.err('demo-member', 'council', 'saveUnit', unitInput(), 'FORBIDDEN')
    const street = await h.ok('demo-street-secretary', 'council', 'saveUnit', unitInput({ unitId: 's-hongfeng', name: '红枫街道社区卫生服务中心', kind: 'public_body' }))
    assert.equal(street.unitName, '红枫街道')
    await h.err('demo-secretary', 'council', 'saveUnit', unitInput({ id: street.id }), 'FORBIDDEN')
    const canEdit = (await h.ok('demo-street-secretary', 'council', 'units', {})).canEditIn.map((u) => u.id).sort()
    assert.deepEqual(canEdit, ['c-hepan', 'c-wanghu', 'c-xincheng', 's-hongfeng'])
  })

  it('兼职委员 are chosen from the party members the secretary can see', async () => {
    const found = await h.ok('demo-secretary', 'council', 'people', { q: '周' })
    assert.deepEqual(found.items.map((p) => [p.openid, p.communityName]), [['m-zhou', '望湖社区']])
    assert.ok(!(await h.ok('demo-secretary', 'council', 'people', {})).items.some((p) => p.openid === 'm-yang'), '新城’s members are not hers')
    assert.ok((await h.ok('demo-street-secretary', 'council', 'people', {})).items.some((p) => p.openid === 'm-yang'))
    await h.err('demo-secretary', 'council', 'saveUnit', unitInput({ committee: [{ openid: 'm-yang', name: '杨帆', title: '兼职委员' }] }), 'NOT_FOUND')
    await h.err('demo-secretary', 'council', 'saveUnit', unitInput({ committee: [{ openid: 'nobody-here', name: '某人', title: '兼职委员' }] }), 'NOT_FOUND')
  })

  it('bad input is refused with a code and nothing changes', async () => {
    const before = await h.store.count('member_units', {})
    await h.err('demo-secretary', 'council', 'saveUnit', unitInput({ contactPhone: '123' }), 'INVALID_INPUT')
    await h.err('demo-secretary', 'council', 'saveUnit', unitInput({ kind: 'bank' }), 'INVALID_INPUT')
    await h.err('demo-secretary', 'council', 'saveUnit', unitInput({ name: '' }), 'INVALID_INPUT')
    await h.err('demo-secretary', 'council', 'saveUnit', unitInput({ unitId: 'g-wanghu-1' }), 'INVALID_INPUT')
    await h.err('demo-secretary', 'council', 'saveUnit', unitInput({ committee: [{ openid: 'm-zhou', name: '周', title: '委员' }, { openid: 'm-zhou', name: '周', title: '委员' }] }), 'INVALID_INPUT')
    await h.err('demo-secretary', 'council', 'pair', { memberUnitId: 'mu-power', communityId: 'c-wanghu', what: '共建', from: '2026-12-01', to: '2026-01-01' }, 'INVALID_INPUT')
    await h.err('demo-secretary', 'council', 'unit', { id: 42 }, 'INVALID_INPUT')
    assert.equal(await h.store.count('member_units', {}), before)
  })

  it('a unit of the street paired with a community is listed on both, once however often it is sent', async () => {
    const input = { memberUnitId: 'mu-express', communityId: 'c-wanghu', what: '快递小哥参与网格巡查，报告楼道隐患', from: '2026-11-01', to: '2027-10-31' }
    const results = await Promise.all(Array.from({ length: 5 }, () => h.call('demo-secretary', 'council', 'pair', input)))
    assert.equal(results.filter((r) => r.ok).length, 1)
    assert.ok(results.every((r) => r.ok || r.error.code === 'CONFLICT'))
    const unit = await h.ok('demo-secretary', 'council', 'unit', { id: 'mu-express' })
    assert.deepEqual(unit.pairedWith, ['望湖社区'])
    assert.equal(unit.pairings[0].active, true)
    const community = await h.ok('demo-secretary', 'council', 'units', {})
    assert.ok(community.pairings.some((p) => p.memberUnitId === 'mu-express' && p.communityName === '望湖社区'))
    await h.err('demo-secretary', 'council', 'pair', { ...input, communityId: 'c-xincheng' }, 'FORBIDDEN')
  })

  it('白云街道 sees none of 红枫’s units, pairings or items', async () => {
    const yunxi = await h.ok('demo-secretary-yunxi', 'council', 'units', {})
    assert.deepEqual(yunxi.items.map((u) => u.id), ['mu-yunxi-school'])
    assert.deepEqual(yunxi.pairings, [])
    await h.err('demo-secretary-yunxi', 'council', 'unit', { id: 'mu-power' }, 'NOT_FOUND')
    await h.err('demo-secretary-yunxi', 'council', 'item', { id: 'li-offer-school-room' }, 'NOT_FOUND')
    const offers = await h.ok('demo-secretary-yunxi', 'council', 'lists', { kind: 'offer' })
    assert.deepEqual(offers.items.map((i) => i.id).sort(), ['li-offer-district-fund', 'li-offer-yunxi-room'], 'the district’s offer reaches every community')
  })
})

describe('council: 三张清单', () => {
  let h: Harness
  beforeAll(async () => {
    h = await harness()
  })
  afterAll(() => h.close())

  it('a community sees its own offers and those of its street and district, not another community’s', async () => {
    const ids = (await h.ok('demo-resident', 'council', 'lists', { kind: 'offer' })).items.map((i) => i.id)
    for (const id of ['li-offer-power-check', 'li-offer-school-room', 'li-offer-district-fund']) assert.ok(ids.includes(id), id)
    assert.ok(!ids.includes('li-offer-huizhan-room'), '新城’s offer stays in 新城')
    assert.ok(!ids.includes('li-offer-yunxi-room'))
  })

  it('offer → need (staff) → match to a street offer → progress → done with evidence', async () => {
    const offer = await h.ok('demo-secretary', 'council', 'add', { kind: 'offer', unitId: 'c-wanghu', memberUnitId: 'mu-property', offerType: 'people', title: '物业维修工每周义务维修', detail: '每周三下午为高龄老人义务维修水电' })
    assert.equal(offer.state, 'open')
    assert.equal(offer.communityId, 'c-wanghu')
    const need = await h.ok('demo-staff', 'council', 'add', { kind: 'need', unitId: 'c-wanghu', title: '独居老人家里水龙头漏水', detail: '7幢独居老人家水龙头漏水多日' })
    assert.deepEqual(need.source, { kind: 'staff' })
    const matched = await h.ok('demo-secretary', 'council', 'match', { needId: need.id, to: { kind: 'offer', id: offer.id } })
    assert.equal(matched.state, 'matched')
    assert.deepEqual(matched.matchedTo, { kind: 'offer', id: offer.id, title: '物业维修工每周义务维修', unitName: '明州安居物业望湖项目部' })
    const fromOffer = await h.ok('demo-secretary', 'council', 'item', { id: offer.id })
    assert.deepEqual(fromOffer.needs.map((n) => n.id), [need.id], 'the offer lists the needs met from it')
    const moving = await h.ok('demo-staff', 'council', 'progress', { id: need.id, note: '已联系物业，周三上门' })
    assert.equal(moving.state, 'in_progress')
    const done = await h.ok('demo-staff', 'council', 'progress', { id: need.id, note: '已更换水龙头，老人满意', done: true })
    assert.equal(done.state, 'done')
    assert.equal(done.doneAt, h.clock.now().toISOString())
    const doc = (await h.store.get<ListItemDoc>('list_items', need.id))!
    assert.deepEqual(doc.timeline.map((e) => e.action), ['create', 'match', 'progress', 'finish'])
    assert.equal(doc.progressCount, 2)
  })

  it('a community secretary matches her need to the street’s offer without writing the street’s offer', async () => {
    const before = (await h.store.get<ListItemDoc>('list_items', 'li-offer-school-room'))!
    const matched = await h.ok('demo-secretary', 'council', 'match', { needId: 'li-need-homework', to: { kind: 'offer', id: 'li-offer-school-room' } })
    assert.equal(matched.matchedTo?.unitName, '明州市红枫中学')
    const after = (await h.store.get<ListItemDoc>('list_items', 'li-offer-school-room'))!
    assert.deepEqual(after, before)
    const candidates = await h.ok('demo-secretary', 'council', 'candidates', { needId: 'li-need-elder-meal' })
    assert.ok(candidates.offers.some((o) => o.unitId === 's-hongfeng') && candidates.offers.some((o) => o.unitId === 'd-mingzhou'))
    assert.ok(candidates.commitments.length > 0)
  })

  it('match refuses what it cannot do, with codes', async () => {
    await h.err('demo-secretary', 'council', 'match', { needId: 'li-need-elder-meal', to: { kind: 'offer', id: 'li-offer-huizhan-room' } }, 'NOT_FOUND')
    await h.err('demo-secretary', 'council', 'match', { needId: 'li-need-elder-meal', to: { kind: 'commitment', id: 'li-offer-power-check' } }, 'NOT_FOUND')
    await h.err('demo-secretary', 'council', 'match', { needId: 'li-need-xincheng-meeting', to: { kind: 'offer', id: 'li-offer-school-room' } }, 'NOT_FOUND')
    await h.err('demo-secretary', 'council', 'match', { needId: 'li-commit-power-boxes', to: { kind: 'offer', id: 'li-offer-school-room' } }, 'NOT_FOUND')
    await h.err('demo-secretary', 'council', 'match', { needId: 'need:wish:wish-lamp', to: { kind: 'offer', id: 'li-offer-school-room' } }, 'ALREADY_DONE')
    await h.err('demo-member', 'council', 'match', { needId: 'li-need-elder-meal', to: { kind: 'offer', id: 'li-offer-school-room' } }, 'FORBIDDEN')
  })

  it('takes a wish, a ticket or a survey as a need once: the second time answers the same need', async () => {
    const before = await h.store.count('list_items', { unitId: 'c-wanghu', kind: 'need' })
    const first = await h.ok('demo-secretary', 'council', 'takeNeed', { source: { kind: 'wish', id: 'wish-schoolbag' } })
    assert.equal(first.item.id, 'need:wish:wish-schoolbag')
    assert.equal(first.item.title, '想要一个新书包')
    assert.equal(first.deduped, false)
    const again = await h.ok('demo-staff', 'council', 'takeNeed', { source: { kind: 'wish', id: 'wish-schoolbag' } })
    assert.equal(again.deduped, true)
    assert.equal(again.item.id, first.item.id)
    const ticket = await h.ok('demo-secretary', 'council', 'takeNeed', { source: { kind: 'ticket', id: 'tk-seed-facade' } })
    assert.equal(ticket.item.communityId, 'c-wanghu')
    await h.err('demo-secretary', 'council', 'takeNeed', { source: { kind: 'ticket', id: 'tk-seed-hepan-roof' } }, 'NOT_FOUND')
    await h.err('demo-street-secretary', 'council', 'takeNeed', { source: { kind: 'ticket', id: 'tk-seed-yunxi-wall' } }, 'NOT_FOUND')
    await h.err('demo-secretary', 'council', 'takeNeed', { source: { kind: 'ticket', id: 'tk-seed-yunxi-wall' } }, 'NOT_FOUND')
    await h.err('demo-secretary', 'council', 'takeNeed', { source: { kind: 'wish', id: 'wish-nope' } }, 'NOT_FOUND')
    await h.err('demo-secretary', 'council', 'takeNeed', { source: { kind: 'wish', id: 'wish-legal' } }, 'CONFLICT')
    await h.err('demo-secretary', 'council', 'takeNeed', { source: { kind: 'email', id: 'x' } }, 'INVALID_INPUT')
    await h.err('demo-member', 'council', 'takeNeed', { source: { kind: 'wish', id: 'wish-wheelchair' } }, 'FORBIDDEN')
    assert.equal(await h.store.count('list_items', { unitId: 'c-wanghu', kind: 'need' }), before + 2, 'the wish and the ticket, nothing else')
  })

  it('a 兼职委员 records progress on his unit’s commitment, not on another unit’s; the member on his own', async () => {
    const p = await h.ok('demo-committee', 'council', 'progress', { id: 'li-commit-power-boxes', note: '5幢电表箱更换完成', images: ['cloud://redpost/council/box5.jpg'] })
    assert.equal(p.state, 'in_progress')
    assert.equal(p.progressCount, 2)
    const seen = await h.ok('demo-committee', 'council', 'item', { id: 'li-commit-power-boxes' })
    assert.deepEqual(seen.moves, ['progress', 'finish'])
    assert.deepEqual(seen.timeline.at(-1)!.images, ['cloud://redpost/council/box5.jpg'])
    await h.err('demo-committee', 'council', 'progress', { id: 'li-commit-fgj-visits', note: '代为记录' }, 'FORBIDDEN')
    assert.deepEqual((await h.ok('demo-committee', 'council', 'item', { id: 'li-commit-fgj-visits' })).moves, [])
    await h.err('demo-resident', 'council', 'progress', { id: 'li-commit-power-boxes', note: '我来写' }, 'FORBIDDEN')
    const own = await h.ok('demo-member', 'council', 'progress', { id: 'li-commit-member-li', note: '又服务 4 小时' })
    assert.equal(own.state, 'in_progress')
    await h.err('demo-member', 'council', 'progress', { id: 'li-commit-power-boxes', note: '帮忙' }, 'FORBIDDEN')
    await h.err('demo-committee', 'council', 'progress', { id: 'li-commit-power-boxes', note: '全部完成', done: true }, 'INVALID_INPUT')
    const done = await h.ok('demo-committee', 'council', 'progress', { id: 'li-commit-power-boxes', note: '3 处全部完成', images: ['cloud://redpost/council/box9.jpg'], done: true })
    assert.equal(done.state, 'done')
    await h.err('demo-committee', 'council', 'progress', { id: 'li-commit-power-boxes', note: '再来一次', images: ['x'], done: true }, 'ALREADY_DONE')
  })

  it('a removed 兼职委员 may no longer record progress (the unit is read, not the summary on the item)', async () => {
    const c = await h.ok('demo-secretary', 'council', 'add', { kind: 'commitment', unitId: 'c-wanghu', memberUnitId: 'mu-power', title: '冬季用电安全检查', detail: '入冬前为高龄老人检查电热毯和取暖器', dueAt: '2026-12-20' })
    assert.deepEqual((await h.store.get<ListItemDoc>('list_items', c.id))!.committeeOpenids, ['demo-committee'])
    // an edit of the unit refreshes the summary on its items still to do
    const power = await h.ok('demo-secretary', 'council', 'unit', { id: 'mu-power' })
    await h.ok('demo-secretary', 'council', 'saveUnit', {
      id: 'mu-power', unitId: power.unitId, kind: power.kind, name: power.name, partyOrg: power.partyOrg, contactName: power.contactName, contactPhone: power.contactPhone,
      committee: [...power.committee, { openid: 'm-sun', name: '孙德明', title: '兼职委员' }],
    })
    assert.deepEqual((await h.store.get<ListItemDoc>('list_items', c.id))!.committeeOpenids, ['demo-committee', 'm-sun'])
    assert.deepEqual((await h.ok('m-sun', 'council', 'item', { id: c.id })).moves, ['progress', 'finish'])
    await h.store.update('member_units', 'mu-power', { committee: [] })
    await h.err('demo-committee', 'council', 'progress', { id: c.id, note: '已检查 10 户' }, 'FORBIDDEN')
    // the street secretary may record on any community's item of the street
    assert.equal((await h.ok('demo-street-secretary', 'council', 'progress', { id: c.id, note: '街道督办：请尽快安排' })).state, 'in_progress')
  })

  it('commitments: a unit’s or a member’s, with a due date in the year; bad ones refused', async () => {
    await h.err('demo-secretary', 'council', 'add', { kind: 'commitment', unitId: 'c-wanghu', title: '某项承诺', detail: '说明' , dueAt: '2026-12-20' }, 'INVALID_INPUT')
    await h.err('demo-secretary', 'council', 'add', { kind: 'commitment', unitId: 'c-wanghu', memberUnitId: 'mu-power', title: '某项承诺', detail: '说明' }, 'INVALID_INPUT')
    await h.err('demo-secretary', 'council', 'add', { kind: 'commitment', unitId: 'c-wanghu', memberUnitId: 'mu-power', title: '某项承诺', detail: '说明', dueAt: '2026-01-20' }, 'INVALID_INPUT')
    await h.err('demo-secretary', 'council', 'add', { kind: 'commitment', unitId: 'c-wanghu', memberUnitId: 'mu-power', title: '某项承诺', detail: '说明', dueAt: '2026-12-20', year: 2027 }, 'INVALID_INPUT')
    await h.err('demo-secretary', 'council', 'add', { kind: 'offer', unitId: 'c-wanghu', title: '某项资源', detail: '说明' }, 'INVALID_INPUT')
    await h.err('demo-secretary', 'council', 'add', { kind: 'offer', unitId: 's-hongfeng', offerType: 'room', title: '某项资源', detail: '说明' }, 'FORBIDDEN')
    await h.err('demo-secretary', 'council', 'add', { kind: 'commitment', unitId: 'c-wanghu', openid: 'm-yang', title: '某项承诺', detail: '说明', dueAt: '2026-12-20' }, 'NOT_FOUND')
    const member = await h.ok('demo-secretary', 'council', 'add', { kind: 'commitment', unitId: 'c-wanghu', openid: 'm-hu', title: '为社区老人义诊 4 次', detail: '在职党员胡晓燕承诺', dueAt: '2026-12-30' })
    assert.equal(member.ownerName, '胡晓燕')
    assert.equal(member.year, 2026)
    const doc = (await h.store.get<ListItemDoc>('list_items', member.id))!
    for (const f of ['kind', 'unitId', 'communityId', 'state', 'year', 'dueAt', 'createdAt'] as const) assert.ok(doc[f] !== undefined, `list_items keeps ${f}`)
    assert.equal(await h.store.count('outbox', { to: 'm-hu' }) > 0, true, 'the member is told of the commitment')
  })

  it('cancel is a steward’s, with a reason', async () => {
    await h.err('demo-committee', 'council', 'cancel', { id: 'li-commit-property-fire', reason: '不做了' }, 'FORBIDDEN')
    const c = await h.ok('demo-secretary', 'council', 'cancel', { id: 'li-commit-property-fire', reason: '物业合同到期，改由新物业承诺' })
    assert.equal(c.state, 'cancelled')
    await h.err('demo-secretary', 'council', 'cancel', { id: 'li-commit-property-fire', reason: '再取消' }, 'ALREADY_DONE')
    await h.err('demo-secretary', 'council', 'cancel', { id: 'li-commit-police-fraud', reason: '新城的' }, 'NOT_FOUND')
  })

  it('回头看: the year per unit and member — kept, late, overdue, open', async () => {
    const r = await h.ok('demo-secretary', 'council', 'review', { year: 2026 })
    const fgj = r.rows.find((x) => x.key === 'mu-fgj')!
    assert.equal(fgj.name, '明州区发展和改革局')
    assert.deepEqual([fgj.kept, fgj.late, fgj.overdue, fgj.open, fgj.total], [0, 1, 1, 0, 2])
    assert.ok(fgj.items.some((i) => i.overdue))
    assert.ok(!r.rows.some((x) => x.key === 'mu-police'), '新城’s stays in 新城')
    const street = await h.ok('demo-street-secretary', 'council', 'review', { year: 2026 })
    assert.ok(street.rows.some((x) => x.key === 'mu-police') && street.rows.some((x) => x.key === 'mu-hospital'))
    assert.ok(!street.rows.some((x) => x.key === 'mu-yunxi-school'))
    assert.equal(street.totals.total, street.rows.reduce((s, x) => s + x.total, 0))
  })
})
