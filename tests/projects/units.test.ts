import assert from 'node:assert/strict'
import { afterAll, beforeAll, describe, it } from '@jest/globals'
import type { Harness } from '../helpers/harness'
import { draft, memberUnit, projectsHarness } from './helpers'

/** A 大党委 member unit's claim names a unit of member_units the caller sees; its name is the unit's own. */
describe('projects: member units claim projects', () => {
  let h: Harness
  beforeAll(async () => {
    h = await projectsHarness()
  })
  afterAll(() => h.close())

  const open = async (who: string, over: Parameters<typeof draft>[0] = {}) => {
    const p = await h.ok(who, 'projects', 'save', draft(over))
    await h.ok(who, 'projects', 'move', { id: p.id, move: 'publish' })
    return p.id
  }

  it('an unknown unit is NOT_FOUND with a Chinese message, and nothing is written', async () => {
    const id = await open('demo-secretary')
    const r = await h.call('demo-secretary', 'projects', 'claim', { projectId: id, claimant: { kind: 'unit', unitId: 'mu-no-such-unit' } })
    assert.ok(!r.ok)
    assert.equal(r.error.code, 'NOT_FOUND')
    assert.match(r.error.message, /成员单位/)
    assert.equal(await h.store.count('project_claims', { projectId: id }), 0)
  })

  it('a unit of the other street, or of another community, is NOT_FOUND: the caller does not see it', async () => {
    // 红枫's street secretary, on a street project: 云溪小学 belongs to 白云街道
    const street = await open('demo-street-secretary', { unitId: 's-hongfeng', communityIds: ['c-wanghu', 'c-hepan'] })
    await h.err('demo-street-secretary', 'projects', 'claim', { projectId: street, claimant: { kind: 'unit', unitId: 'mu-yunxi-school' } }, 'NOT_FOUND')
    // 河畔's secretary, on her community's project: 望湖's 供电所 is not hers to see; the street's 医院 is
    const hepan = await open('demo-secretary-hepan', { unitId: 'c-hepan' })
    await h.err('demo-secretary-hepan', 'projects', 'claim', { projectId: hepan, claimant: { kind: 'unit', unitId: 'mu-power' } }, 'NOT_FOUND')
    assert.equal(await h.store.count('project_claims', { projectId: street }), 0)
    assert.equal(await h.store.count('project_claims', { projectId: hepan }), 0)
    const ok = await h.ok('demo-secretary-hepan', 'projects', 'claim', { projectId: hepan, claimant: { kind: 'unit', unitId: 'mu-hospital' } })
    assert.equal(ok.claimantName, '明州区第二人民医院')
  })

  it('the name comes from the unit document; the input cannot carry one', async () => {
    const id = await open('demo-secretary')
    await h.err('demo-secretary', 'projects', 'claim', { projectId: id, claimant: { kind: 'unit', unitId: 'mu-power', name: '随便写的单位' } }, 'INVALID_INPUT')
    const c = await h.ok('demo-secretary', 'projects', 'claim', { projectId: id, claimant: { kind: 'unit', unitId: 'mu-power' }, note: '派 2 名电工党员检查线路' })
    assert.equal(c.id, `${id}:mu-power`)
    assert.equal(c.kind, 'unit')
    assert.equal(c.claimantName, '国网明州供电公司红枫供电所')
    const doc = await h.store.get<{ _id: string; claimantName: string; unitId: string }>('project_claims', c.id)
    assert.equal(doc?.claimantName, '国网明州供电公司红枫供电所')
    assert.equal(doc?.unitId, 'c-wanghu')
  })

  it("the project's side is offered the units it sees without a claim; others are offered none", async () => {
    await h.store.insert('member_units', memberUnit('mu-t-yunxi', '云溪测试单位', 'c-yunxi'))
    const id = await open('demo-secretary')
    await h.ok('demo-secretary', 'projects', 'claim', { projectId: id, claimant: { kind: 'unit', unitId: 'mu-fgj' } })
    const lead = await h.ok('demo-secretary', 'projects', 'get', { id })
    const offered = lead.unitsToClaim.map((u) => u.id)
    for (const u of ['mu-power', 'mu-property', 'mu-school', 'mu-hospital', 'mu-express']) assert.ok(offered.includes(u), u)
    for (const u of ['mu-fgj', 'mu-police', 'mu-hepan-property', 'mu-yunxi-school', 'mu-t-yunxi']) assert.ok(!offered.includes(u), u)
    assert.equal(lead.unitsToClaim.find((u) => u.id === 'mu-power')?.name, '国网明州供电公司红枫供电所')
    assert.ok(lead.claims.some((c) => c.claimantId === 'mu-fgj' && c.claimantName === '明州区发展和改革局'))
    assert.deepEqual((await h.ok('demo-member', 'projects', 'get', { id })).unitsToClaim, [], 'a team leader records no unit claim')
    assert.deepEqual((await h.ok('demo-resident', 'projects', 'get', { id })).unitsToClaim, [])
    // a withdrawn claim is offered again
    await h.ok('demo-secretary', 'projects', 'withdrawClaim', { id: `${id}:mu-fgj` })
    assert.ok((await h.ok('demo-secretary', 'projects', 'get', { id })).unitsToClaim.some((u) => u.id === 'mu-fgj'))
  })
})
