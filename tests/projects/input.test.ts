import assert from 'node:assert/strict'
import { afterAll, beforeAll, describe, it } from '@jest/globals'
import type { Harness } from '../helpers/harness'
import { draft, projectsHarness, underWay } from './helpers'

describe('projects: bad input is refused with a code and nothing changes', () => {
  let h: Harness
  let id: string
  beforeAll(async () => {
    h = await projectsHarness()
    id = await underWay(h)
  })
  afterAll(() => h.close())

  it('each bad form answers INVALID_INPUT (or what it is) and writes nothing', async () => {
    const before = await h.store.count('projects')
    const cases: [string, unknown][] = [
      ['save', {}],
      ['save', draft({ title: '' })],
      ['save', draft({ title: 'x'.repeat(41) })],
      ['save', draft({ startDate: '2026-13-01' })],
      ['save', draft({ startDate: '2026-02-30' })],
      ['save', draft({ startDate: '2027-02-01', endDate: '2027-01-01' })],
      ['save', draft({ milestones: [{ title: '节点', due: 'tomorrow' }] })],
      ['save', draft({ milestones: Array.from({ length: 13 }, (_, i) => ({ title: `节点${i}`, due: '2026-12-01' })) })],
      ['save', { ...draft(), extra: 1 }],
      ['save', draft({ title: '含\u202e控制字符' })],
      ['move', { id, move: 'finish' }],
      ['move', { id }],
      ['milestone', { id, milestoneId: 'm1' }],
      ['complete', { id, note: '', photos: ['/a.jpg'] }],
      ['complete', { id, note: '好', photos: Array.from({ length: 10 }, () => '/a.jpg') }],
      ['claim', { projectId: id, claimant: { kind: 'person', openid: 'demo-member' } }],
      ['claim', { projectId: id, claimant: { kind: 'unit', unitId: 'mu-power', name: '自己写的名字' } }],
      ['logHours', { projectId: id, date: '2026-11-20', hours: 0.2, note: '太短' }],
      ['logHours', { projectId: id, date: '2026-11-20', hours: 13, note: '太长' }],
      ['logHours', { projectId: id, date: '2026/11/20', hours: 1, note: '格式' }],
      ['logHours', { projectId: id, openid: '../../x', date: '2026-11-20', hours: 1, note: '格式' }],
      ['decideHours', { id: 'x', accept: 'yes' }],
      ['get', { id: '' }],
      ['list', { state: 'finished' }],
      ['list', { limit: 1000 }],
      ['createTeam', { unitId: 'c-wanghu', name: '' }],
    ]
    for (const [act, data] of cases) {
      const r = await h.call('demo-secretary', 'projects', act, data)
      assert.ok(!r.ok, `${act} ${JSON.stringify(data).slice(0, 80)} was accepted`)
      assert.equal(r.error.code, 'INVALID_INPUT', `${act} ${JSON.stringify(data).slice(0, 80)}: ${r.error.code} ${r.error.message}`)
      assert.match(r.error.message, /[\u4e00-\u9fa5]/, 'a Chinese message')
    }
    assert.equal(await h.store.count('projects'), before)
    await h.err('demo-secretary', 'projects', 'get', { id: 'no-such-project' }, 'NOT_FOUND')
    await h.err('demo-secretary', 'projects', 'move', { id: 'no-such-project', move: 'start' }, 'NOT_FOUND')
    await h.err('demo-member', 'projects', 'joinTeam', { teamId: 'no-such-team' }, 'NOT_FOUND')
    await h.err('demo-member', 'projects', 'claim', { projectId: id, claimant: { kind: 'team', teamId: 'no-such-team' } }, 'NOT_FOUND')
    await h.err('demo-resident', 'projects', 'save', draft(), 'FORBIDDEN')
    await h.err(null, 'projects', 'list', {}, 'UNAUTHENTICATED')
    await h.err('demo-member', 'projects', 'nope', {}, 'INVALID_INPUT')
  })

  it('a member who does not lead the team cannot claim for it; a unit claim is recorded only by the project side', async () => {
    await h.err('m-zhou', 'projects', 'claim', { projectId: 'proj-yilao', claimant: { kind: 'team', teamId: 'team-hongmajia' } }, 'FORBIDDEN')
    await h.err('demo-member', 'projects', 'claim', { projectId: 'proj-yilao', claimant: { kind: 'unit', unitId: 'mu-power' } }, 'FORBIDDEN')
    await h.err('m-zhou', 'projects', 'withdrawClaim', { id: 'proj-yilao:team-hongmajia' }, 'FORBIDDEN')
  })
})
