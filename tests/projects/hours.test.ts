import assert from 'node:assert/strict'
import { afterAll, beforeAll, describe, it } from '@jest/globals'
import type { MemberDoc } from '../../cloudfunctions/_runtime/identity'
import type { HoursDoc } from '../../cloudfunctions/wishes/hours'
import type { Harness } from '../helpers/harness'
import { projectsHarness, underWay } from './helpers'

const member = (h: Harness, id: string) => h.store.get<MemberDoc>('members', id) as Promise<MemberDoc>
const yearPoints = async (h: Harness, id: string) => (await h.store.get<{ _id: string; points: number }>('points_years', `2026:${id}`))?.points ?? 0
const dutyHours = async (h: Harness, id: string) => (await h.store.get<{ _id: string; hours: number }>('duty_years', `2026:${id}`))?.hours ?? 0

describe('projects: hours flow to the people who did the work', () => {
  let h: Harness
  let id: string
  beforeAll(async () => {
    h = await projectsHarness()
    id = await underWay(h)
  })
  afterAll(() => h.close())

  it('a team member logs hours; ten confirmations at once land them in 双报到 hours and award the points exactly once', async () => {
    const log = await h.ok('m-zhou', 'projects', 'logHours', { projectId: id, date: '2026-11-22', hours: 2.5, note: '8 幢楼道清理' })
    assert.equal(log.state, 'pending')
    const [pointsBefore, yearBefore, dutyBefore] = [(await member(h, 'm-zhou')).points, await yearPoints(h, 'm-zhou'), await dutyHours(h, 'm-zhou')]

    const results = await Promise.all(Array.from({ length: 10 }, () => h.call('demo-secretary', 'projects', 'decideHours', { id: log.id, accept: true })))
    assert.equal(results.filter((r) => r.ok).length, 1, JSON.stringify(results.find((r) => !r.ok && r.error.code !== 'ALREADY_DONE')))
    assert.ok(results.every((r) => r.ok || r.error.code === 'ALREADY_DONE'))

    const ledger = await h.store.queryAll<{ _id: string; amount: number; reason: string }>('points_ledger', { where: { openid: 'm-zhou' } }, { max: 1000 })
    const mine = ledger.filter((e) => e._id === `service:project-${log.id}:m-zhou`)
    assert.equal(mine.length, 1)
    assert.equal(mine[0].amount, 5)
    assert.equal((await member(h, 'm-zhou')).points, pointsBefore + 5)
    assert.equal(await yearPoints(h, 'm-zhou'), yearBefore + 5)
    assert.equal(await dutyHours(h, 'm-zhou'), dutyBefore + 2.5)

    const service = await h.store.get<HoursDoc>('service_hours', `project-${log.id}`)
    assert.ok(service, 'the hours are in 双报到 hours')
    assert.equal(service.state, 'confirmed')
    assert.equal(service.communityId, 'c-wanghu')
    assert.equal(service.hours, 2.5)
    // and they show where the member looks at their hours
    const detail = await h.ok('m-zhou', 'projects', 'get', { id })
    assert.equal(detail.hours.find((x) => x.id === log.id)?.state, 'confirmed')
    const notices = await h.store.queryAll<{ _id: string; title: string }>('outbox', { where: { to: 'm-zhou' } }, { max: 1000 })
    assert.equal(notices.filter((n) => n.title === '服务时长已确认，积分 +5').length, 1)
    // and they show where the member looks at their 双报到 hours
    const hours = await h.ok('m-zhou', 'wishes', 'hours', { scope: 'mine' })
    assert.ok(hours.items.some((x) => x.id === `project-${log.id}` && x.state === 'confirmed' && x.points === 5))
  })

  it('the leader records hours for a team member; a rejection awards nothing', async () => {
    const log = await h.ok('demo-secretary', 'projects', 'logHours', { projectId: id, openid: 'm-hu', date: '2026-11-23', hours: 1, note: '陪诊' })
    assert.equal(log.openid, 'm-hu')
    assert.equal(log.name, '胡晓燕')
    const before = (await member(h, 'm-hu')).points
    await h.ok('demo-staff', 'projects', 'decideHours', { id: log.id, accept: false, reason: '当天未到岗' })
    await h.err('demo-secretary', 'projects', 'decideHours', { id: log.id, accept: true }, 'ALREADY_DONE')
    assert.equal((await member(h, 'm-hu')).points, before)
    assert.equal(await h.store.get('service_hours', `project-${log.id}`), null)
  })

  it('who may log and confirm', async () => {
    // not in a claiming team
    await h.err('m-sun', 'projects', 'logHours', { projectId: id, date: '2026-11-22', hours: 1, note: '帮忙' }, 'FORBIDDEN')
    // a team member may not record for someone else
    await h.err('m-zhou', 'projects', 'logHours', { projectId: id, openid: 'm-hu', date: '2026-11-22', hours: 1, note: '帮忙' }, 'FORBIDDEN')
    // the leader may not record for someone outside the teams
    await h.err('demo-secretary', 'projects', 'logHours', { projectId: id, openid: 'm-sun', date: '2026-11-22', hours: 1, note: '帮忙' }, 'FORBIDDEN')
    // a day that has not come
    await h.err('m-zhou', 'projects', 'logHours', { projectId: id, date: '2026-11-30', hours: 1, note: '帮忙' }, 'TOO_EARLY')
    // no one confirms their own
    const own = await h.ok('demo-secretary', 'projects', 'logHours', { projectId: id, date: '2026-11-22', hours: 2, note: '组织协调' })
    await h.err('demo-secretary', 'projects', 'decideHours', { id: own.id, accept: true }, 'FORBIDDEN')
    // a member cannot confirm at all
    const log = await h.ok('m-zhou', 'projects', 'logHours', { projectId: id, date: '2026-11-21', hours: 1, note: '楼道巡查' })
    await h.err('demo-member', 'projects', 'decideHours', { id: log.id, accept: true }, 'FORBIDDEN')
    // the team member sees only their own logs on the page; the leader sees all
    const asZhou = await h.ok('m-zhou', 'projects', 'get', { id })
    assert.ok(asZhou.hours.every((x) => x.openid === 'm-zhou'))
    const asLeader = await h.ok('demo-secretary', 'projects', 'get', { id })
    assert.ok(asLeader.hours.some((x) => x.openid === 'demo-secretary'))
    const workers = await h.ok('demo-secretary', 'projects', 'workers', { projectId: id })
    assert.ok(workers.items.some((w) => w.openid === 'm-hu' && w.teamName === '望湖红马甲志愿服务队'))
    await h.err('demo-member', 'projects', 'workers', { projectId: id }, 'FORBIDDEN')
  })
})
