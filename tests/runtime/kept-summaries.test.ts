/**
 * Screens read facts kept on the documents they open with (a vote's month, a person's name on a
 * sign-up or a year's total). Documents written before those facts were kept still show the same.
 */
import assert from 'node:assert/strict'
import { afterAll, beforeAll, describe, it } from '@jest/globals'
import { harness, type Harness } from '../helpers/harness'

describe('screens over documents written before their facts were kept', () => {
  let h: Harness
  beforeAll(async () => {
    h = await harness()
  })
  afterAll(() => h.close())

  it('a vote without its month still marks the theme voted; a new vote keeps the month', async () => {
    const [first, second] = (await h.ok('demo-member', 'events', 'themes', { month: '2026-12' })).items
    await h.store.insert('theme_votes', { _id: `${first.id}:demo-member`, themeId: first.id, openid: 'demo-member', at: h.clock.now().toISOString() })
    await h.ok('demo-member', 'events', 'voteTheme', { themeId: second.id })
    const voted = (await h.ok('demo-member', 'events', 'themes', { month: '2026-12' })).items.filter((t) => t.voted).map((t) => t.id)
    assert.deepEqual(voted.sort(), [first.id, second.id].sort())
    assert.ok((await h.store.get('theme_votes', `${second.id}:demo-member`))?.monthAt)
    assert.deepEqual((await h.ok('m-hu', 'events', 'themes', { month: '2026-12' })).items.filter((t) => t.voted), [], 'another member voted for none')
  })

  it('a sign-up without a name is listed with the profile\'s name, as before', async () => {
    const before = await h.ok('demo-secretary', 'events', 'attendance', { eventId: 'ev-seed-dangke' })
    const zhou = before.pending.find((p) => p.openid === 'm-zhou')!
    assert.equal(zhou.name, '周立平')
    await h.store.update('signups', 'ev-seed-dangke:m-zhou', { name: undefined, branch: undefined })
    const after = await h.ok('demo-secretary', 'events', 'attendance', { eventId: 'ev-seed-dangke' })
    assert.deepEqual(after, before)
  })

  it('a year total without a name is ranked with the profile\'s name, masked for other residents', async () => {
    const before = await h.ok('demo-secretary', 'members', 'leaderboard', { year: 2026 })
    assert.ok(before.items.length > 1)
    const top = before.items[0]
    await h.store.update('points_years', `2026:${top.openid}`, { name: undefined, branch: undefined })
    assert.deepEqual(await h.ok('demo-secretary', 'members', 'leaderboard', { year: 2026 }), before)
    const shown = (await h.ok('demo-resident', 'members', 'leaderboard', { year: 2026 })).items.find((r) => r.openid === top.openid)!.name
    assert.notEqual(shown, top.name, 'others still see a surname only')
    assert.equal(shown[0], top.name[0])
  })
})
