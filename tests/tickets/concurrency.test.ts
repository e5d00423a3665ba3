import assert from 'node:assert/strict'
import { afterAll, beforeAll, describe, it } from '@jest/globals'
import { sweep } from '../../cloudfunctions/sweeper/sweep'
import { harness, type Harness } from '../helpers/harness'
import { CHENGGUAN, dispatched, doc, noticesTo, RESIDENT, resolved, SEC, ZHUJIAN, ZHUJIAN_2 } from './helpers'

const count = (xs: { ok: boolean }[]) => xs.filter((r) => r.ok).length
const codes = (xs: { ok: boolean; error?: { code: string } }[]) => [...new Set(xs.filter((r) => !r.ok).map((r) => r.error!.code))]

describe('tickets: concurrent steps (one version wins, the timeline stays true)', () => {
  let h: Harness
  beforeAll(async () => {
    h = await harness()
  })
  afterAll(() => h.close())

  it('20 simultaneous 报到 by one department make one entry', async () => {
    const id = await dispatched(h)
    const rs = await Promise.all(Array.from({ length: 20 }, () => h.call(ZHUJIAN, 'tickets', 'acknowledge', { id })))
    assert.equal(count(rs), 1)
    assert.deepEqual(codes(rs), ['ALREADY_DONE'])
    const t = await doc(h, id)
    assert.equal(t.timeline.filter((e) => e.action === 'acknowledge').length, 1)
    assert.equal(t.state, 'acknowledged')
    assert.equal(t.version, 3)
  })

  it('20 simultaneous 报到: the notices of the step are written once, with it', async () => {
    const id = await dispatched(h)
    const before = (await noticesTo(h, RESIDENT, id)).length
    const rs = await Promise.all(Array.from({ length: 20 }, () => h.call(ZHUJIAN, 'tickets', 'acknowledge', { id })))
    assert.equal(count(rs), 1)
    const after = await noticesTo(h, RESIDENT, id)
    assert.equal(after.length, before + 1, 'the submitter hears of the 报到 once')
    assert.equal(after.filter((n) => /已报到，接手这个问题/.test(String(n.body))).length, 1)
    assert.equal((await noticesTo(h, ZHUJIAN, id)).filter((n) => /已报到/.test(String(n.body))).length, 0, 'nobody is told of their own step')
  })

  it('two liaisons of one department acknowledging at once make one entry', async () => {
    const id = await dispatched(h)
    const rs = await Promise.all([ZHUJIAN, ZHUJIAN_2, ZHUJIAN, ZHUJIAN_2].map((p) => h.call(p, 'tickets', 'acknowledge', { id })))
    assert.equal(count(rs), 1)
    assert.equal((await doc(h, id)).timeline.filter((e) => e.action === 'acknowledge').length, 1)
  })

  it('lead and co-department acknowledging at once both count', async () => {
    const id = await dispatched(h, { co: ['dept-chengguan'] })
    const rs = await Promise.all([h.call(ZHUJIAN, 'tickets', 'acknowledge', { id }), h.call(CHENGGUAN, 'tickets', 'acknowledge', { id })])
    assert.equal(count(rs), 2)
    const t = await doc(h, id)
    assert.equal(t.timeline.filter((e) => e.action === 'acknowledge').length, 2)
    assert.ok(t.departments.every((d) => d.acknowledgedAt))
    assert.equal(t.state, 'acknowledged')
    assert.equal(t.version, 4)
  })

  it('a verification that passes and one that fails, at once: exactly one happens', async () => {
    const id = await resolved(h)
    const rs = await Promise.all([
      h.call(SEC, 'tickets', 'verify', { id, accept: true }),
      h.call(SEC, 'tickets', 'verify', { id, accept: false, reason: '没修好' }),
      h.call(RESIDENT, 'tickets', 'rate', { id, score: 5 }),
    ])
    assert.equal(count(rs.slice(0, 2)), 1)
    const t = await doc(h, id)
    const verifies = t.timeline.filter((e) => e.action.startsWith('verify_'))
    assert.equal(verifies.length, 1)
    assert.equal(t.state, verifies[0].action === 'verify_accept' ? (rs[2].ok ? 'closed' : 'verified') : 'in_progress')
    assert.equal(t.timeline.filter((e) => e.action === 'rate').length, rs[2].ok ? 1 : 0)
  })

  it('ten ratings at once close the ticket once', async () => {
    const id = await resolved(h)
    await h.ok(SEC, 'tickets', 'verify', { id, accept: true })
    const rs = await Promise.all(Array.from({ length: 10 }, (_, i) => h.call(RESIDENT, 'tickets', 'rate', { id, score: (i % 5) + 1 })))
    assert.equal(count(rs), 1)
    assert.deepEqual(codes(rs), ['CONFLICT'])
    assert.equal((await doc(h, id)).timeline.filter((e) => e.action === 'rate').length, 1)
  })

  it('a rating racing the automatic close: the ticket closes once', async () => {
    const id = await resolved(h)
    await h.ok(SEC, 'tickets', 'verify', { id, accept: true })
    h.clock.advance(7 * 24 * 60)
    const [rated, swept, swept2] = await Promise.all([h.call(RESIDENT, 'tickets', 'rate', { id, score: 4 }), sweep(h.deps), sweep(h.deps)])
    assert.notEqual(swept['ticket-deadlines'], 'failed')
    assert.notEqual(swept2['ticket-deadlines'], 'failed')
    const t = await doc(h, id)
    assert.equal(t.state, 'closed')
    assert.equal(t.timeline.filter((e) => e.action === 'rate' || e.action === 'auto_close').length, 1)
    assert.equal(t.satisfiedByDefault === true, !rated.ok)
  })
})
