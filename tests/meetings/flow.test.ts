import assert from 'node:assert/strict'
import { afterAll, beforeAll, describe, it } from '@jest/globals'
import type { TicketDoc } from '../../src/domain/tickets/model'
import { harness, type Harness } from '../helpers/harness'
import { held, hoursFromNow, meeting, MEMBER, OTHER, PAST, RESIDENT, scheduled, SEC, STAFF, UPCOMING } from './helpers'

describe('meetings: schedule, topics, record, close', () => {
  let h: Harness
  beforeAll(async () => {
    h = await harness()
  })
  afterAll(() => h.close())

  it('staff schedule a meeting; each invited member is told once, outside units are kept by name', async () => {
    const id = await scheduled(h)
    const m = await meeting(h, id)
    assert.equal(m.state, 'scheduled')
    assert.deepEqual(m.invitees.map((p) => p.name), ['王秀兰', '李建国', '望湖物业服务中心'])
    assert.deepEqual(m.inviteeIds, [RESIDENT, MEMBER])
    const sent = await h.store.getMany('outbox', [`meeting:${id}:invite:${RESIDENT}`, `meeting:${id}:invite:${MEMBER}`])
    assert.equal(sent.size, 2)
    assert.match(String(sent.get(`meeting:${id}:invite:${RESIDENT}`)?.title), /议事会.*楼道电瓶车充电议事会/)
  })

  it('a resident may not schedule; an invitee from another community or a time out of range changes nothing', async () => {
    const before = await h.store.count('meetings')
    await h.err(RESIDENT, 'meetings', 'schedule', { kind: 'council', title: '我想开会', startAt: hoursFromNow(h, 24), place: '家里' }, 'FORBIDDEN')
    await h.err(STAFF, 'meetings', 'schedule', { kind: 'council', title: '跨社区邀请', startAt: hoursFromNow(h, 24), place: '议事厅', invitees: [{ kind: 'resident', openid: OTHER }] }, 'NOT_FOUND')
    const e = await h.err(STAFF, 'meetings', 'schedule', { kind: 'joint', title: '太久以前', startAt: hoursFromNow(h, -24 * 40), place: '议事厅' }, 'INVALID_INPUT')
    assert.match(e.message, /30 天前到一年后/)
    await h.err(STAFF, 'meetings', 'schedule', { kind: 'joint', title: '没名字的单位', startAt: hoursFromNow(h, 24), place: '议事厅', invitees: [{ kind: 'unit' }] }, 'INVALID_INPUT')
    assert.equal(await h.store.count('meetings'), before)
  })

  it('lists upcoming meetings soonest first and past ones latest first', async () => {
    const up = await h.ok(RESIDENT, 'meetings', 'list', { when: 'upcoming' })
    assert.ok(up.items.some((m) => m.id === UPCOMING))
    assert.ok(up.items.every((m, i, a) => i === 0 || a[i - 1].startAt <= m.startAt))
    const past = await h.ok(RESIDENT, 'meetings', 'list', { when: 'past' })
    assert.deepEqual(past.items.map((m) => m.id), [PAST])
    assert.equal(past.items[0].kindName, '议事会')
    assert.deepEqual((await h.ok(OTHER, 'meetings', 'list', { when: 'upcoming' })).items, [], 'another community sees none of these')
  })

  it('the seeded 议事会 shows its decision linked to its ticket, and the ticket links back', async () => {
    const m = await h.ok(RESIDENT, 'meetings', 'get', { id: PAST })
    assert.equal(m.stateName, '已结束')
    assert.equal(m.decisions.find((d) => d.id === 'd1')?.ticketId, 'tk-seed-fire-lane')
    const t = await h.store.get<TicketDoc>('tickets', 'tk-seed-fire-lane')
    assert.deepEqual((t!.source as { id: string }).id, PAST)
  })

  it('others see members by surname only; organizers see names and whom to pick', async () => {
    const asResident = await h.ok(RESIDENT, 'meetings', 'get', { id: UPCOMING })
    assert.ok(asResident.invitees.some((p) => p.name === '李**' && !p.openid))
    assert.ok(asResident.invitees.some((p) => p.name === '区住建局'))
    assert.deepEqual(asResident.can, [])
    const asStaff = await h.ok(STAFF, 'meetings', 'get', { id: UPCOMING })
    assert.ok(asStaff.invitees.some((p) => p.name === '李建国' && p.openid === MEMBER))
    assert.deepEqual(asStaff.can, ['edit', 'agenda', 'record', 'cancel'])
    const people = await h.ok(STAFF, 'meetings', 'people', { q: '李' })
    assert.ok(people.items.some((p) => p.openid === MEMBER))
    await h.err(RESIDENT, 'meetings', 'people', {}, 'FORBIDDEN')
  })

  it('residents propose topics and second others’ once each; topics list most seconded first', async () => {
    const { id: topicId } = await h.ok(RESIDENT, 'meetings', 'propose', { meetingId: UPCOMING, title: '小区增设快递柜', detail: '快递堆在门卫室，老人取件不方便。' })
    await h.err(RESIDENT, 'meetings', 'second', { topicId }, 'CONFLICT')
    const first = await h.ok(MEMBER, 'meetings', 'second', { topicId })
    assert.deepEqual(first, { topicId, seconds: 1, already: false })
    const again = await h.ok(MEMBER, 'meetings', 'second', { topicId })
    assert.deepEqual(again, { topicId, seconds: 1, already: true })
    const view = await h.ok(MEMBER, 'meetings', 'get', { id: UPCOMING })
    assert.deepEqual(view.topics.map((t) => t.seconds), [2, 1, 1, 0])
    assert.equal(view.topics.find((t) => t.id === topicId)?.secondedByMe, true)
    assert.equal(view.topics.find((t) => t.id === 'tp-seed-elevator')?.secondedByMe, false)
    assert.equal(view.topics.find((t) => t.id === topicId)?.byName, '王**')
  })

  it('staff pick a topic onto the agenda and take it off again', async () => {
    const r = await h.ok(SEC, 'meetings', 'pick', { id: UPCOMING, topicId: 'tp-seed-charging', on: true })
    assert.ok(r.agenda.some((a) => a.topicId === 'tp-seed-charging' && a.title === '东门增设电瓶车集中充电棚'))
    assert.equal((await h.store.get('meeting_topics', 'tp-seed-charging'))?.onAgenda, true)
    const off = await h.ok(SEC, 'meetings', 'pick', { id: UPCOMING, topicId: 'tp-seed-charging', on: false })
    assert.ok(!off.agenda.some((a) => a.topicId === 'tp-seed-charging'))
    await h.err(SEC, 'meetings', 'pick', { id: PAST, topicId: 'tp-seed-charging', on: true }, 'NOT_FOUND')
    await h.err(MEMBER, 'meetings', 'pick', { id: UPCOMING, topicId: 'tp-seed-charging', on: true }, 'FORBIDDEN')
  })

  it('once the meeting starts no topic is proposed or seconded', async () => {
    const id = await scheduled(h, { startAt: hoursFromNow(h, 1) })
    const { id: topicId } = await h.ok(RESIDENT, 'meetings', 'propose', { meetingId: id, title: '门口路灯太暗' })
    h.clock.advance(61)
    try {
      await h.err(MEMBER, 'meetings', 'propose', { meetingId: id, title: '晚到的议题' }, 'TOO_LATE')
      await h.err(MEMBER, 'meetings', 'second', { topicId }, 'TOO_LATE')
      assert.equal((await h.store.get('meeting_topics', topicId))?.seconds, 0)
    } finally {
      h.clock.advance(-61)
    }
  })

  it('recording opens an hour before the start; then the meeting is held, closed, and frozen', async () => {
    const early = await scheduled(h, { startAt: hoursFromNow(h, 3) })
    const e = await h.err(STAFF, 'meetings', 'record', { id: early, attendance: [], minutes: '还没开', decisions: [] }, 'TOO_EARLY')
    assert.match(e.message, /一小时/)
    const id = await held(h)
    const m = await meeting(h, id)
    assert.equal(m.state, 'held')
    assert.deepEqual(m.decisions.map((d) => d.id), ['d1', 'd2'])
    assert.deepEqual(m.attendance.map((p) => p.name), ['王秀兰', '望湖物业服务中心'])
    await h.err(RESIDENT, 'meetings', 'close', { id }, 'FORBIDDEN')
    await h.ok(SEC, 'meetings', 'close', { id })
    const closed = await meeting(h, id)
    assert.equal(closed.state, 'closed')
    assert.deepEqual(closed.timeline.map((t) => t.action), ['schedule', 'record', 'close'])
    assert.ok(await h.store.get('outbox', `meeting:${id}:close:${RESIDENT}`), 'attendees hear the minutes are out')
    await h.err(STAFF, 'meetings', 'record', { id, attendance: [], minutes: '再改一次', decisions: [] }, 'CONFLICT')
    await h.err(STAFF, 'meetings', 'close', { id }, 'CONFLICT')
  })

  it('a cancelled meeting tells its invitees why and takes no more edits', async () => {
    const id = await scheduled(h)
    await h.ok(STAFF, 'meetings', 'edit', { id, place: '社区文化活动室', agenda: ['新的议程'] })
    assert.equal((await meeting(h, id)).place, '社区文化活动室')
    assert.ok(await h.store.get('outbox', `meeting:${id}:edit-1:${MEMBER}`))
    await h.ok(STAFF, 'meetings', 'cancel', { id, reason: '台风预警，改期另行通知' })
    assert.match(String((await h.store.get('outbox', `meeting:${id}:cancel:${MEMBER}`))?.body), /台风预警/)
    const e = await h.err(STAFF, 'meetings', 'edit', { id, title: '改个标题' }, 'CONFLICT')
    assert.match(e.message, /不能再修改/)
    assert.equal((await h.ok(RESIDENT, 'meetings', 'get', { id })).cancelReason, '台风预警，改期另行通知')
  })

  it('another community’s meeting, topic and decision are not there for its people', async () => {
    await h.store.insert('members', { _id: 'x-staff', name: '周社工', roles: ['staff'], communityId: 'c-xincheng', points: 0, createdAt: h.clock.now().toISOString(), updatedAt: h.clock.now().toISOString() })
    const id = await held(h)
    await h.err(OTHER, 'meetings', 'get', { id: UPCOMING }, 'NOT_FOUND')
    await h.err(OTHER, 'meetings', 'propose', { meetingId: UPCOMING, title: '隔壁社区的议题' }, 'NOT_FOUND')
    await h.err(OTHER, 'meetings', 'second', { topicId: 'tp-seed-elevator' }, 'NOT_FOUND')
    await h.err('x-staff', 'meetings', 'pick', { id: UPCOMING, topicId: 'tp-seed-elevator', on: true }, 'NOT_FOUND')
    await h.err('x-staff', 'meetings', 'edit', { id: UPCOMING, title: '改别人的会' }, 'NOT_FOUND')
    await h.err('x-staff', 'meetings', 'cancel', { id: UPCOMING, reason: '不想开' }, 'NOT_FOUND')
    await h.err('x-staff', 'meetings', 'record', { id, attendance: [], minutes: '别人的会', decisions: [] }, 'NOT_FOUND')
    await h.err('x-staff', 'meetings', 'close', { id }, 'NOT_FOUND')
    await h.err('x-staff', 'meetings', 'convert', { id, decisionId: 'd1', to: 'ticket', ticketCategory: 'fire_lane' }, 'NOT_FOUND')
    assert.equal((await meeting(h, id)).decisions[0].ticketId, undefined)
  })
})
