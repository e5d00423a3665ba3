import assert from 'node:assert/strict'
import { afterAll, beforeAll, describe, it } from '@jest/globals'
import type { Harness } from '../helpers/harness'
import { draft, project, projectsHarness } from './helpers'

describe('projects: the street leads street projects, and no one outside sees or acts', () => {
  let h: Harness
  beforeAll(async () => {
    h = await projectsHarness()
  })
  afterAll(() => h.close())

  it('the street secretary leads a project serving 望湖 and 河畔; a community secretary sees it but cannot move it', async () => {
    const p = await h.ok('demo-street-secretary', 'projects', 'save', draft({ unitId: 's-hongfeng', title: '背街小巷微更新', communityIds: ['c-wanghu', 'c-hepan'] }))
    assert.deepEqual(p.communityNames, ['望湖社区', '河畔社区'])
    await h.ok('demo-street-secretary', 'projects', 'move', { id: p.id, move: 'publish' })
    // 河畔's secretary sees the street's project (it serves her community) …
    const seen = await h.ok('demo-secretary-hepan', 'projects', 'get', { id: p.id })
    assert.equal(seen.canLead, false)
    assert.deepEqual(seen.movesOpen, [])
    // … but cannot lead it: the router keeps her writes to 河畔
    await h.err('demo-secretary-hepan', 'projects', 'move', { id: p.id, move: 'start' }, 'FORBIDDEN')
    await h.err('demo-secretary', 'projects', 'move', { id: p.id, move: 'cancel' }, 'FORBIDDEN')
    // the street secretary records a member unit's claim and starts it
    await h.ok('demo-street-secretary', 'projects', 'claim', { projectId: p.id, claimant: { kind: 'unit', unitId: 'mu-hepan-property' } })
    // a 服务队 leader of 望湖 cannot claim the street's project themselves: the street records it for the team
    await h.err('demo-member', 'projects', 'claim', { projectId: p.id, claimant: { kind: 'team', teamId: 'team-hongmajia' } }, 'FORBIDDEN')
    const asTeamLeader = await h.ok('demo-member', 'projects', 'get', { id: p.id })
    assert.deepEqual(asTeamLeader.teamsToClaim, [], 'the page offers no claim it would refuse')
    assert.ok(!asTeamLeader.movesOpen.includes('claim'))
    const asStreet = await h.ok('demo-street-secretary', 'projects', 'get', { id: p.id })
    assert.ok(asStreet.teamsToClaim.some((t) => t.id === 'team-hongmajia'), 'the street secretary is offered the teams of its communities')
    await h.ok('demo-street-secretary', 'projects', 'claim', { projectId: p.id, claimant: { kind: 'team', teamId: 'team-hongmajia' } })
    await h.ok('demo-street-secretary', 'projects', 'move', { id: p.id, move: 'start' })
    // a team member of 望湖 works on the street's project; the street secretary confirms, the hours count in 望湖
    const log = await h.ok('m-zhou', 'projects', 'logHours', { projectId: p.id, date: '2026-11-23', hours: 2, note: '清理背街堆物' })
    await h.ok('demo-street-secretary', 'projects', 'decideHours', { id: log.id, accept: true })
    assert.equal((await h.store.get<{ _id: string; communityId: string }>('service_hours', `project-${log.id}`))?.communityId, 'c-wanghu')
    assert.equal((await project(h, p.id)).unitId, 's-hongfeng')
    // and posts progress there, which the street sees
    await h.ok('m-zhou', 'projects', 'progress', { projectId: p.id, note: '背街 3 号楼前堆物清完' })
    assert.equal((await h.ok('demo-street-secretary', 'projects', 'get', { id: p.id })).updates[0].note, '背街 3 号楼前堆物清完')
    // 河畔's member sees the street project but is in no claiming team; 望湖's project is not theirs to see
    await h.err('t-member-hepan', 'projects', 'logHours', { projectId: p.id, date: '2026-11-23', hours: 1, note: '帮忙' }, 'FORBIDDEN')
    await h.err('t-member-hepan', 'projects', 'progress', { projectId: 'proj-yilao', note: '帮忙' }, 'NOT_FOUND')
  })

  it('a street project serves only communities of its street; a community project only its own', async () => {
    await h.err('demo-street-secretary', 'projects', 'save', draft({ unitId: 's-hongfeng', communityIds: ['c-wanghu', 'c-yunxi'] }), 'INVALID_INPUT')
    await h.err('demo-street-secretary', 'projects', 'save', draft({ unitId: 's-hongfeng', communityIds: [] }), 'INVALID_INPUT')
    await h.err('demo-secretary', 'projects', 'save', draft({ communityIds: ['c-hepan'] }), 'INVALID_INPUT')
    // a community secretary cannot lead for the street or for another community
    await h.err('demo-secretary', 'projects', 'save', draft({ unitId: 's-hongfeng', communityIds: ['c-wanghu'] }), 'FORBIDDEN')
    await h.err('demo-secretary', 'projects', 'save', draft({ unitId: 'c-hepan' }), 'FORBIDDEN')
    // the street secretary may lead a project of one of its communities
    const p = await h.ok('demo-street-secretary', 'projects', 'save', draft({ unitId: 'c-hepan' }))
    assert.deepEqual(p.communityIds, ['c-hepan'])
  })

  it('people of the other street see nothing of 红枫 and can do nothing with it', async () => {
    for (const who of ['demo-resident-yunxi', 't-member-yunxi', 'demo-secretary-yunxi']) {
      await h.err(who, 'projects', 'get', { id: 'proj-elevator' }, 'NOT_FOUND')
      await h.err(who, 'projects', 'get', { id: 'proj-yilao' }, 'NOT_FOUND')
      await h.err(who, 'projects', 'team', { id: 'team-hongmajia' }, 'NOT_FOUND')
      assert.deepEqual((await h.ok(who, 'projects', 'list', {})).items, [])
      assert.deepEqual((await h.ok(who, 'projects', 'teams', {})).items, [])
    }
    await h.err('demo-secretary-yunxi', 'projects', 'move', { id: 'proj-yilao', move: 'cancel' }, 'NOT_FOUND')
    await h.err('demo-secretary-yunxi', 'projects', 'milestone', { id: 'proj-yilao', milestoneId: 'm3', note: '完成' }, 'NOT_FOUND')
    await h.err('demo-secretary-yunxi', 'projects', 'claim', { projectId: 'proj-yilao', claimant: { kind: 'unit', unitId: 'mu-yunxi-school' } }, 'NOT_FOUND')
    await h.err('demo-secretary-yunxi', 'projects', 'decideHours', { id: 'ph-yilao-hu', accept: true }, 'NOT_FOUND')
    await h.err('demo-secretary-yunxi', 'projects', 'workers', { projectId: 'proj-yilao' }, 'NOT_FOUND')
    await h.err('t-member-yunxi', 'projects', 'joinTeam', { teamId: 'team-hongmajia' }, 'NOT_FOUND')
    await h.err('t-member-yunxi', 'projects', 'progress', { projectId: 'proj-yilao', note: '看看' }, 'NOT_FOUND')
    await h.err('t-member-yunxi', 'projects', 'logHours', { projectId: 'proj-yilao', date: '2026-11-20', hours: 1, note: '看看' }, 'NOT_FOUND')
    await h.err('demo-secretary-yunxi', 'projects', 'save', draft({ unitId: 's-hongfeng', communityIds: ['c-wanghu'] }), 'FORBIDDEN')
    await h.err('demo-secretary-yunxi', 'projects', 'createTeam', { unitId: 'c-wanghu', name: '越界服务队' }, 'FORBIDDEN')
    // their own street's projects stay theirs
    const own = await h.ok('demo-secretary-yunxi', 'projects', 'save', draft({ unitId: 'c-yunxi', title: '云溪邻里节' }))
    await h.ok('demo-secretary-yunxi', 'projects', 'move', { id: own.id, move: 'publish' })
    await h.err('demo-street-secretary', 'projects', 'get', { id: own.id }, 'NOT_FOUND')
    assert.ok(!(await h.ok('demo-resident', 'projects', 'list', {})).items.some((p) => p.id === own.id))
  })

  it('a community secretary sets up a 服务队 led by one of her members; members of her community join it', async () => {
    const t = await h.ok('demo-secretary', 'projects', 'createTeam', { unitId: 'c-wanghu', name: '望湖助老服务队', intro: '助餐陪诊', leader: 'm-sun' })
    assert.equal(t.leaderName, '孙德明')
    assert.equal(t.memberCount, 1)
    await h.ok('m-hu', 'projects', 'joinTeam', { teamId: t.id })
    const detail = await h.ok('m-hu', 'projects', 'team', { id: t.id })
    assert.deepEqual(detail.members.map((m) => m.openid), ['m-sun', 'm-hu'])
    assert.equal(detail.joined, true)
    assert.equal(detail.canManage, false)
    assert.equal((await h.ok('demo-secretary', 'projects', 'team', { id: t.id })).canManage, true)
    await h.err('demo-secretary', 'projects', 'createTeam', { unitId: 's-hongfeng', name: '街道服务队' }, 'INVALID_INPUT')
    await h.err('demo-member', 'projects', 'createTeam', { unitId: 'c-wanghu', name: '自己的队' }, 'FORBIDDEN')
  })
})
