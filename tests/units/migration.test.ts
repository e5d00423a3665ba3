/**
 * The migration that puts a deployment of one community (written before units) under a street:
 * idempotent, and what worked before keeps working after it.
 */
import assert from 'node:assert/strict'
import { afterAll, beforeAll, describe, it } from '@jest/globals'
import { readSeeds, resolveTimes } from '../../cloudfunctions/_local/seed'
import { migrateToStreets } from '../../cloudfunctions/members/units'
import type { ConfigDoc, MemberDoc } from '../../cloudfunctions/_runtime/identity'
import { harness, type Harness } from '../helpers/harness'

const AT = '2026-01-01T00:00:00.000Z'
const member = (id: string, roles: string[], extra: Record<string, unknown> = {}) => ({ _id: id, name: id, roles, communityId: 'c-old', points: 0, createdAt: AT, updatedAt: AT, ...extra })

describe('migration to streets', () => {
  let h: Harness
  beforeAll(async () => {
    h = await harness({ seed: false })
    const s = h.store
    await s.insert('config', { _id: 'main', defaultCommunityId: 'c-old', streetName: '老城街道', appName: '红驿' })
    await s.insert('communities', { _id: 'c-old', name: '老城社区' })
    await s.insert('grids', { _id: 'g-old-1', communityId: 'c-old', name: '老城第一网格' })
    await s.insert('departments', { _id: 'dept-a', name: '区住建局' })
    await s.insert('services', { _id: 'svc-a', name: '上门助老', active: true, kind: 'homecare', sort: 1 })
    await s.insert('members', member('sec', ['member', 'secretary']))
    await s.insert('members', member('liaison', ['liaison'], { departmentId: 'dept-a' }))
    await s.insert('members', member('boss', ['admin']))
    await s.insert('members', member('resident', []))
    await s.insert('audit', { _id: 'a-old', at: AT, by: 'boss', action: 'grantRole', target: 'sec', details: { role: 'secretary' } })
    // a whistled ticket as the old deployment kept it
    const seeded = readSeeds().find((f) => f.collection === 'tickets')!.docs.find((d) => d._id === 'tk-seed-illegal-building')!
    const old = resolveTimes(seeded, new Date(AT)) as unknown as Record<string, unknown> & { departments: { departmentId: string }[] }
    await s.insert('tickets', { ...old, _id: 't1', communityId: 'c-old', submitter: 'resident', departmentIds: ['dept-a'], departments: old.departments.map((d) => ({ ...d, departmentId: 'dept-a' })) })
  })
  afterAll(() => h.close())

  it('puts the community, its grids, departments and services under a default street, and each role in a unit', async () => {
    const report = await migrateToStreets(h.store, new Date(AT))
    assert.deepEqual(report, { units: 3, communities: 1, departments: 1, services: 1, members: 4, audit: 1 })
    const cfg = (await h.store.get<ConfigDoc>('config', 'main'))!
    assert.deepEqual(Object.keys(cfg.units ?? {}).sort(), ['c-old', 'g-old-1', 's-default'])
    assert.equal(cfg.units?.['s-default'].name, '老城街道', 'the street is named from the old config')
    assert.equal(cfg.units?.['c-old'].parentId, 's-default')
    assert.equal((await h.store.get('communities', 'c-old'))?.streetId, 's-default')
    assert.equal((await h.store.get('departments', 'dept-a'))?.unitId, 's-default')
    assert.equal((await h.store.get('services', 'svc-a'))?.unitId, 's-default')
    const sec = (await h.store.get<MemberDoc>('members', 'sec'))!
    assert.deepEqual(sec.unitRoles, [{ role: 'member', unitId: 'c-old' }, { role: 'secretary', unitId: 'c-old' }])
    assert.deepEqual((await h.store.get<MemberDoc>('members', 'liaison'))?.unitRoles, [{ role: 'liaison', unitId: 's-default' }], "a liaison answers for the department's unit")
    assert.deepEqual((await h.store.get<MemberDoc>('members', 'boss'))?.unitRoles, [{ role: 'admin', unitId: 's-default' }], 'an admin at the top of the tree')
    assert.deepEqual((await h.store.get<MemberDoc>('members', 'resident'))?.unitRoles, [])
    assert.equal((await h.store.get('audit', 'a-old'))?.unitId, 'c-old', "an old audit entry names the community of the person it is about")
  })

  it('a second run changes nothing', async () => {
    const before = JSON.stringify(await h.store.queryAll('members', {}, { max: 10 }))
    assert.deepEqual(await migrateToStreets(h.store, new Date(AT)), { units: 0, communities: 0, departments: 0, services: 0, members: 0, audit: 0 })
    assert.equal(JSON.stringify(await h.store.queryAll('members', {}, { max: 10 })), before)
  })

  it('what worked before still works: the secretary sees her ticket, the liaison his department’s, the admin grants roles', async () => {
    const mine = await h.ok('sec', 'tickets', 'list', { scope: 'community' })
    assert.deepEqual(mine.items.map((t) => t.id), ['t1'])
    const dept = await h.ok('liaison', 'tickets', 'list', { scope: 'department' })
    assert.deepEqual(dept.items.map((t) => t.id), ['t1'])
    const granted = await h.ok('boss', 'members', 'grantRole', { openid: 'resident', role: 'staff' })
    assert.deepEqual(granted.unitRoles.map((r) => [r.role, r.unitId, r.unitName]), [['staff', 'c-old', '老城街道 · 老城社区']])
  })

  it('a community added later without a street joins the one street there is', async () => {
    await h.store.insert('communities', { _id: 'c-new', name: '新建社区' })
    const report = await migrateToStreets(h.store, new Date(AT))
    assert.equal(report.units, 1)
    assert.equal((await h.store.get('communities', 'c-new'))?.streetId, 's-default')
  })
})
