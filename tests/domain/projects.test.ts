import assert from 'node:assert/strict'
import { describe, it } from '@jest/globals'
import { AppError } from '../../src/domain/errors'
import { checkMove, movesOpen } from '../../src/domain/machine'
import { CLAIM_MACHINE, MEMBERSHIP_MACHINE, PROJECT_MACHINE, PROJECT_STATES, WORK_MACHINE, type ProjectWho } from '../../src/domain/projects/machine'
import { checkCompletion, checkPeriod, claimId, leads, markMilestone, membershipId, mergeMilestones, progressOf, servedCommunities, serviceHoursId, workAward, type ProjectLike } from '../../src/domain/projects/rules'

const code = (f: () => unknown) => {
  try {
    f()
  } catch (e) {
    if (e instanceof AppError) return e.code
    throw e
  }
  return 'OK'
}
const as = (...w: ProjectWho[]) => (x: ProjectWho) => w.includes(x)

const base: ProjectLike = {
  _id: 'p1',
  unitId: 'c-wanghu',
  communityIds: ['c-wanghu'],
  state: 'in_progress',
  leader: 'sec',
  milestones: [
    { id: 'm1', title: '选楼栋长', due: '2026-11-30' },
    { id: 'm2', title: '清堆物', due: '2026-12-31', doneAt: '2026-11-20T02:00:00.000Z', evidence: { note: '清完', photos: [] } },
  ],
}

describe('projects machine', () => {
  it('draft → open → in_progress → done; cancelled from any state before done', () => {
    const lead = as('lead')
    assert.equal(checkMove(PROJECT_MACHINE, 'publish', 'draft', lead), 'open')
    assert.equal(checkMove(PROJECT_MACHINE, 'start', 'open', lead), 'in_progress')
    assert.equal(checkMove(PROJECT_MACHINE, 'complete', 'in_progress', lead), 'done')
    for (const s of ['draft', 'open', 'in_progress'] as const) assert.equal(checkMove(PROJECT_MACHINE, 'cancel', s, lead), 'cancelled')
    assert.equal(code(() => checkMove(PROJECT_MACHINE, 'cancel', 'done', lead)), 'CONFLICT')
    assert.equal(code(() => checkMove(PROJECT_MACHINE, 'start', 'draft', lead)), 'CONFLICT')
    assert.equal(code(() => checkMove(PROJECT_MACHINE, 'publish', 'open', lead)), 'ALREADY_DONE')
    assert.equal(code(() => checkMove(PROJECT_MACHINE, 'complete', 'done', lead)), 'ALREADY_DONE')
    assert.equal(code(() => checkMove(PROJECT_MACHINE, 'publish', 'draft', as('worker', 'claimer'))), 'FORBIDDEN')
  })

  it('moves that keep the state keep it, and each says who may make it', () => {
    assert.equal(checkMove(PROJECT_MACHINE, 'milestone', 'in_progress', as('lead')), 'in_progress')
    assert.equal(checkMove(PROJECT_MACHINE, 'claim', 'open', as('claimer')), 'open')
    assert.equal(checkMove(PROJECT_MACHINE, 'progress', 'in_progress', as('worker')), 'in_progress')
    assert.equal(code(() => checkMove(PROJECT_MACHINE, 'progress', 'in_progress', as('claimer'))), 'FORBIDDEN')
    assert.equal(code(() => checkMove(PROJECT_MACHINE, 'claim', 'done', as('claimer'))), 'CONFLICT')
    assert.equal(code(() => checkMove(PROJECT_MACHINE, 'logHours', 'open', as('worker'))), 'CONFLICT')
    assert.equal(checkMove(PROJECT_MACHINE, 'logHours', 'done', as('worker')), 'done', 'hours may be logged after the project is done')
  })

  it('movesOpen answers the buttons: nothing for a bystander, nothing in a final state', () => {
    assert.deepEqual(movesOpen(PROJECT_MACHINE, 'in_progress', () => false), [])
    for (const s of PROJECT_STATES) assert.ok(movesOpen(PROJECT_MACHINE, s, as('lead')).every((m) => PROJECT_MACHINE.moves[m].from.includes(s)))
    assert.deepEqual(movesOpen(PROJECT_MACHINE, 'cancelled', as('lead', 'worker', 'claimer')), [])
    assert.deepEqual(movesOpen(PROJECT_MACHINE, 'open', as('claimer')), ['claim'])
  })

  it('claims, memberships and hours are decided once', () => {
    assert.equal(checkMove(CLAIM_MACHINE, 'withdraw', 'active', () => true), 'withdrawn')
    assert.equal(code(() => checkMove(CLAIM_MACHINE, 'withdraw', 'withdrawn', () => true)), 'ALREADY_DONE')
    assert.equal(code(() => checkMove(CLAIM_MACHINE, 'reclaim', 'active', () => true)), 'ALREADY_DONE')
    assert.equal(code(() => checkMove(MEMBERSHIP_MACHINE, 'join', 'in', () => true)), 'ALREADY_DONE')
    assert.equal(checkMove(MEMBERSHIP_MACHINE, 'join', 'left', () => true), 'in')
    assert.equal(checkMove(WORK_MACHINE, 'confirm', 'pending', () => true), 'confirmed')
    assert.equal(code(() => checkMove(WORK_MACHINE, 'reject', 'confirmed', () => true)), 'ALREADY_DONE')
    assert.equal(code(() => checkMove(WORK_MACHINE, 'confirm', 'pending', () => false)), 'FORBIDDEN')
  })
})

describe('projects rules', () => {
  it('the leader, or secretary/staff acting in the unit, lead; a member acting there does not', () => {
    assert.ok(leads({ openid: 'sec', roles: ['resident'], act: [] }, base))
    assert.ok(leads({ openid: 'x', roles: ['staff'], act: ['c-wanghu'] }, base))
    assert.ok(!leads({ openid: 'x', roles: ['member'], act: ['c-wanghu'] }, base))
    assert.ok(!leads({ openid: 'x', roles: ['secretary'], act: ['c-hepan'] }, base))
  })

  it('deterministic ids', () => {
    assert.equal(claimId('p1', 'team-a'), 'p1:team-a')
    assert.equal(membershipId('team-a', 'o1'), 'team-a:o1')
    assert.equal(serviceHoursId('w1'), 'project-w1')
    assert.deepEqual(workAward({ serviceId: 'project-w1', openid: 'o1', projectTitle: '加装电梯', hours: 2.5 }), { openid: 'o1', amount: 5, reason: 'service', sourceId: 'project-w1', note: '加装电梯 2.5 小时' })
  })

  it('what a project serves', () => {
    assert.deepEqual(servedCommunities('c-wanghu', 'community', [], []), ['c-wanghu'])
    assert.equal(code(() => servedCommunities('c-wanghu', 'community', [], ['c-hepan'])), 'INVALID_INPUT')
    assert.deepEqual(servedCommunities('s-h', 'street', ['c-a', 'c-b'], ['c-b', 'c-a', 'c-b']), ['c-b', 'c-a'])
    assert.equal(code(() => servedCommunities('s-h', 'street', ['c-a'], ['c-z'])), 'INVALID_INPUT')
    assert.equal(code(() => servedCommunities('s-h', 'street', ['c-a'], [])), 'INVALID_INPUT')
    assert.equal(code(() => servedCommunities('d-x', 'district', ['c-a'], ['c-a'])), 'INVALID_INPUT')
    assert.equal(code(() => servedCommunities('nowhere', undefined, [], [])), 'INVALID_INPUT')
  })

  it('periods are real days in order', () => {
    assert.equal(code(() => checkPeriod('2026-11-01', '2026-12-01', [{ due: '2026-11-15' }])), 'OK')
    assert.equal(code(() => checkPeriod('2026-02-30', '2026-03-01', [])), 'INVALID_INPUT')
    assert.equal(code(() => checkPeriod('2026-03-02', '2026-03-01', [])), 'INVALID_INPUT')
    assert.equal(code(() => checkPeriod('2026-03-01', '2026-03-02', [{ due: '2026-3-5' }])), 'INVALID_INPUT')
  })

  it('milestones: marked once with a note; edits keep what was done and new ones get the next ids', () => {
    const by = { openid: 'sec', name: '书记' }
    const after = markMilestone(base, 'm1', { note: '选出 5 人', photos: ['/a.jpg'] }, '2026-11-24T02:00:00.000Z', by, as('lead'))
    assert.equal(after[0].doneAt, '2026-11-24T02:00:00.000Z')
    assert.equal(after[0].evidence?.photos.length, 1)
    assert.equal(code(() => markMilestone(base, 'm2', { note: '再来', photos: [] }, 'x', by, as('lead'))), 'ALREADY_DONE')
    assert.equal(code(() => markMilestone(base, 'm9', { note: '没有', photos: [] }, 'x', by, as('lead'))), 'NOT_FOUND')
    assert.equal(code(() => markMilestone(base, 'm1', { note: ' ', photos: [] }, 'x', by, as('lead'))), 'INVALID_INPUT')
    assert.equal(code(() => markMilestone({ ...base, state: 'open' }, 'm1', { note: '早了', photos: [] }, 'x', by, as('lead'))), 'CONFLICT')
    assert.equal(code(() => markMilestone(base, 'm1', { note: '不是我', photos: [] }, 'x', by, as('worker'))), 'FORBIDDEN')

    const merged = mergeMilestones(base.milestones, [{ id: 'm2', title: '清堆物', due: '2027-01-10' }, { title: '建群', due: '2027-01-20' }])
    assert.deepEqual(merged.map((m) => m.id), ['m2', 'm3'])
    assert.equal(merged[0].evidence?.note, '清完')
    assert.equal(merged[0].due, '2027-01-10')
    assert.equal(code(() => mergeMilestones(base.milestones, [{ id: 'm1', title: 'a', due: '2027-01-10' }])), 'CONFLICT')
    assert.equal(code(() => mergeMilestones(base.milestones, [{ id: 'm2', title: 'a', due: '2027-01-10' }, { id: 'm2', title: 'b', due: '2027-01-10' }])), 'INVALID_INPUT')
  })

  it('completion needs evidence with a photo and every milestone done', () => {
    assert.equal(code(() => checkCompletion(base, { note: '完成', photos: ['/a.jpg'] }, as('lead'))), 'CONFLICT')
    const allDone = { ...base, milestones: base.milestones.map((m) => ({ ...m, doneAt: 'x' })) }
    assert.equal(code(() => checkCompletion(allDone, { note: '完成', photos: [] }, as('lead'))), 'INVALID_INPUT')
    assert.equal(code(() => checkCompletion(allDone, { note: '  ', photos: ['/a.jpg'] }, as('lead'))), 'INVALID_INPUT')
    assert.equal(checkCompletion(allDone, { note: '完成', photos: ['/a.jpg'] }, as('lead')), 'done')
    assert.equal(checkCompletion({ ...allDone, milestones: [] }, { note: '完成', photos: ['/a.jpg'] }, as('lead')), 'done')
  })

  it('progress is milestones done of all', () => {
    assert.equal(progressOf(base.milestones), 50)
    assert.equal(progressOf([]), 0)
  })
})
