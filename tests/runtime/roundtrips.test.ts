/**
 * The round-trip budget of DESIGN.md, measured: every screen's opening calls go through the router
 * on a store that delays each call (as the cloud database does) and records when it ran. Depth is a
 * count of calls that waited on each other, so it does not depend on how fast this machine is.
 */
import assert from 'node:assert/strict'
import { afterAll, beforeAll, describe, it } from '@jest/globals'
import { measureCall } from '../../scripts/bench/roundtrips'
import { depthOf, LatencyStore } from '../../scripts/bench/latency-store'
import { SCREENS } from '../../scripts/bench/screens'
import { harness, type Harness } from '../helpers/harness'

const LATENCY_MS = 10

/** Opening calls allowed deeper, each with its reason. */
const OVER: Record<string, { depth: number; why: string }> = {
  'visits.get': { depth: 3, why: 'the read of the head\'s phone is audited (an insert) once the household is known to be the caller\'s' },
}

describe('store round trips per screen', () => {
  let h: Harness
  beforeAll(async () => {
    h = await harness()
  })
  afterAll(() => h.close())

  it('the decorator measures depth: calls sent together are one round trip, awaited ones add up', async () => {
    const store = new LatencyStore(h.store, LATENCY_MS)
    await Promise.all([store.get('members', 'demo-member'), store.get('members', 'demo-resident'), store.count('events')])
    assert.equal(depthOf(store.spans), 1)
    await store.get('members', 'demo-member')
    await store.get('members', 'demo-member')
    assert.equal(store.spans.length, 5)
    assert.equal(depthOf(store.spans), 3)
  })

  for (const screen of SCREENS) {
    for (const call of screen.calls) {
      const name = `${call.fn}.${call.action}`
      it(`${screen.page} opens with ${name} in at most 2 sequential round trips (rate limit and identity included)`, async () => {
        const m = await measureCall(h.deps, screen.openid, call, LATENCY_MS)
        assert.equal(m.envelope.ok, true, `${name} as ${screen.openid}: ${JSON.stringify(m.envelope)}`)
        const writes = m.spans.filter((s) => s.op === 'tx.begin').length
        // a first read of a notice is recorded: one transaction on top of the reads
        const outside = m.spans.filter((s) => !s.op.startsWith('tx.'))
        assert.ok(writes <= 1, `${name}: ${writes} transactions`)
        const over = OVER[name]
        if (over) assert.ok(depthOf(outside) <= over.depth, `${name}: ${depthOf(outside)} deep (${over.why})`)
        else assert.ok(depthOf(outside) <= 2, `${name}: ${depthOf(outside)} sequential round trips: ${m.spans.map((s) => `${s.op} ${s.coll}`).join(', ')}`)
      })
    }
  }

  it('the scene has the data behind the follow-up reads, so a screen\'s second round trip is measured, not skipped', async () => {
    const data = async (openid: string, fn: string, action: string, input: Record<string, unknown>) => {
      h.clock.advance(1) // a fresh rate-limit window
      const r = await h.call(openid, fn, action, input)
      assert.equal(r.ok, true, `${fn}.${action}: ${JSON.stringify(r)}`)
      return (r as { data: Record<string, unknown[]> }).data
    }
    assert.ok((await data('demo-admin', 'members', 'auditLog', { limit: 30 })).items.length > 0, 'audit entries')
    assert.ok((await data('m-zhou', 'surveys', 'list', {})).items.some((s) => (s as { answered: boolean }).answered), 'a survey the resident answered')
    assert.ok((await data('demo-member', 'meetings', 'get', { id: 'mt-seed-roundtable-renewal' })).topics.length > 0, 'topics with seconds')
    assert.ok((await data('demo-member', 'visits', 'get', { id: 'hh-w2-01' })).visits.length > 0, 'a visit history')
    assert.ok((await data('demo-staff', 'visits', 'coverage', {})).members.length > 0, 'members with households')
  })

  it('opening a notice a second time is a read: two round trips, no transaction', async () => {
    const call = { fn: 'bulletin', action: 'get', data: { id: 'n-volunteer' } }
    const first = await measureCall(h.deps, 'm-hu', call, LATENCY_MS)
    assert.equal(first.spans.filter((s) => s.op === 'tx.begin').length, 1, 'the first open records the read')
    h.clock.advance(1) // a new rate-limit window, as a person opening it again later would be in
    const again = await measureCall(h.deps, 'm-hu', call, LATENCY_MS)
    assert.equal(again.envelope.ok, true)
    assert.equal(again.spans.filter((s) => s.op.startsWith('tx.')).length, 0)
    assert.equal(again.depth, 2)
  })
})
