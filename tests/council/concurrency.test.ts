import assert from 'node:assert/strict'
import { afterAll, beforeAll, describe, it } from '@jest/globals'
import type { ListItemDoc } from '../../cloudfunctions/council/council'
import { harness, type Harness } from '../helpers/harness'

describe('council: races', () => {
  let h: Harness
  beforeAll(async () => {
    h = await harness()
  })
  afterAll(() => h.close())

  it('20 simultaneous matches of one need, to different offers: exactly one wins, the others are told it was matched', async () => {
    const offers = ['li-offer-school-room', 'li-offer-hospital-clinic', 'li-offer-power-check', 'li-offer-property-room', 'li-offer-fgj-policy']
    const who = ['demo-secretary', 'demo-staff', 'demo-street-secretary', 'demo-admin']
    const results = await Promise.all(
      Array.from({ length: 20 }, (_, i) => h.call(who[i % who.length], 'council', 'match', { needId: 'li-need-elder-meal', to: { kind: 'offer', id: offers[i % offers.length] } })),
    )
    const won = results.filter((r) => r.ok)
    assert.equal(won.length, 1, JSON.stringify(results.filter((r) => !r.ok).map((r) => !r.ok && r.error)))
    assert.ok(results.every((r) => r.ok || r.error.code === 'ALREADY_DONE' || r.error.code === 'FORBIDDEN'), 'a lost race is told so')
    assert.ok(results.filter((r) => !r.ok && r.error.code === 'ALREADY_DONE').length >= 14)
    const doc = (await h.store.get<ListItemDoc>('list_items', 'li-need-elder-meal'))!
    assert.equal(doc.state, 'matched')
    assert.equal(doc.timeline.filter((e) => e.action === 'match').length, 1)
    assert.equal(doc.version, 2)
    const winner = won[0].ok ? (won[0].data as { matchedTo: { id: string } }).matchedTo.id : ''
    assert.equal(doc.matchedId, winner)
  })

  it('20 simultaneous “take this wish as a need”: one need, one answer not deduped', async () => {
    const results = await Promise.all(Array.from({ length: 20 }, (_, i) => h.call(i % 2 ? 'demo-secretary' : 'demo-staff', 'council', 'takeNeed', { source: { kind: 'wish', id: 'wish-wheelchair' } })))
    assert.ok(results.every((r) => r.ok), JSON.stringify(results.find((r) => !r.ok)))
    const data = results.map((r) => (r.ok ? (r.data as { item: { id: string }; deduped: boolean }) : null)!)
    assert.equal(data.filter((d) => !d.deduped).length, 1)
    assert.deepEqual([...new Set(data.map((d) => d.item.id))], ['need:wish:wish-wheelchair'])
    assert.equal(await h.store.count('list_items', { unitId: 'c-wanghu', kind: 'need', state: 'open' }) >= 1, true)
    assert.ok(await h.store.get('list_items', 'need:wish:wish-wheelchair'))
  })

  it('8 progress entries at once on one commitment: none lost from its count or timeline', async () => {
    const before = (await h.store.get<ListItemDoc>('list_items', 'li-commit-power-boxes'))!
    const results = await Promise.all(Array.from({ length: 8 }, (_, i) => h.call(i % 2 ? 'demo-committee' : 'demo-secretary', 'council', 'progress', { id: 'li-commit-power-boxes', note: `第 ${i + 1} 次进展` })))
    assert.ok(results.every((r) => r.ok), JSON.stringify(results.find((r) => !r.ok)))
    const after = (await h.store.get<ListItemDoc>('list_items', 'li-commit-power-boxes'))!
    assert.equal(after.progressCount, before.progressCount + 8)
    assert.equal(after.timeline.length, before.timeline.length + 8)
    assert.equal(after.version, before.version + 8)
  })
})
