import assert from 'node:assert/strict'
import { afterAll, beforeAll, describe, it } from '@jest/globals'
import { harness, type Harness } from '../helpers/harness'

describe('members.people (admin finds people to manage roles)', () => {
  let h: Harness
  beforeAll(async () => {
    h = await harness()
  })
  afterAll(() => h.close())

  it('only admins may list people', async () => {
    await h.err('demo-secretary', 'members', 'people', {}, 'FORBIDDEN')
  })

  it('finds by name and by role, pages to the end, and shows a grant at once', async () => {
    const byName = await h.ok('demo-admin', 'members', 'people', { q: '陈红' })
    assert.deepEqual(byName.items.map((p) => p.openid), ['demo-secretary'])
    const liaisons = await h.ok('demo-admin', 'members', 'people', { role: 'liaison' })
    assert.ok(liaisons.items.length >= 2)
    assert.ok(liaisons.items.every((p) => p.roles.includes('liaison')))

    const seen = new Set<string>()
    let after: string | undefined
    do {
      const page = await h.ok('demo-admin', 'members', 'people', { limit: 3, after })
      page.items.forEach((p) => seen.add(p.openid))
      after = page.next
    } while (after)
    assert.equal(seen.size, await h.store.count('members', { communityId: 'c-wanghu' }))

    await h.ok('demo-admin', 'members', 'grantRole', { openid: 'demo-resident', role: 'member' })
    const members = await h.ok('demo-admin', 'members', 'people', { role: 'member', q: '王秀兰' })
    assert.deepEqual(members.items.map((p) => p.openid), ['demo-resident'])
  })
})
