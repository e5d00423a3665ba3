import assert from 'node:assert/strict'
import { afterAll, beforeAll, describe, it } from '@jest/globals'
import type { TicketDoc } from '../../src/domain/tickets/model'
import { harness, type Harness } from '../helpers/harness'
import { held, meeting, RESIDENT, SEC, UPCOMING } from './helpers'

describe('meetings: concurrent 附议 and conversions (real simultaneous calls)', () => {
  let h: Harness
  beforeAll(async () => {
    h = await harness()
  })
  afterAll(() => h.close())

  async function topic(): Promise<string> {
    return (await h.ok(RESIDENT, 'meetings', 'propose', { meetingId: UPCOMING, title: '议题 ' + Math.random().toString(36).slice(2, 8) })).id
  }

  it('30 people seconding one topic at once make 30', async () => {
    const topicId = await topic()
    const people = Array.from({ length: 30 }, (_, i) => `second-${i}`)
    const rs = await Promise.all(people.map((p) => h.call(p, 'meetings', 'second', { topicId })))
    assert.ok(rs.every((r) => r.ok && !(r.data as { already: boolean }).already))
    assert.equal((await h.store.get('meeting_topics', topicId))?.seconds, 30)
    const seconds = await h.store.queryAll('meeting_seconds', {}, { max: 1000 })
    assert.equal(seconds.filter((s) => s.topicId === topicId).length, 30)
  })

  it('one person seconding 30 times at once makes 1', async () => {
    const topicId = await topic()
    const rs = await Promise.all(Array.from({ length: 30 }, () => h.call('second-solo', 'meetings', 'second', { topicId })))
    assert.ok(rs.every((r) => r.ok))
    assert.equal(rs.filter((r) => r.ok && !(r.data as { already: boolean }).already).length, 1)
    assert.equal((await h.store.get('meeting_topics', topicId))?.seconds, 1)
  })

  it('10 conversions of one decision at once make one ticket, and all answer its id', async () => {
    const id = await held(h)
    const rs = await Promise.all(Array.from({ length: 10 }, () => h.call(SEC, 'meetings', 'convert', { id, decisionId: 'd1', to: 'ticket', ticketCategory: 'power' })))
    assert.ok(rs.every((r) => r.ok), JSON.stringify(rs.find((r) => !r.ok)))
    const ids = new Set(rs.map((r) => (r.ok ? (r.data as { ticketId: string }).ticketId : '')))
    assert.equal(ids.size, 1)
    assert.equal(rs.filter((r) => r.ok && !(r.data as { already: boolean }).already).length, 1)
    const all = await h.store.queryAll<TicketDoc>('tickets', { where: { communityId: 'c-wanghu', state: 'accepted' } }, { max: 1000 })
    assert.equal(all.filter((t) => (t.source as { id?: string } | undefined)?.id === id).length, 1)
    const m = await meeting(h, id)
    assert.equal(m.timeline.filter((e) => e.action === 'toTicket').length, 1)
  })

  it('a conversion to a ticket and one to a notice at once: exactly one happens', async () => {
    const id = await held(h)
    const rs = await Promise.all([
      h.call(SEC, 'meetings', 'convert', { id, decisionId: 'd2', to: 'ticket', ticketCategory: 'power' }),
      h.call(SEC, 'meetings', 'convert', { id, decisionId: 'd2', to: 'notice' }),
    ])
    assert.equal(rs.filter((r) => r.ok).length, 1)
    assert.deepEqual(rs.filter((r) => !r.ok).map((r) => !r.ok && r.error.code), ['CONFLICT'])
    const d = (await meeting(h, id)).decisions[1]
    assert.equal(!!d.ticketId !== !!d.noticeId, true)
  })
})
