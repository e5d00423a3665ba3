import assert from 'node:assert/strict'
import { describe, it } from '@jest/globals'
import { communitiesOfStreet, openableStreets, streetOfCommunity, type UnitTree } from '../../src/domain/street/access'
import { streetCsv } from '../../src/domain/street/csv'
import { deptCountsOf, deptRows, emptyStats, pct, sameStats, sumStats, summaryOf, type MonthStats } from '../../src/domain/street/metrics'
import { addMonths, keyOf, monthOf, monthRange, monthsBetween, parsePeriod, periodOf, shiftPeriod, trendMonths } from '../../src/domain/street/period'
import { scorecards } from '../../src/domain/tickets/stats'
import { ME_LINKS, showsFor } from '../../src/pages/me/links'
import type { TicketDoc } from '../../src/domain/tickets/model'

describe('street periods (Asia/Shanghai)', () => {
  it('a month starts at local midnight of its first day', () => {
    assert.deepEqual(monthRange('2026-01'), { start: '2025-12-31T16:00:00.000Z', end: '2026-01-31T16:00:00.000Z' })
    // 23:30 UTC on 31 Oct is already 1 Nov in Shanghai
    assert.equal(monthOf('2026-10-31T16:30:00.000Z'), '2026-11')
    assert.equal(monthOf('2026-10-31T15:59:59.999Z'), '2026-10')
  })

  it('month arithmetic crosses years both ways', () => {
    assert.equal(addMonths('2026-01', -1), '2025-12')
    assert.equal(addMonths('2025-12', 1), '2026-01')
    assert.equal(addMonths('2026-11', -23), '2024-12')
    assert.deepEqual(monthsBetween('2025-11', '2026-02'), ['2025-11', '2025-12', '2026-01', '2026-02'])
    assert.deepEqual(monthsBetween('2026-02', '2026-01'), [])
  })

  it('parses months, quarters and years and refuses keys of another kind', () => {
    assert.deepEqual(parsePeriod('quarter', '2026Q4'), { kind: 'quarter', key: '2026Q4', label: '2026年第四季度', months: ['2026-10', '2026-11', '2026-12'] })
    assert.equal(parsePeriod('year', '2026')?.months.length, 12)
    assert.equal(parsePeriod('month', '2026-11')?.label, '2026年11月')
    assert.equal(parsePeriod('quarter', '2026-11'), null)
    assert.equal(parsePeriod('quarter', '2026Q5'), null)
    assert.equal(parsePeriod('month', '2026-00'), null)
    assert.equal(parsePeriod('year', '26'), null)
  })

  it('the period containing an instant, and the ones around it', () => {
    const now = '2026-12-31T17:00:00.000Z' // 1 Jan 2027, 01:00 in Shanghai
    assert.equal(periodOf('month', now).key, '2027-01')
    assert.equal(periodOf('quarter', now).key, '2027Q1')
    assert.equal(keyOf('quarter', '2026-06'), '2026Q2')
    assert.equal(shiftPeriod(parsePeriod('quarter', '2026Q1')!, -1).key, '2025Q4')
    assert.equal(shiftPeriod(parsePeriod('year', '2026')!, 1).key, '2027')
    assert.equal(shiftPeriod(parsePeriod('month', '2026-12')!, 1).key, '2027-01')
  })

  it('the trend shows at least six months, ending with the period', () => {
    assert.deepEqual(trendMonths(parsePeriod('month', '2026-02')!), ['2025-09', '2025-10', '2025-11', '2025-12', '2026-01', '2026-02'])
    assert.deepEqual(trendMonths(parsePeriod('quarter', '2026Q1')!).at(-1), '2026-03')
    assert.equal(trendMonths(parsePeriod('year', '2026')!).length, 12)
  })
})

const month = (patch: Partial<MonthStats>): MonthStats => ({ ...emptyStats(), ...patch })
const dept = (name: string, d: number, ack: number, led: number, res: number, sat: number, rated: number) => ({ name, dispatched: d, acknowledgedOnTime: ack, led, resolved: res, satisfied: sat, rated })

describe('street metrics', () => {
  it('months and communities add up count by count and department by department', () => {
    const a = month({ reported: 2, hours: 1.5, wishesPosted: 3, departments: { z: dept('住建', 4, 3, 4, 2, 1, 2) } })
    const b = month({ reported: 1, hours: 2.25, departments: { z: dept('住建', 1, 1, 1, 1, 1, 1), c: dept('城管', 2, 0, 2, 0, 0, 0) } })
    const s = sumStats([a, b])
    assert.equal(s.reported, 3)
    assert.equal(s.hours, 3.8)
    assert.deepEqual(s.departments.z, dept('住建', 5, 4, 5, 3, 2, 3))
    assert.deepEqual(sumStats([]), emptyStats())
  })

  it('rates are computed last, from the summed counts (not an average of rates)', () => {
    const s = sumStats([month({ departments: { z: dept('住建', 10, 9, 10, 9, 9, 9) } }), month({ departments: { c: dept('城管', 2, 0, 2, 0, 0, 1) } })])
    const sum = summaryOf(s)
    assert.equal(sum.tickets, 12)
    assert.equal(sum.responseRate, 0.75)
    assert.equal(sum.resolutionRate, 0.75)
    assert.equal(sum.satisfactionRate, 0.9)
    assert.equal(summaryOf(emptyStats()).responseRate, null)
    assert.equal(pct(null), '—')
    assert.equal(pct(0.875), '87.5%')
    assert.deepEqual(
      deptRows(s).map((d) => [d.name, d.responseRate]),
      [
        ['住建', 0.9],
        ['城管', 0],
      ],
    )
  })

  it('takes the department scorecards\' counts: default satisfaction counts as satisfied and rated', () => {
    const t = {
      _id: 't1',
      timeline: [
        { at: '2026-11-02T01:00:00.000Z', by: 's', action: 'whistle', departmentIds: ['z'], deadline: '2026-11-02T03:00:00.000Z' },
        { at: '2026-11-02T02:00:00.000Z', by: 'l', action: 'acknowledge', departmentId: 'z' },
        { at: '2026-11-03T02:00:00.000Z', by: 'l', action: 'resolve', departmentId: 'z' },
        { at: '2026-11-06T02:00:00.000Z', by: 'system', action: 'auto_close' },
      ],
    } as unknown as TicketDoc
    const counts = deptCountsOf(scorecards([t], [{ _id: 'z', name: '住建' }, { _id: 'c', name: '城管' }], '2026-10-31T16:00:00.000Z', '2026-11-30T16:00:00.000Z'))
    assert.deepEqual(counts, { z: dept('住建', 1, 1, 1, 1, 1, 1) })
  })

  it('bookings\' 满意率 and sameness of two months', () => {
    const s = month({ bookings: 5, bookingsRated: 4, bookingsSatisfied: 3 })
    assert.equal(summaryOf(s).bookingSatisfactionRate, 0.75)
    assert.ok(sameStats(s, { ...s, departments: {} }))
    assert.ok(!sameStats(s, { ...s, bookings: 6 }))
    assert.ok(sameStats(month({ departments: { a: dept('甲', 1, 0, 0, 0, 0, 0), b: dept('乙', 1, 0, 0, 0, 0, 0) } }), month({ departments: { b: dept('乙', 1, 0, 0, 0, 0, 0), a: dept('甲', 1, 0, 0, 0, 0, 0) } })))
  })
})

describe('street CSV', () => {
  it('opens in Excel with Chinese intact: BOM, CRLF, quoted cells, formulas defused', () => {
    const sum = summaryOf(month({ reported: 3, departments: { z: dept('住建', 4, 3, 4, 2, 1, 2) } }))
    const csv = streetCsv('红枫街道 2026年11月', [{ name: '望湖社区', summary: sum }, { name: '=新,城', summary: sum }], { name: '街道合计', summary: sum }, deptRows(month({ departments: { z: dept('住建', 4, 3, 4, 2, 1, 2) } })))
    assert.ok(csv.startsWith('\ufeff红枫街道 2026年11月\r\n社区,双报到党员(人)'))
    assert.ok(csv.endsWith('\r\n'))
    const lines = csv.slice(1).split('\r\n')
    assert.equal(lines[2].split(',').slice(0, 2).join(','), '望湖社区,3')
    assert.ok(lines[3].startsWith(`"'=新,城",`), lines[3])
    assert.ok(lines.includes('住建,4,2,75%,50%,50%'), lines.join('\n'))
    assert.ok(lines[2].includes(',75%,50%,50%,'))
  })
})

describe('who opens which street', () => {
  const tree: UnitTree = {
    d: { id: 'd', name: '区', level: 'district' },
    s1: { id: 's1', name: '甲街道', level: 'street', parentId: 'd' },
    c1: { id: 'c1', name: '一社区', level: 'community', parentId: 's1' },
    c2: { id: 'c2', name: '二社区', level: 'community', parentId: 's1' },
    s2: { id: 's2', name: '乙街道', level: 'street', parentId: 'd' },
    c3: { id: 'c3', name: '三社区', level: 'community', parentId: 's2' },
  }
  it('secretary or staff in a street, admin in the district; nothing for community roles', () => {
    assert.deepEqual(openableStreets(tree, [{ role: 'secretary', unitId: 's1' }]).map((s) => s.id), ['s1'])
    assert.deepEqual(openableStreets(tree, [{ role: 'staff', unitId: 's2' }]).map((s) => s.id), ['s2'])
    assert.deepEqual(openableStreets(tree, [{ role: 'admin', unitId: 'd' }]).map((s) => s.id), ['s1', 's2'])
    assert.deepEqual(openableStreets(tree, [{ role: 'admin', unitId: 'd' }], 's2').map((s) => s.id), ['s2', 's1'])
    assert.deepEqual(openableStreets(tree, [{ role: 'secretary', unitId: 'c1' }, { role: 'liaison', unitId: 's1' }, { role: 'admin', unitId: 's1' }, { role: 'staff', unitId: 'nowhere' }]), [])
    assert.deepEqual(communitiesOfStreet(tree, 's1').map((c) => c.id), ['c1', 'c2'])
    assert.equal(streetOfCommunity(tree, 'c3'), 's2')
    assert.equal(streetOfCommunity(tree, 's2'), undefined)
  })
})

describe('the 街道工作台 entry on 我的', () => {
  const link = ME_LINKS.find((l) => l.id === 'street')!
  it('shows for secretary or staff held in a street and admin held in the district, not for a community\'s', () => {
    assert.ok(showsFor({ roles: ['resident', 'secretary'], unitRoles: [{ role: 'secretary', level: 'street' }] }, link))
    assert.ok(showsFor({ roles: ['resident', 'admin'], unitRoles: [{ role: 'admin', level: 'district' }] }, link))
    assert.ok(!showsFor({ roles: ['resident', 'secretary'], unitRoles: [{ role: 'secretary', level: 'community' }] }, link))
    assert.ok(!showsFor({ roles: ['resident', 'liaison'], unitRoles: [{ role: 'liaison', level: 'street' }] }, link))
    assert.ok(!showsFor(undefined, link))
    // entries without `held` keep the role rule
    assert.ok(showsFor({ roles: ['resident', 'secretary'], unitRoles: [] }, ME_LINKS.find((l) => l.id === 'scorecards')!))
  })
})
