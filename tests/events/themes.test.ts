import assert from 'node:assert/strict'
import { afterAll, beforeAll, describe, it } from '@jest/globals'
import { harness, type Harness } from '../helpers/harness'
import { makeMembers } from './helpers'

describe('events: co-planning themes', () => {
  let h: Harness
  beforeAll(async () => {
    h = await harness()
  })
  afterAll(() => h.close())

  it('members propose for this or a coming month; content is checked', async () => {
    await h.err('demo-resident', 'events', 'proposeTheme', { month: '2026-12', title: '读书会', description: '读《习近平的七年知青岁月》' }, 'FORBIDDEN')
    await h.err('demo-member', 'events', 'proposeTheme', { month: '2026-10', title: '读书会', description: '一起读书' }, 'INVALID_INPUT')
    await h.err('demo-member', 'events', 'proposeTheme', { month: '2026-13', title: '读书会', description: '一起读书' }, 'INVALID_INPUT')
    await h.err('demo-member', 'events', 'proposeTheme', { month: '2026-12', title: '赌博', description: '一起读书' }, 'CONTENT_REJECTED')
    const { id } = await h.ok('demo-member', 'events', 'proposeTheme', { month: '2026-12', title: '党员读书会', description: '每月共读一本书，轮流领读' })
    const list = await h.ok('demo-member', 'events', 'themes', { month: '2026-12' })
    const mine = list.items.find((t) => t.id === id)
    assert.equal(mine?.byName, '李建国')
    assert.equal(mine?.month, '2026-12')
    assert.ok(list.items.some((t) => t.id === 'th-seed-jiazhuang'), 'seeded proposals for next month are there')
  })

  it('one vote per member per theme, even when 20 clicks arrive at once; ranking follows votes', async () => {
    const { id } = await h.ok('m-zhou', 'events', 'proposeTheme', { month: '2026-12', title: '垃圾分类“桶边督导”', description: '党员每周认领一个晚上守桶' })
    const rs = await Promise.all(Array.from({ length: 20 }, () => h.call('m-hu', 'events', 'voteTheme', { themeId: id })))
    assert.equal(rs.filter((r) => r.ok).length, 1)
    assert.ok(rs.every((r) => r.ok || r.error.code === 'ALREADY_DONE'))
    const voters = await makeMembers(h, 'm-vote', 5)
    await Promise.all(voters.map((v) => h.ok(v, 'events', 'voteTheme', { themeId: id })))
    const list = await h.ok('m-hu', 'events', 'themes', { month: '2026-12' })
    assert.equal(list.items[0].id, id)
    assert.equal(list.items[0].votes, 6)
    assert.equal(list.items[0].rank, 1)
    assert.equal(list.items[0].voted, true)
    assert.equal(list.items[1].voted, false)
    assert.equal(list.items[1].rank, 2)
    assert.equal(list.items.at(-1)!.rank, 2, 'ties share a rank')
    await h.err('m-hu', 'events', 'voteTheme', { themeId: 'th-nope' }, 'NOT_FOUND')
    await h.ok('demo-admin', 'members', 'grantRole', { openid: 'staff-only', role: 'staff' })
    const drafting = await h.ok('staff-only', 'events', 'themes', { month: '2026-12' })
    assert.equal(drafting.items[0].id, id, 'staff drafting the menu see the ranking')
    await h.err('staff-only', 'events', 'voteTheme', { themeId: id }, 'FORBIDDEN')
    await h.err('demo-resident', 'events', 'themes', { month: '2026-12' }, 'FORBIDDEN')
  })
})
