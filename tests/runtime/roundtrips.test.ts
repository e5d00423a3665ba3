/**
 * The round-trip budget of DESIGN.md, measured: every screen's opening calls go through the router
 * on a store that delays each call (as the cloud database does) and records when it ran. Depth is a
 * count of calls that waited on each other, so it does not depend on how fast this machine is.
 */
import assert from 'node:assert/strict'
import { after, before, describe, it } from 'node:test'
import { measureCall } from '../../scripts/bench/roundtrips'
import { depthOf, LatencyStore } from '../../scripts/bench/latency-store'
import { SCREENS } from '../../scripts/bench/screens'
import { harness, type Harness } from '../helpers/harness'

const LATENCY_MS = 10

describe('store round trips per screen', () => {
  let h: Harness
  before(async () => {
    h = await harness()
  })
  after(() => h.close())

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
        assert.ok(depthOf(outside) <= 2, `${name}: ${depthOf(outside)} sequential round trips: ${m.spans.map((s) => `${s.op} ${s.coll}`).join(', ')}`)
      })
    }
  }

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
