import assert from 'node:assert/strict'
import { afterAll, beforeAll, describe, it } from '@jest/globals'
import type { Harness } from '../helpers/harness'
import { draft, project, projectsHarness, underWay } from './helpers'

describe('projects: a project from draft to done', () => {
  let h: Harness
  beforeAll(async () => {
    h = await projectsHarness()
  })
  afterAll(() => h.close())

  it('a community secretary drafts, publishes, a 服务队 claims, she starts, marks milestones with evidence and completes with photos', async () => {
    const created = await h.ok('demo-secretary', 'projects', 'save', draft())
    assert.equal(created.state, 'draft')
    assert.deepEqual(created.communityIds, ['c-wanghu'])
    assert.equal(created.leader, 'demo-secretary')
    assert.equal(created.milestonesTotal, 2)

    const asLeader = await h.ok('demo-secretary', 'projects', 'get', { id: created.id })
    assert.deepEqual(asLeader.movesOpen.sort(), ['cancel', 'edit', 'publish'])
    assert.equal(asLeader.canLead, true)

    await h.ok('demo-secretary', 'projects', 'move', { id: created.id, move: 'publish' })
    // a second 发布 (a double tap) is told it was done
    await h.err('demo-secretary', 'projects', 'move', { id: created.id, move: 'publish' }, 'ALREADY_DONE')

    const asTeamLeader = await h.ok('demo-member', 'projects', 'get', { id: created.id })
    assert.equal(asTeamLeader.canLead, false)
    assert.deepEqual(asTeamLeader.teamsToClaim, [{ id: 'team-hongmajia', name: '望湖红马甲志愿服务队' }])
    assert.deepEqual(asTeamLeader.movesOpen, ['claim'])
    const claim = await h.ok('demo-member', 'projects', 'claim', { projectId: created.id, claimant: { kind: 'team', teamId: 'team-hongmajia' }, note: '周末两人轮值' })
    assert.equal(claim.id, `${created.id}:team-hongmajia`)
    await h.ok('demo-secretary', 'projects', 'claim', { projectId: created.id, claimant: { kind: 'unit', unitId: 'mu-property' } })

    await h.ok('demo-secretary', 'projects', 'move', { id: created.id, move: 'start' })
    // a team member (not the leader) may post progress now
    const worker = await h.ok('m-zhou', 'projects', 'get', { id: created.id })
    assert.equal(worker.canWork, true)
    assert.deepEqual(worker.movesOpen.sort(), ['logHours', 'progress'])
    await h.ok('m-zhou', 'projects', 'progress', { projectId: created.id, note: '8 幢楼道清出旧家具 3 件' })

    // completing needs evidence and every milestone done
    await h.err('demo-secretary', 'projects', 'complete', { id: created.id, note: '完成了' }, 'INVALID_INPUT')
    await h.err('demo-secretary', 'projects', 'complete', { id: created.id, note: '完成了', photos: ['/uploads/a.jpg'] }, 'CONFLICT')
    const [m1, m2] = (await project(h, created.id)).milestones
    await h.err('demo-secretary', 'projects', 'milestone', { id: created.id, milestoneId: m1.id, note: '   ' }, 'INVALID_INPUT')
    await h.ok('demo-secretary', 'projects', 'milestone', { id: created.id, milestoneId: m1.id, note: '5 个楼栋选出楼栋长', photos: ['/uploads/m1.jpg'] })
    await h.err('demo-secretary', 'projects', 'milestone', { id: created.id, milestoneId: m1.id, note: '再标一次' }, 'ALREADY_DONE')
    await h.err('demo-secretary', 'projects', 'milestone', { id: created.id, milestoneId: 'm9', note: '没有这个节点' }, 'NOT_FOUND')
    const half = await h.ok('demo-secretary', 'projects', 'milestone', { id: created.id, milestoneId: m2.id, note: '堆物清理完毕' })
    assert.equal(half.progress, 100)

    h.clock.advance(60)
    const done = await h.ok('demo-secretary', 'projects', 'complete', { id: created.id, note: '5 幢楼道全部清理，楼栋议事群建立', photos: ['/uploads/done.jpg'] })
    assert.equal(done.state, 'done')
    assert.equal(done.doneAt, h.clock.now().toISOString())
    await h.err('demo-secretary', 'projects', 'complete', { id: created.id, note: '再完成一次', photos: ['/uploads/x.jpg'] }, 'ALREADY_DONE')
    await h.err('demo-secretary', 'projects', 'move', { id: created.id, move: 'cancel' }, 'CONFLICT')

    const doc = await project(h, created.id)
    assert.deepEqual(
      doc.timeline.map((e) => e.action),
      ['create', 'publish', 'start', 'milestone', 'milestone', 'complete'],
      'every move is on the timeline',
    )
    assert.equal(doc.version, 6)
    const detail = await h.ok('demo-resident', 'projects', 'get', { id: created.id })
    assert.equal(detail.completion?.photos.length, 1)
    assert.equal(detail.milestones[0].evidence?.note, '5 个楼栋选出楼栋长')
    assert.deepEqual(detail.claims.map((c) => c.claimantName).sort(), ['望湖红马甲志愿服务队', '明州安居物业望湖项目部'].sort())
    assert.equal(detail.updates[0].byName, '周立平')
    assert.deepEqual(detail.movesOpen, [], 'a resident may only look')
  })

  it('lists by state, newest first; a resident sees published projects of the community and of the street', async () => {
    const all = await h.ok('demo-resident', 'projects', 'list', {})
    const ids = all.items.map((p) => p.id)
    for (const id of ['proj-yilao', 'proj-summer', 'proj-elevator']) assert.ok(ids.includes(id), id)
    const created = all.items.map((p) => p.createdAt)
    assert.deepEqual(created, [...created].sort().reverse())
    const done = await h.ok('demo-resident', 'projects', 'list', { state: 'done' })
    assert.ok(done.items.length >= 1)
    assert.ok(done.items.every((p) => p.state === 'done'))
    const elevator = all.items.find((p) => p.id === 'proj-elevator')!
    assert.deepEqual(elevator.communityNames, ['望湖社区', '河畔社区'])
    assert.equal(elevator.unitName, '红枫街道')
  })

  it('the leader edits a project under way: done milestones keep their evidence and cannot be dropped', async () => {
    const id = await underWay(h)
    await h.ok('demo-secretary', 'projects', 'milestone', { id, milestoneId: 'm1', note: '选出 5 名楼栋长' })
    const edited = await h.ok('demo-secretary', 'projects', 'save', draft({ id, title: '楼道微治理（二期）', milestones: [{ id: 'm1', title: '选出楼栋长', due: '2026-11-30' }, { title: '建立议事群', due: '2027-01-15' }] }))
    assert.equal(edited.title, '楼道微治理（二期）')
    const doc = await project(h, id)
    assert.deepEqual(doc.milestones.map((m) => m.id), ['m1', 'm3'])
    assert.equal(doc.milestones[0].evidence?.note, '选出 5 名楼栋长')
    await h.err('demo-secretary', 'projects', 'save', draft({ id, milestones: [{ title: '别的', due: '2027-01-15' }] }), 'CONFLICT')
    await h.err('demo-secretary', 'projects', 'save', draft({ id, milestones: [{ id: 'm7', title: '别的', due: '2027-01-15' }] }), 'INVALID_INPUT')
    await h.err('demo-secretary', 'projects', 'save', draft({ id, unitId: 's-hongfeng', communityIds: ['c-wanghu'] }), 'FORBIDDEN')
  })

  it('cancelling ends a project; nothing more may be claimed or posted', async () => {
    const id = await underWay(h)
    await h.ok('demo-secretary', 'projects', 'move', { id, move: 'cancel', note: '与旧改项目合并' })
    await h.err('demo-secretary', 'projects', 'claim', { projectId: id, claimant: { kind: 'unit', unitId: 'mu-power' } }, 'CONFLICT')
    await h.err('demo-member', 'projects', 'progress', { projectId: id, note: '还在做' }, 'CONFLICT')
    await h.err('demo-secretary', 'projects', 'save', draft({ id }), 'CONFLICT')
  })
})

describe('projects: drafts', () => {
  let h: Harness
  beforeAll(async () => {
    h = await projectsHarness()
  })
  afterAll(() => h.close())

  it('a draft is seen only by those who lead it', async () => {
    const p = await h.ok('demo-secretary', 'projects', 'save', draft({ title: '还在起草的项目' }))
    await h.err('demo-resident', 'projects', 'get', { id: p.id }, 'NOT_FOUND')
    await h.err('demo-member', 'projects', 'get', { id: p.id }, 'NOT_FOUND')
    assert.ok(!(await h.ok('demo-member', 'projects', 'list', {})).items.some((x) => x.id === p.id))
    assert.ok((await h.ok('demo-staff', 'projects', 'list', {})).items.some((x) => x.id === p.id), 'staff of the community see it')
    assert.ok((await h.ok('demo-street-secretary', 'projects', 'list', { state: 'draft' })).items.some((x) => x.id === p.id), 'so does the street secretary')
  })
})

describe('projects: the form', () => {
  let h: Harness
  beforeAll(async () => {
    h = await projectsHarness()
  })
  afterAll(() => h.close())

  it('offers a community secretary her community, the street secretary the street and each of its communities', async () => {
    const mine = await h.ok('demo-secretary', 'projects', 'form', {})
    assert.deepEqual(mine.units.map((u) => u.id), ['c-wanghu'])
    const street = await h.ok('demo-street-secretary', 'projects', 'form', {})
    assert.equal(street.units[0].id, 's-hongfeng')
    assert.deepEqual(street.units[0].communities.map((c) => c.id).sort(), ['c-hepan', 'c-wanghu', 'c-xincheng'])
    assert.ok(street.units.some((u) => u.id === 'c-hepan'))
    const edit = await h.ok('demo-secretary', 'projects', 'form', { id: 'proj-yilao' })
    assert.equal(edit.project?.milestones.length, 3)
    await h.err('demo-secretary', 'projects', 'form', { id: 'proj-summer' }, 'CONFLICT')
    await h.err('demo-secretary-hepan', 'projects', 'form', { id: 'proj-yilao' }, 'NOT_FOUND')
    await h.err('demo-member', 'projects', 'form', {}, 'FORBIDDEN')
  })
})
