import assert from 'node:assert/strict'
import { describe, it } from '@jest/globals'
import { distanceMeters, duplicateCandidates } from '../../src/domain/tickets/geo'
import { newTicket, SYSTEM, transition, type Actor, type Command } from '../../src/domain/tickets/machine'
import { DEFAULT_SETTINGS, type TicketDoc } from '../../src/domain/tickets/model'
import { median, scorecards, scorecardsCsv } from '../../src/domain/tickets/stats'
import { describeEntry } from '../../src/domain/tickets/timeline'

const T0 = Date.parse('2026-11-01T02:00:00.000Z')
const H = 3_600_000
const at = (h: number) => new Date(T0 + h * H)

const secretary: Actor = { openid: 'sec', roles: ['secretary'], communityId: 'c1' }
const zhujian: Actor = { openid: 'lz', roles: ['liaison'], communityId: 'c1', departmentId: 'dept-zhujian' }
const chengguan: Actor = { openid: 'lc', roles: ['liaison'], communityId: 'c1', departmentId: 'dept-chengguan' }
const resident: Actor = { openid: 'r1', roles: ['resident'], communityId: 'c1' }

function ticket(id: string, extra: Partial<TicketDoc> = {}, createdH = 0): TicketDoc {
  return {
    ...newTicket({ _id: id, communityId: 'c1', title: '水管爆了', description: '3幢楼下', category: 'water', images: [], submitter: 'r1' }, at(createdH)),
    ...extra,
  }
}

function play(t: TicketDoc, steps: [Actor, Command, number][]): TicketDoc {
  return steps.reduce((x, [actor, c, h]) => transition(x, actor, c, at(h), DEFAULT_SETTINGS).next, t)
}

describe('duplicate hint', () => {
  it('haversine: one degree of latitude is about 111.2 km; 0.001° of longitude here about 96 m', () => {
    assert.equal(Math.round(distanceMeters({ lat: 29, lng: 121 }, { lat: 30, lng: 121 }) / 100), 1112)
    assert.equal(Math.round(distanceMeters({ lat: 29.8712, lng: 121.5443 }, { lat: 29.8712, lng: 121.5453 })), 96)
    assert.equal(distanceMeters({ lat: 29.8712, lng: 121.5443 }, { lat: 29.8712, lng: 121.5443 }), 0)
  })

  it('open tickets of the same category within 200 m in the last 30 days, nearest first', () => {
    const here = { lat: 29.8712, lng: 121.5443 }
    const loc = (dLng: number) => ({ location: { address: '望湖路', lat: here.lat, lng: here.lng + dLng } })
    const now = at(24 * 40)
    const list = [
      ticket('near', loc(0.001), 24 * 35),
      ticket('nearest', loc(0.0005), 24 * 35),
      ticket('far', loc(0.003), 24 * 35),
      ticket('old', loc(0.0001), 24 * 9),
      ticket('closed', { ...loc(0.0001), state: 'closed' }, 24 * 35),
      ticket('other', { ...loc(0.0001), category: 'noise' }, 24 * 35),
      ticket('nopoint', { location: { address: '望湖路' } }, 24 * 35),
    ]
    assert.deepEqual(
      duplicateCandidates(list, 'water', here, now).map((c) => [c.ticket._id, c.distance]),
      [['nearest', 48], ['near', 96]],
    )
  })
})

describe('scorecards', () => {
  it('counts dispatches, on-time 报到, resolutions, reopens, ratings and default satisfaction', () => {
    const accept: [Actor, Command, number] = [secretary, { action: 'accept' }, 0]
    const whistle = (lead: string, co: string[], h: number): [Actor, Command, number] => [secretary, { action: 'whistle', leadDepartmentId: lead, coDepartmentIds: co, priority: 'normal' }, h]
    // 1: zhujian leads (acks in 2 h, resolves at 50 h), chengguan co (acks late, 30 h); reopened once; rated 5
    const t1 = play(ticket('t1'), [
      accept, whistle('dept-zhujian', ['dept-chengguan'], 1),
      [zhujian, { action: 'acknowledge' }, 3], [chengguan, { action: 'acknowledge' }, 31],
      [zhujian, { action: 'resolve', summary: '换管' }, 51], [secretary, { action: 'verify', accept: false, reason: '还漏' }, 52],
      [zhujian, { action: 'resolve', summary: '再换' }, 60], [secretary, { action: 'verify', accept: true }, 61],
      [resident, { action: 'rate', score: 5 }, 62],
    ])
    // 2: chengguan leads, acks in 4 h, resolves at 25 h, nobody rates → satisfied by default
    const t2 = play(ticket('t2'), [
      accept, whistle('dept-chengguan', [], 1),
      [chengguan, { action: 'acknowledge' }, 5], [chengguan, { action: 'resolve', summary: '拆除' }, 26],
      [secretary, { action: 'verify', accept: true }, 27], [SYSTEM, { action: 'auto_close' }, 27 + 7 * 24],
    ])
    // 3: zhujian leads, never acknowledges, then asks for a transfer; re-dispatched after the period
    const t3 = play(ticket('t3'), [accept, whistle('dept-zhujian', [], 2), [zhujian, { action: 'request_transfer', reason: '不归我们' }, 40], whistle('dept-chengguan', [], 24 * 40)])
    const rows = scorecards([t1, t2, t3], [{ _id: 'dept-zhujian', name: '住建' }, { _id: 'dept-chengguan', name: '城管' }, { _id: 'dept-xiaofang', name: '消防' }], at(0).toISOString(), at(24 * 30).toISOString())
    const [zj, cg, xf] = rows
    assert.deepEqual(
      { d: zj.dispatched, ack: zj.acknowledged, onTime: zj.acknowledgedOnTime, led: zj.led, res: zj.resolved, re: zj.reopened, tr: zj.transferred, rated: zj.rated, sat: zj.satisfied },
      { d: 2, ack: 1, onTime: 1, led: 2, res: 1, re: 1, tr: 1, rated: 1, sat: 1 },
    )
    assert.equal(zj.responseRate, 0.5)
    assert.equal(zj.resolutionRate, 0.5)
    assert.equal(zj.satisfactionRate, 1)
    assert.equal(zj.medianAckHours, 2)
    assert.equal(zj.medianResolveHours, 50)
    assert.deepEqual([cg.dispatched, cg.acknowledged, cg.acknowledgedOnTime, cg.led, cg.resolved, cg.satisfiedByDefault], [2, 2, 1, 1, 1, 1])
    assert.equal(cg.medianAckHours, 17, 'median of 30 h and 4 h')
    assert.equal(cg.satisfactionRate, 1)
    assert.equal(xf.dispatched, 0)
    assert.equal(xf.responseRate, null)
    const csv = scorecardsCsv(rows).split('\n')
    assert.equal(csv[0].split(',')[0], '部门')
    assert.equal(csv[1], '住建,2,1,1,2,1,1,1,1,1,0,50%,50%,100%,2,50')
    assert.equal(csv.length, 5)
  })

  it('median of odd, even and empty lists', () => {
    assert.equal(median([5, 1, 3]), 3)
    assert.equal(median([4, 1, 3, 2]), 2.5)
    assert.equal(median([]), null)
  })
})

describe('plain-language timeline', () => {
  it('reads like a sentence to the resident', () => {
    const name = (id: string) => ({ 'dept-chengguan': '区城管', 'dept-xiaofang': '区消防' })[id] ?? id
    assert.equal(describeEntry({ at: '', by: 's', role: 'secretary', action: 'whistle', departmentIds: ['dept-chengguan', 'dept-xiaofang'], deadline: '2026-11-25T02:00:00.000Z' }, name), '社区书记“吹哨”，请区城管牵头、区消防协同办理，要求11月25日 10:00前报到')
    assert.equal(describeEntry({ at: '', by: 'l', role: 'liaison', action: 'acknowledge', departmentId: 'dept-chengguan' }, name), '区城管已报到，接手这个问题')
    assert.equal(describeEntry({ at: '', by: 'r', role: 'resident', action: 'rate', score: 5, note: '很快' }, name), '评价 5 星：很快')
  })
})
