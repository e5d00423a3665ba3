import assert from 'node:assert/strict'
import { afterAll, beforeAll, describe, it } from '@jest/globals'
import type { Harness } from '../helpers/harness'
import { addMembers, draft, memberUnit, projectsHarness, team, underWay } from './helpers'

describe('projects: races', () => {
  let h: Harness
  beforeAll(async () => {
    h = await projectsHarness()
  })
  afterAll(() => h.close())

  it('twenty claims for one team at once make one claim; the others are told it was made', async () => {
    const p = await h.ok('demo-secretary', 'projects', 'save', draft())
    await h.ok('demo-secretary', 'projects', 'move', { id: p.id, move: 'publish' })
    const results = await Promise.all(Array.from({ length: 20 }, () => h.call('demo-member', 'projects', 'claim', { projectId: p.id, claimant: { kind: 'team', teamId: 'team-hongmajia' } })))
    assert.equal(results.filter((r) => r.ok).length, 1, JSON.stringify(results.find((r) => !r.ok && r.error.code !== 'ALREADY_DONE')))
    assert.ok(results.every((r) => r.ok || r.error.code === 'ALREADY_DONE'))
    assert.equal(await h.store.count('project_claims', { projectId: p.id }), 1)
    assert.ok(await h.store.get('project_claims', `${p.id}:team-hongmajia`))
    const outbox = await h.store.queryAll<{ _id: string; title: string; body: string }>('outbox', { where: { to: 'demo-secretary' } }, { max: 1000 })
    assert.equal(outbox.filter((n) => n.title === '望湖红马甲志愿服务队认领了项目' && n.body === p.title).length, 1, 'the leader is told once')
  })

  it('twenty member units claiming at once each get their claim; a withdrawn claim may be made again, once', async () => {
    for (let i = 0; i < 20; i++) await h.store.insert('member_units', memberUnit(`mu-${i}`, `驻区单位${i}`))
    const p = await h.ok('demo-secretary', 'projects', 'save', draft())
    await h.ok('demo-secretary', 'projects', 'move', { id: p.id, move: 'publish' })
    const results = await Promise.all(Array.from({ length: 20 }, (_, i) => h.call('demo-secretary', 'projects', 'claim', { projectId: p.id, claimant: { kind: 'unit', unitId: `mu-${i}` } })))
    assert.ok(results.every((r) => r.ok), JSON.stringify(results.find((r) => !r.ok)))
    assert.equal(await h.store.count('project_claims', { projectId: p.id }), 20)
    assert.deepEqual((await h.ok('demo-secretary', 'projects', 'get', { id: p.id })).claims.map((c) => c.claimantName).sort(), Array.from({ length: 20 }, (_, i) => `驻区单位${i}`).sort())

    const id = `${p.id}:mu-3`
    await h.ok('demo-secretary', 'projects', 'withdrawClaim', { id, note: '单位另有任务' })
    await h.err('demo-secretary', 'projects', 'withdrawClaim', { id }, 'ALREADY_DONE')
    const again = await Promise.all(Array.from({ length: 10 }, () => h.call('demo-secretary', 'projects', 'claim', { projectId: p.id, claimant: { kind: 'unit', unitId: 'mu-3' } })))
    assert.equal(again.filter((r) => r.ok).length, 1)
    assert.ok(again.every((r) => r.ok || r.error.code === 'ALREADY_DONE'))
    const doc = await h.store.get<{ _id: string; state: string; timeline: { action: string }[] }>('project_claims', id)
    assert.equal(doc?.state, 'active')
    assert.deepEqual(doc?.timeline.map((e) => e.action), ['claim', 'withdraw', 'claim'])
  })

  it('twenty members joining a team at once are all in it, counted once each; one person tapping twenty times joins once', async () => {
    const people = await addMembers(h, 'jt', 20)
    const before = await team(h, 'team-hongmajia')
    const results = await Promise.all(people.map((p) => h.call(p, 'projects', 'joinTeam', { teamId: 'team-hongmajia' })))
    assert.ok(results.every((r) => r.ok), JSON.stringify(results.find((r) => !r.ok)))
    const after = await team(h, 'team-hongmajia')
    assert.equal(after.memberCount, before.memberCount + 20)
    assert.equal(after.members.length, after.memberCount)
    assert.equal(new Set(after.members.map((m) => m.openid)).size, after.members.length)

    const [one] = await addMembers(h, 'tap', 1)
    const taps = await Promise.all(Array.from({ length: 20 }, () => h.call(one, 'projects', 'joinTeam', { teamId: 'team-hongmajia' })))
    assert.ok(taps.every((r) => r.ok || r.error.code === 'ALREADY_DONE'), JSON.stringify(taps.find((r) => !r.ok && r.error.code !== 'ALREADY_DONE')))
    const final = await team(h, 'team-hongmajia')
    assert.equal(final.memberCount, after.memberCount + 1)
    assert.equal(final.members.filter((m) => m.openid === one).length, 1)
    assert.equal((await h.store.get<{ _id: string; state: string }>('team_members', `team-hongmajia:${one}`))?.state, 'in')
  })

  it('leaving and joining again keeps the members and the count right', async () => {
    const [p] = await addMembers(h, 'lv', 1)
    await h.ok(p, 'projects', 'joinTeam', { teamId: 'team-hongmajia' })
    const left = await h.ok(p, 'projects', 'leaveTeam', { teamId: 'team-hongmajia' })
    assert.equal(left.joined, false)
    assert.ok(!(await team(h, 'team-hongmajia')).members.some((m) => m.openid === p))
    await h.err(p, 'projects', 'leaveTeam', { teamId: 'team-hongmajia' }, 'ALREADY_DONE')
    const back = await h.ok(p, 'projects', 'joinTeam', { teamId: 'team-hongmajia' })
    assert.equal(back.joined, true)
    const t = await team(h, 'team-hongmajia')
    assert.equal(t.members.filter((m) => m.openid === p).length, 1)
    assert.equal(t.memberCount, t.members.length)
    await h.err('demo-member', 'projects', 'leaveTeam', { teamId: 'team-hongmajia' }, 'CONFLICT')
    await h.err('t-member-hepan', 'projects', 'joinTeam', { teamId: 'team-hongmajia' }, 'NOT_FOUND')
  })

  it('eight progress posts at once are all kept', async () => {
    const id = await underWay(h)
    const results = await Promise.all(Array.from({ length: 8 }, (_, i) => h.call(i % 2 ? 'm-zhou' : 'demo-member', 'projects', 'progress', { projectId: id, note: `第 ${i + 1} 次进展` })))
    assert.ok(results.every((r) => r.ok), JSON.stringify(results.find((r) => !r.ok)))
    assert.equal(await h.store.count('project_updates', { projectId: id }), 8)
  })
})
