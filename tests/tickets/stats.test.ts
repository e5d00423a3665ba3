import assert from 'node:assert/strict'
import { afterAll, beforeAll, describe, it } from '@jest/globals'
import { harness, type Harness } from '../helpers/harness'
import { CHENGGUAN, RESIDENT, SEC, submit, ZHUJIAN } from './helpers'

describe('tickets: department scorecards', () => {
  let h: Harness
  beforeAll(async () => {
    h = await harness()
  })
  afterAll(() => h.close())

  it('counts the period’s dispatches per department, with rates, medians and a CSV', async () => {
    h.clock.set('2026-12-01T01:00:00.000Z')
    const from = h.clock.now().toISOString()
    const light = await submit(h, { title: '路灯不亮', description: '5幢旁路灯坏了', category: 'street_light' })
    await h.ok(SEC, 'tickets', 'triage', { id: light, decision: 'accept' })
    await h.ok(SEC, 'tickets', 'whistle', { id: light, priority: 'normal' })
    h.clock.advance(3 * 60)
    await h.ok(CHENGGUAN, 'tickets', 'acknowledge', { id: light })
    h.clock.advance(21 * 60)
    await h.ok(CHENGGUAN, 'tickets', 'resolve', { id: light, summary: '已更换灯头' })
    await h.ok(SEC, 'tickets', 'verify', { id: light, accept: true })
    await h.ok(RESIDENT, 'tickets', 'rate', { id: light, score: 5 })
    const wall = await submit(h)
    await h.ok(SEC, 'tickets', 'triage', { id: wall, decision: 'accept' })
    await h.ok(SEC, 'tickets', 'whistle', { id: wall, priority: 'urgent', coDepartmentIds: ['dept-chengguan'] })
    h.clock.advance(3 * 60)
    await h.ok(ZHUJIAN, 'tickets', 'acknowledge', { id: wall })

    const s = await h.ok('demo-staff', 'tickets', 'stats', { from })
    const cg = s.departments.find((d) => d.departmentId === 'dept-chengguan')!
    assert.deepEqual([cg.dispatched, cg.acknowledgedOnTime, cg.led, cg.resolved, cg.satisfied], [2, 1, 1, 1, 1])
    assert.equal(cg.responseRate, 0.5)
    assert.equal(cg.resolutionRate, 1)
    assert.equal(cg.satisfactionRate, 1)
    assert.equal(cg.medianAckHours, 3)
    assert.equal(cg.medianResolveHours, 24)
    const zj = s.departments.find((d) => d.departmentId === 'dept-zhujian')!
    assert.deepEqual([zj.dispatched, zj.acknowledged, zj.acknowledgedOnTime], [1, 1, 0], 'urgent: 3 h is late')
    assert.ok(!s.departments.some((d) => d.departmentId === 'dept-street'))
    const lines = s.csv.trim().split('\n')
    assert.ok(lines[0].startsWith('部门,派单,报到,按时报到'))
    assert.ok(lines.includes('区综合行政执法局（城管）,2,1,1,1,1,0,0,1,1,0,50%,100%,100%,3,24'), s.csv)
    await h.err(RESIDENT, 'tickets', 'stats', {}, 'FORBIDDEN')
    await h.err(ZHUJIAN, 'tickets', 'stats', {}, 'FORBIDDEN')
    await h.err(SEC, 'tickets', 'stats', { from, to: from }, 'INVALID_INPUT')
  })
})
