import assert from 'node:assert/strict'
import { afterAll, beforeAll, describe, it } from '@jest/globals'
import { harness, type Harness } from '../helpers/harness'
import { grantGridRoles, household, rid, visitInput } from './helpers'

describe('visits: races', () => {
  let h: Harness
  beforeAll(async () => {
    h = await harness()
    await grantGridRoles(h)
  })
  afterAll(() => h.close())

  it('a double tap (ten sends of one form at once) records one visit and raises one ticket', async () => {
    const before = await household(h, 'hh-w2-04')
    const tickets = await h.store.count('tickets', { submitter: 'demo-member' })
    const input = visitInput('hh-w2-04', { requestId: rid(), followUp: { kind: 'ticket', title: '孙大爷家水管漏水', text: '厨房水管接头漏水，需要物业上门', category: 'water' } })
    const results = await Promise.all(Array.from({ length: 10 }, () => h.call('demo-member', 'visits', 'log', input)))
    assert.ok(results.every((r) => r.ok), JSON.stringify(results.find((r) => !r.ok)))
    const data = results.map((r) => (r.ok ? (r.data as { id: string; deduped: boolean }) : null)!)
    assert.equal(data.filter((d) => !d.deduped).length, 1)
    assert.equal(new Set(data.map((d) => d.id)).size, 1)
    assert.equal(await h.store.count('visits', { householdId: 'hh-w2-04' }), 1)
    const after = await household(h, 'hh-w2-04')
    assert.equal(after.visitDays.length, before.visitDays.length + 1)
    assert.equal(await h.store.count('tickets', { submitter: 'demo-member' }), tickets + 1, 'one ticket, not ten')
  })

  it('someone else reusing a request id is refused, not merged', async () => {
    const requestId = rid()
    await h.ok('demo-member', 'visits', 'log', visitInput('hh-w2-02', { requestId }))
    await h.err('demo-staff', 'visits', 'log', visitInput('hh-w2-02', { requestId }), 'CONFLICT')
  })

  it('eight different visits to one household at once: none lost from its summary', async () => {
    h.clock.advance(2)
    const before = await household(h, 'hh-w2-01')
    const days = ['2026-11-01', '2026-11-02', '2026-11-03', '2026-11-04', '2026-11-05', '2026-11-06', '2026-11-07', '2026-11-08']
    const who = ['demo-member', 'demo-member', 'demo-member', 'demo-member', 'm-sun', 'm-sun', 'demo-staff', 'demo-staff']
    const results = await Promise.all(days.map((date, i) => h.call(who[i], 'visits', 'log', visitInput('hh-w2-01', { date }))))
    assert.ok(results.every((r) => r.ok), JSON.stringify(results.find((r) => !r.ok)))
    const after = await household(h, 'hh-w2-01')
    assert.equal(after.visitDays.length, before.visitDays.length + 8)
    assert.equal(after.version, before.version + 8)
  })

  it('two assigners at once, both from the unassigned view: one links the household, the other is told who won', async () => {
    h.clock.advance(2)
    const [a, b] = await Promise.all([
      h.call('m-sun', 'visits', 'assign', { householdId: 'hh-w2-06', openid: 'm-hu', expected: '' }),
      h.call('demo-staff', 'visits', 'assign', { householdId: 'hh-w2-06', openid: 'demo-member', expected: '' }),
    ])
    assert.equal([a, b].filter((r) => r.ok).length, 1)
    const loser = [a, b].find((r) => !r.ok)!
    assert.ok(!loser.ok)
    assert.equal(loser.error.code, 'CONFLICT')
    const doc = await household(h, 'hh-w2-06')
    const winner = a.ok ? 'm-hu' : 'demo-member'
    assert.equal(doc.memberOpenid, winner)
    assert.match(loser.error.message, new RegExp(doc.memberName!))
    assert.equal(doc.timeline.filter((e) => e.action === 'assign').length, 1)
  })

  it('twelve reassignments at once without a view: the household ends with exactly one of them, each recorded', async () => {
    h.clock.advance(2)
    const people = ['m-hu', 'demo-member', 'm-zhou', 'demo-staff']
    const results = await Promise.all(Array.from({ length: 12 }, (_, i) => h.call('demo-secretary', 'visits', 'assign', { householdId: 'hh-w1-05', openid: people[i % 4] })))
    const doc = await household(h, 'hh-w1-05')
    assert.ok(people.includes(doc.memberOpenid!))
    assert.equal(doc.timeline.filter((e) => e.action === 'assign').length, results.filter((r) => r.ok).length)
    assert.equal(doc.timeline.at(-1)!.note, doc.memberName, 'the last recorded assignment is the one that holds')
    assert.ok(results.every((r) => r.ok || ['ALREADY_DONE', 'CONFLICT'].includes(r.error.code)), 'a lost race is told so, nothing crashes')
  })
})
