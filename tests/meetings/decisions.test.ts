import assert from 'node:assert/strict'
import { afterAll, beforeAll, describe, it } from '@jest/globals'
import type { NoticeDoc } from '../../cloudfunctions/bulletin/notices'
import { decisionNoticeId, decisionTicketId } from '../../src/domain/meetings/rules'
import type { TicketDoc } from '../../src/domain/tickets/model'
import { harness, type Harness } from '../helpers/harness'
import { held, meeting, MEMBER, RESIDENT, scheduled, SEC, STAFF } from './helpers'

describe('meetings: decisions become tickets and notices', () => {
  let h: Harness
  beforeAll(async () => {
    h = await harness()
  })
  afterAll(() => h.close())

  it('a secretary turns a decision into a ticket the tickets code accepts at once, linked both ways', async () => {
    const id = await held(h)
    const r = await h.ok(SEC, 'meetings', 'convert', { id, decisionId: 'd1', to: 'ticket', ticketCategory: 'power' })
    assert.deepEqual(r, { decisionId: 'd1', ticketId: decisionTicketId(id, 'd1'), noticeId: undefined, already: false })
    const t = (await h.store.get<TicketDoc>('tickets', r.ticketId!))!
    assert.equal(t.state, 'accepted')
    assert.equal(t.title, '东门空地建设电瓶车集中充电棚')
    assert.match(t.description, /议事会「楼道电瓶车充电议事会」决议/)
    assert.deepEqual(t.source, { kind: 'meeting', id, decisionId: 'd1', title: '楼道电瓶车充电议事会' })
    assert.deepEqual(t.timeline.map((e) => e.action), ['submit', 'accept'])
    const view = await h.ok(SEC, 'tickets', 'get', { id: r.ticketId! })
    assert.equal(view.stateName, '已受理')
    assert.deepEqual(view.source, { kind: 'meeting', id, title: '楼道电瓶车充电议事会' })
    const m = await h.ok(RESIDENT, 'meetings', 'get', { id })
    assert.equal(m.decisions[0].ticketId, r.ticketId)
    assert.equal((await meeting(h, id)).timeline.at(-1)?.action, 'toTicket')
  })

  it('a social worker’s ticket waits for the secretary’s triage, who hears of it', async () => {
    const id = await held(h)
    const r = await h.ok(STAFF, 'meetings', 'convert', { id, decisionId: 'd2', to: 'ticket', ticketCategory: 'fire_lane' })
    assert.equal((await h.store.get<TicketDoc>('tickets', r.ticketId!))?.state, 'submitted')
    const told = await h.store.queryAll('outbox', { where: { to: SEC } }, { max: 1000 })
    assert.ok(told.some((n) => String(n.body).includes('每月一次楼道消防安全检查') || String(n.title).includes('每月一次楼道消防安全检查')))
    const tri = await h.ok(SEC, 'tickets', 'triage', { id: r.ticketId!, decision: 'accept' })
    assert.equal(tri.state, 'accepted')
  })

  it('converting again answers the first ticket; to the other kind is refused; nothing is duplicated', async () => {
    const id = await held(h)
    const first = await h.ok(SEC, 'meetings', 'convert', { id, decisionId: 'd1', to: 'ticket', ticketCategory: 'power' })
    const again = await h.ok(SEC, 'meetings', 'convert', { id, decisionId: 'd1', to: 'ticket', ticketCategory: 'environment' })
    assert.deepEqual(again, { ...first, already: true })
    const e = await h.err(SEC, 'meetings', 'convert', { id, decisionId: 'd1', to: 'notice' }, 'CONFLICT')
    assert.match(e.message, /已经转为诉求/)
    assert.equal(await h.store.get('notices', decisionNoticeId(id, 'd1')), null)
    await h.err(SEC, 'meetings', 'convert', { id, decisionId: 'd9', to: 'ticket', ticketCategory: 'power' }, 'NOT_FOUND')
    await h.err(SEC, 'meetings', 'convert', { id, decisionId: 'd2', to: 'ticket' }, 'INVALID_INPUT')
    await h.err(MEMBER, 'meetings', 'convert', { id, decisionId: 'd2', to: 'notice' }, 'FORBIDDEN')
  })

  it('a decision becomes a notice through the bulletin, which residents read', async () => {
    const id = await held(h)
    const r = await h.ok(STAFF, 'meetings', 'convert', { id, decisionId: 'd2', to: 'notice', noticeCategory: '居务公开' })
    const n = (await h.store.get<NoticeDoc>('notices', r.noticeId!))!
    assert.equal(n.status, 'published')
    assert.deepEqual((n.source as { id: string }).id, id)
    const read = await h.ok(RESIDENT, 'bulletin', 'get', { id: r.noticeId! })
    assert.match(read.title, /议事会决议：每月一次楼道消防安全检查/)
    assert.equal((await h.ok(RESIDENT, 'meetings', 'get', { id })).decisions[1].noticeId, r.noticeId)
  })

  it('a converted decision keeps its words when the record is corrected; others may change', async () => {
    const id = await held(h)
    await h.ok(SEC, 'meetings', 'convert', { id, decisionId: 'd1', to: 'ticket', ticketCategory: 'power' })
    const base = { id, attendance: [], minutes: '更正后的纪要' }
    await h.err(STAFF, 'meetings', 'record', { ...base, decisions: [{ id: 'd1', text: '改写已转办的决议' }] }, 'CONFLICT')
    await h.err(STAFF, 'meetings', 'record', { ...base, decisions: [{ id: 'd2', text: '只留第二条' }] }, 'CONFLICT')
    const r = await h.ok(STAFF, 'meetings', 'record', { ...base, decisions: [{ id: 'd1', text: '东门空地建设电瓶车集中充电棚' }, { text: '增设一条新决议' }] })
    assert.deepEqual(r.decisions.map((d) => [d.id, d.ticketId ? 'ticket' : '']), [['d1', 'ticket'], ['d3', '']])
  })

  it('a decision of a meeting not yet held cannot be converted', async () => {
    const id = await scheduled(h)
    await h.err(SEC, 'meetings', 'convert', { id, decisionId: 'd1', to: 'ticket', ticketCategory: 'power' }, 'NOT_FOUND')
  })
})
