import assert from 'node:assert/strict'
import { afterAll, beforeAll, describe, it } from '@jest/globals'
import { ledgerId, pointsForHours } from '../../src/domain/points'
import { harness, type Harness } from '../helpers/harness'

describe('双报到: report, posts, hours, roster', () => {
  let h: Harness
  beforeAll(async () => {
    h = await harness()
  })
  afterAll(() => h.close())

  it('members.report registers workplace and skills', async () => {
    await h.err('demo-resident', 'members', 'report', { workplace: '某单位', skills: [] }, 'FORBIDDEN')
    await h.err('m-zhou', 'members', 'report', { workplace: '', skills: [] }, 'INVALID_INPUT')
    await h.err('m-zhou', 'wishes', 'joinPost', { postId: 'post-elder' }, 'FORBIDDEN')
    const p = await h.ok('m-zhou', 'members', 'report', { workplace: '市自然资源局测绘党支部', skills: ['测绘', '摄影', '摄影'] })
    assert.equal(p.workplace, '市自然资源局测绘党支部')
    assert.deepEqual(p.skills, ['测绘', '摄影'])
  })

  it('a reported member takes posts (idempotently) and logs hours there', async () => {
    const posts = await h.ok('m-zhou', 'wishes', 'posts', {})
    assert.deepEqual(posts.items.slice(0, 3).map((p) => p.name), ['网格联络', '助老', '文明劝导'])
    await h.err('m-zhou', 'wishes', 'logHours', { postId: 'post-elder', date: '2026-11-22', hours: 2, note: '探望' }, 'FORBIDDEN')
    await Promise.all([1, 2, 3].map(() => h.ok('m-zhou', 'wishes', 'joinPost', { postId: 'post-elder' })))
    assert.equal(await h.store.count('post_joins', { openid: 'm-zhou' }), 1)
    assert.ok((await h.ok('m-zhou', 'wishes', 'posts', {})).items.find((p) => p.id === 'post-elder')?.joined)
    await h.err('m-zhou', 'wishes', 'logHours', { postId: 'post-elder', date: '2026-11-25', hours: 2, note: '探望' }, 'TOO_EARLY')
    await h.err('m-zhou', 'wishes', 'logHours', { postId: 'post-elder', date: '2026-11-22', hours: 20, note: '探望' }, 'INVALID_INPUT')
    const log = await h.ok('m-zhou', 'wishes', 'logHours', { postId: 'post-elder', date: '2026-11-22', hours: 2.5, note: '上门看望钱阿婆，帮她换了灯泡' })
    assert.equal(log.state, 'pending')
    assert.equal((await h.ok('m-zhou', 'wishes', 'hours', { scope: 'mine' })).items[0].id, log.id)
  })

  it('staff confirm hours once, under concurrency; points follow pointsForHours', async () => {
    await h.err('m-zhou', 'wishes', 'hours', { scope: 'pending' }, 'FORBIDDEN')
    const pending = await h.ok('demo-staff', 'wishes', 'hours', { scope: 'pending' })
    const log = pending.items.find((l) => l.name === '周立平')!
    await h.err('m-zhou', 'wishes', 'decideHours', { id: log.id, accept: true }, 'FORBIDDEN')
    const before = (await h.ok('m-zhou', 'members', 'me', {})).points
    const rs = await Promise.all([
      ...Array.from({ length: 10 }, () => h.call('demo-staff', 'wishes', 'decideHours', { id: log.id, accept: true })),
      ...Array.from({ length: 10 }, () => h.call('demo-secretary', 'wishes', 'decideHours', { id: log.id, accept: false, reason: '重复登记' })),
    ])
    const wins = rs.filter((r) => r.ok)
    assert.equal(wins.length, 1)
    assert.ok(rs.every((r) => r.ok || r.error.code === 'ALREADY_DONE'))
    const state = (wins[0].ok && (wins[0].data as { state: string }).state) as string
    const after = (await h.ok('m-zhou', 'members', 'me', {})).points
    assert.equal(after - before, state === 'confirmed' ? pointsForHours(2.5) : 0)
    assert.equal(!!(await h.store.get('points_ledger', ledgerId('service', log.id, 'm-zhou'))), state === 'confirmed')
  })

  it('the roster shows who reported and what they did this year', async () => {
    await h.err('demo-resident', 'wishes', 'roster', {}, 'FORBIDDEN')
    const roster = await h.ok('demo-staff', 'wishes', 'roster', {})
    assert.equal(roster.year, 2026)
    const li = roster.items.find((r) => r.name === '李建国')!
    assert.equal(li.workplace, '区发改局机关第二党支部')
    assert.deepEqual(li.posts.sort(), ['助老', '文明劝导'].sort())
    assert.equal(li.hours, 3, 'confirmed hours only')
    assert.equal(li.wishes, 1)
    assert.ok(roster.items.some((r) => r.name === '周立平'))
    assert.ok(!roster.items.some((r) => r.name === '孙德明'), 'not reported, not listed')
  })
})
