/**
 * What the isolation matrix attacks: 红枫's people make one document of every kind through the
 * router (a ticket whistled to 区住建局, a wish, an event with a sign-up, a booking, a survey, a
 * meeting with a topic, a household, a notice, a reward and its redemption …), and 云溪 gets the
 * outsider — a person of 云溪社区 holding every role there, and 白云街道's 住建 liaison — with a grid,
 * an event, a household and a wish of its own.
 */
import type { Harness } from '../helpers/harness'
import type { Victims } from './attacks'

export const OUTSIDER = 'iso-outsider'
/** 白云街道's own 党工委书记 (secretary and staff held in the street), home 云溪 */
export const BAIYUN_STREET = 'iso-baiyun-street'

export const outsiderDoc = (now: string) => ({
  _id: OUTSIDER,
  name: '云溪全能',
  communityId: 'c-yunxi',
  departmentId: 'dept-zhujian',
  roles: ['member', 'secretary', 'staff', 'admin', 'grid_secretary', 'gridman', 'liaison'],
  unitRoles: [
    ...['member', 'secretary', 'staff', 'admin', 'grid_secretary', 'gridman'].map((role) => ({ role, unitId: 'c-yunxi' })),
    { role: 'liaison', unitId: 's-baiyun' },
  ],
  gridId: 'g-yunxi-1',
  points: 50,
  createdAt: now,
  updatedAt: now,
})

const id = (r: { ok: boolean; data?: unknown; error?: { code: string; message: string } }, what: string): string => {
  if (!r.ok) throw new Error(`${what}: ${r.error?.code} ${r.error?.message}`)
  const d = r.data as Record<string, unknown>
  const v = d.id ?? d.bookingId ?? d.token
  if (typeof v !== 'string') throw new Error(`${what}: no id in ${JSON.stringify(d).slice(0, 200)}`)
  return v
}

export async function makeVictims(h: Harness): Promise<Victims> {
  const now = h.clock.now()
  const iso = (min: number) => new Date(now.getTime() + min * 60_000).toISOString()
  // 云溪 gets a grid of its own; the outsider holds every role there
  await h.store.insert('grids', { _id: 'g-yunxi-1', communityId: 'c-yunxi', name: '云溪第一网格', buildings: ['1幢'], households: 300 })
  await h.store.insert('members', outsiderDoc(h.clock.now().toISOString()))
  await h.store.insert('members', {
    _id: BAIYUN_STREET,
    name: '白云书记',
    communityId: 'c-yunxi',
    roles: ['member', 'secretary', 'staff'],
    unitRoles: [{ role: 'member', unitId: 'c-yunxi' }, { role: 'secretary', unitId: 's-baiyun' }, { role: 'staff', unitId: 's-baiyun' }],
    points: 0,
    createdAt: now.toISOString(),
    updatedAt: now.toISOString(),
  })

  // 红枫's people make one document of every kind through the router
  const c = h.call
  const ticket = id(await c('demo-resident', 'tickets', 'submit', { title: '楼道墙皮脱落', description: '望湖 3 幢楼道墙皮大面积脱落', category: 'housing' }), 'submit')
  id(await c('demo-secretary', 'tickets', 'triage', { id: ticket, decision: 'accept' }), 'triage')
  id(await c('demo-secretary', 'tickets', 'whistle', { id: ticket, priority: 'normal', leadDepartmentId: 'dept-zhujian' }), 'whistle')
  const wish = id(await c('demo-resident', 'wishes', 'post', { title: '想学智能手机', story: '老人想学视频通话', beneficiary: { name: '周桂英', building: '5幢' } }), 'post')
  id(await c('demo-staff', 'wishes', 'approve', { id: wish }), 'approve')
  id(await c('demo-member', 'wishes', 'claim', { id: wish }), 'claim')
  const event = id(
    await c('demo-secretary', 'events', 'create', { title: '重温入党誓词', theme: '主题党日', baseId: 'base-wanghu-center', startAt: iso(24 * 60), endAt: iso(25 * 60), capacity: 10, openTo: 'all', points: 3 }),
    'create',
  )
  await h.ok('demo-member', 'events', 'signUp', { eventId: event })
  const checkinToken = id(await c('demo-secretary', 'events', 'checkinToken', { eventId: event }), 'checkinToken')
  const services = await h.ok('demo-resident', 'booking', 'slots', { serviceId: 'svc-daiban' })
  const slot = services.items[1].id
  const booking = id(await c('demo-resident', 'booking', 'book', { slotId: slot, requestId: 'iso-red-booking-1' }), 'book')
  const survey = id(
    await c('demo-secretary', 'surveys', 'save', { title: '楼道改造意见', kind: 'needs', closesOn: '2026-12-31', questions: [{ kind: 'rating', title: '满意度' }] }),
    'save survey',
  )
  await h.ok('demo-secretary', 'surveys', 'publish', { id: survey })
  const meeting = id(await c('demo-secretary', 'meetings', 'schedule', { kind: 'roundtable', title: '加装电梯圆桌会', startAt: iso(3 * 24 * 60), place: '望湖党群服务中心' }), 'schedule')
  const topic = id(await c('demo-resident', 'meetings', 'propose', { meetingId: meeting, title: '3 幢加装电梯' }), 'propose')
  const household = id(await c('demo-staff', 'visits', 'addHousehold', { gridId: 'g-wanghu-1', building: '2幢', headName: '钱阿姨', tags: ['elderly'] }), 'addHousehold')
  const notice = id(await c('demo-secretary', 'bulletin', 'publish', { title: '停水通知', body: '望湖 1–4 幢明日停水', category: '通知公告', gridId: 'g-wanghu-1' }), 'publish')
  const reward = id(await c('demo-staff', 'members', 'saveReward', { name: '免费修车', shop: '望湖车行', cost: 5, stock: 10, active: true }), 'saveReward')
  const redemption = id(await c('demo-member', 'members', 'redeem', { rewardId: reward, requestId: 'iso-red-redeem-1' }), 'redeem')
  const theme = id(await c('demo-member', 'events', 'proposeTheme', { month: '2026-12', title: '楼道微更新', description: '党员带头清理楼道' }), 'proposeTheme')
  const resource = id(await c('demo-member', 'wishes', 'offerResource', { provider: '望湖车行', kind: 'shop', title: '免费补胎', description: '每周六上午' }), 'offerResource')
  await h.ok('demo-member', 'wishes', 'joinPost', { postId: 'post-grid' })
  const hours = id(await c('demo-member', 'wishes', 'logHours', { postId: 'post-grid', date: '2026-11-23', hours: 2, note: '网格巡查' }), 'logHours')
  const need = id(await c('demo-staff', 'council', 'add', { kind: 'need', unitId: 'c-wanghu', title: '楼道需要扶手', detail: '5 幢老人上下楼不便' }), 'need')
  const draftProject = id(
    await c('demo-secretary', 'projects', 'save', { unitId: 'c-wanghu', title: '楼道微更新', goal: '党员带头清理楼道', startDate: '2026-11-01', endDate: '2026-12-31', milestones: [{ title: '清理', due: '2026-12-15' }] }),
    'draft project',
  )
  const link = id(await c('demo-secretary', 'members', 'feedbackLink', { openid: 'demo-member', year: 2026 }), 'feedbackLink')
  const forgedFeedbackToken = link.slice(0, -1) + (link.endsWith('a') ? 'b' : 'a')

  // 云溪's own documents, for rows that pair them with a 红枫 id
  // starting in 10 minutes, so checking a 红枫 person in reaches the person, not the clock
  const yunxiEvent = id(
    await c(OUTSIDER, 'events', 'create', { title: '云溪党课', theme: '主题党日', baseId: 'base-wanghu-center', startAt: iso(10), endAt: iso(100), capacity: 10, openTo: 'all' }),
    'yunxi event',
  )
  const yunxiHousehold = id(await c(OUTSIDER, 'visits', 'addHousehold', { gridId: 'g-yunxi-1', building: '1幢', headName: '孙奶奶' }), 'yunxi household')
  const yunxiWish = id(await c('demo-resident-yunxi', 'wishes', 'post', { title: '想要助行器', story: '腿脚不便', beneficiary: { name: '孙奶奶', building: '1幢' } }), 'yunxi wish')
  id(await c(OUTSIDER, 'wishes', 'approve', { id: yunxiWish }), 'yunxi approve')
  const yunxiNeed = id(await c(OUTSIDER, 'council', 'add', { kind: 'need', unitId: 'c-yunxi', title: '图书室缺志愿者', detail: '周末需要管理员' }), 'yunxi need')
  const yunxiProject = id(
    await c(OUTSIDER, 'projects', 'save', { unitId: 'c-yunxi', title: '云溪助老', goal: '为独居老人上门服务', startDate: '2026-11-01', endDate: '2026-12-31', milestones: [{ title: '摸底', due: '2026-12-15' }] }),
    'yunxi project',
  )
  await h.ok(OUTSIDER, 'projects', 'move', { id: yunxiProject, move: 'publish' })
  await h.ok(OUTSIDER, 'projects', 'move', { id: yunxiProject, move: 'start' })
  const yunxiTeam = id(await c(OUTSIDER, 'projects', 'createTeam', { unitId: 'c-yunxi', name: '云溪志愿服务队' }), 'yunxi team')

  // someone who moved from 望湖 to 云溪: 望湖's records still name them as the owner. Ownership must
  // not reach across the scope, so the owner-only actions are tried by an owner too.
  const at = h.clock.now().toISOString()
  await h.store.update('notices', 'n-water-urgent', { author: OUTSIDER })
  await h.store.update('wishes', 'wish-visit', { claimer: OUTSIDER })
  await h.store.update('wishes', 'wish-wheelchair', { poster: OUTSIDER })
  await h.store.update('tickets', 'tk-seed-fire-lane', { submitter: OUTSIDER })
  await h.store.update('redemptions', redemption, { openid: OUTSIDER })
  await h.store.update('households', 'hh-w2-01', { memberOpenid: OUTSIDER })
  for (const openid of [OUTSIDER, 'demo-member']) {
    await h.store.insert('checkins', { _id: `ev-seed-zhutidangri:${openid}`, eventId: 'ev-seed-zhutidangri', openid, at, method: 'qr', points: 0 })
  }
  await h.store.insert('signups', { _id: `ev-seed-dangke:${OUTSIDER}`, eventId: 'ev-seed-dangke', openid: OUTSIDER, name: '云溪全能', status: 'confirmed', seq: 9, createdAt: at, updatedAt: at, timeline: [] })
  await h.store.insert('ticket_follows', { _id: `${ticket}:${OUTSIDER}`, ticketId: ticket, openid: OUTSIDER, createdAt: at })
  // still in 望湖's 服务队, still a 兼职委员 of a 望湖 member unit, with hours waiting on a 望湖 project
  await h.store.insert('team_members', { _id: `team-hongmajia:${OUTSIDER}`, teamId: 'team-hongmajia', teamName: '望湖红马甲志愿服务队', unitId: 'c-wanghu', openid: OUTSIDER, name: '云溪全能', state: 'in', joinedAt: at, version: 1, updatedAt: at, timeline: [] })
  await h.store.update('member_units', 'mu-power', { committee: [{ openid: 'demo-committee', name: '陆振华', title: '党支部书记 · 兼职委员' }, { openid: OUTSIDER, name: '云溪全能', title: '兼职委员' }] })
  await h.store.update('list_items', 'li-commit-power-boxes', { committeeOpenids: ['demo-committee', OUTSIDER] })
  await h.store.insert('project_hours', {
    _id: 'ph-yilao-outsider', projectId: 'proj-yilao', projectTitle: '一老一小·周末托管与助老服务', unitId: 'c-wanghu', leader: 'demo-secretary', communityId: 'c-wanghu',
    openid: OUTSIDER, name: '云溪全能', date: '2026-11-14', hours: 2, note: '陪老人复诊', state: 'pending', at, by: OUTSIDER, version: 1, updatedAt: at, timeline: [],
  })

  let n = 0
  return {
    ticket, wish, event, checkinToken, booking, slot, survey, meeting, topic, household, notice, reward, redemption, theme, resource, hours,
    need, draftProject, forgedFeedbackToken, yunxiEvent, yunxiHousehold, yunxiWish, yunxiNeed, yunxiProject, yunxiTeam,
    requestId: () => `iso-attack-${(++n).toString().padStart(5, '0')}`,
  }
}

/**
 * One more of every kind, in each of 红枫's communities, by 红枫's people: what 云溪's people list
 * and count must not move (matrix.test.ts).
 */
export async function moreOfRed(h: Harness): Promise<void> {
  const now = h.clock.now()
  const iso = (min: number) => new Date(now.getTime() + min * 60_000).toISOString()
  const c = h.call
  for (const [resident, secretary] of [['demo-resident', 'demo-secretary'], ['demo-secretary-hepan', 'demo-secretary-hepan'], ['m-yang', 'demo-street-secretary']]) {
    const t = id(await c(resident, 'tickets', 'submit', { title: '屋顶漏水', description: '顶楼漏水严重', category: 'housing' }), 'submit more')
    id(await c(secretary, 'tickets', 'triage', { id: t, decision: 'accept' }), 'triage more')
    id(await c(secretary, 'tickets', 'whistle', { id: t, priority: 'urgent', leadDepartmentId: 'dept-zhujian' }), 'whistle more')
    id(await c(resident, 'tickets', 'submit', { title: '路灯坏了', description: '小区门口路灯不亮', category: 'street_light' }), 'submit more')
    id(await c(resident, 'wishes', 'post', { title: '想要一台收音机', story: '独居老人想听戏', beneficiary: { name: '钱阿姨', building: '3幢' } }), 'post more')
  }
  // 三张清单, 书记领航 and 服务队: one more in each community and in the street
  for (const [unitId, secretary] of [['c-wanghu', 'demo-secretary'], ['c-hepan', 'demo-secretary-hepan'], ['c-xincheng', 'demo-street-secretary'], ['s-hongfeng', 'demo-street-secretary']]) {
    const communityIds = unitId === 's-hongfeng' ? ['c-wanghu', 'c-hepan'] : undefined
    id(await c(secretary, 'council', 'add', { kind: 'offer', unitId, title: '共享活动室', detail: '每周六开放', offerType: 'room' }), 'offer more')
    id(await c(secretary, 'council', 'add', { kind: 'need', unitId, title: '需要助餐志愿者', detail: '每天中午送餐' }), 'need more')
    id(await c(secretary, 'council', 'add', { kind: 'commitment', unitId, title: '走访困难家庭', detail: '每季度一次', openid: secretary, dueAt: '2026-12-31', year: 2026 }), 'commitment more')
    id(await c(secretary, 'council', 'saveUnit', { unitId, kind: 'new_org', name: '红枫新业态党支部', partyOrg: '红枫新业态党支部', contactName: '吴经理', contactPhone: '13800000009' }), 'member unit more')
    const project = id(
      await c(secretary, 'projects', 'save', { unitId, ...(communityIds ? { communityIds } : {}), title: '楼道亮灯工程', goal: '为老旧楼道装感应灯', startDate: '2026-11-01', endDate: '2026-12-31', milestones: [{ title: '摸排', due: '2026-12-10' }] }),
      'project more',
    )
    await h.ok(secretary, 'projects', 'move', { id: project, move: 'publish' })
    if (unitId !== 's-hongfeng') id(await c(secretary, 'projects', 'createTeam', { unitId, name: '楼道守护队' }), 'team more')
  }
  id(await c('demo-street-secretary', 'council', 'pair', { memberUnitId: 'mu-school', communityId: 'c-xincheng', what: '共建四点半课堂', from: '2026-01-01', to: '2026-12-31' }), 'pair more')
  const wish = id(await c('demo-resident', 'wishes', 'post', { title: '想学包饺子', story: '想和邻居一起包饺子', beneficiary: { name: '周桂英', building: '5幢' } }), 'post more')
  id(await c('demo-staff', 'wishes', 'approve', { id: wish }), 'approve more')
  const event = id(
    await c('demo-secretary', 'events', 'create', { title: '红色观影', theme: '主题党日', baseId: 'base-hongse-yizhan', startAt: iso(2 * 24 * 60), endAt: iso(2 * 24 * 60 + 90), capacity: 30, openTo: 'all', points: 2 }),
    'create more',
  )
  await h.ok('demo-member', 'events', 'signUp', { eventId: event })
  await h.ok('demo-resident', 'events', 'signUp', { eventId: event })
  const slots = await h.ok('demo-member', 'booking', 'slots', { serviceId: 'svc-daiban' })
  id(await c('demo-member', 'booking', 'book', { slotId: slots.items[3].id, requestId: 'iso-red-booking-2' }), 'book more')
  const survey = id(await c('demo-secretary', 'surveys', 'save', { title: '活动满意度', kind: 'satisfaction', closesOn: '2026-12-31', questions: [{ kind: 'rating', title: '满意度' }] }), 'save more')
  await h.ok('demo-secretary', 'surveys', 'publish', { id: survey })
  await h.ok('demo-resident', 'surveys', 'answer', { id: survey, answers: { q1: 5 } })
  id(await c('demo-secretary', 'meetings', 'schedule', { kind: 'council', title: '停车难议事会', startAt: iso(4 * 24 * 60), place: '望湖党群服务中心' }), 'schedule more')
  id(await c('demo-staff', 'visits', 'addHousehold', { gridId: 'g-wanghu-2', building: '6幢', headName: '孙大爷', tags: ['alone'] }), 'household more')
  id(await c('demo-secretary', 'bulletin', 'publish', { title: '消防演练', body: '周六上午消防演练', category: '活动预告', pinned: true, urgent: true }), 'publish more')
  id(await c('demo-staff', 'members', 'saveReward', { name: '免费理发', shop: '望湖理发店', cost: 3, stock: 5, active: true }), 'reward more')
  id(await c('demo-member', 'events', 'proposeTheme', { month: '2026-12', title: '邻里守望', description: '党员带头结对独居老人' }), 'theme more')
  id(await c('demo-member', 'wishes', 'offerResource', { provider: '望湖药店', kind: 'shop', title: '免费量血压', description: '每周三上午' }), 'resource more')
  id(await c('demo-member', 'wishes', 'logHours', { postId: 'post-grid', date: '2026-11-22', hours: 3, note: '楼道清理' }), 'hours more')
}
