import assert from 'node:assert/strict'
import { describe, it } from '@jest/globals'
import { coverageScope, mayAssign, mayLogVisit, seesHousehold, type Viewer } from '../../src/domain/visits/access'
import { quarterOf, visitDateProblem, visitInstant } from '../../src/domain/visits/calendar'
import { coverageOf } from '../../src/domain/visits/coverage'
import { householdPace, memberPace, normWarning, visitedInQuarter, visitsInYear, withVisit } from '../../src/domain/visits/pace'

const day = (d: string) => visitInstant(d)
const visited = (...dates: string[]) => ({ visitDays: dates.map(day).sort().reverse(), lastVisitAt: dates.length ? dates.map(day).sort().reverse()[0] : undefined })

describe('visits: quarters in Asia/Shanghai', () => {
  it('a quarter starts at local midnight, eight hours before UTC midnight', () => {
    assert.equal(quarterOf('2026-03-31T15:59:59Z').key, '2026Q1', '23:59 on 31 March in Shanghai')
    assert.equal(quarterOf('2026-03-31T16:00:00Z').key, '2026Q2', '00:00 on 1 April in Shanghai, still 31 March in UTC')
    const q4 = quarterOf('2026-12-31T16:30:00Z')
    assert.equal(q4.key, '2027Q1', 'New Year in Shanghai comes while UTC is still in December')
    const q = quarterOf('2026-11-24T02:00:00Z')
    assert.deepEqual([q.key, q.start, q.end, q.finalMonth], ['2026Q4', '2026-09-30T16:00:00.000Z', '2026-12-31T16:00:00.000Z', false])
    assert.equal(quarterOf('2026-11-30T16:00:00Z').finalMonth, true, '1 December in Shanghai is the final month')
  })

  it('a visit date is a real day, not after today in Shanghai, this year or last', () => {
    const now = '2026-11-24T17:00:00Z' // 25 Nov 01:00 in Shanghai
    assert.equal(visitDateProblem('2026-11-25', now), undefined, 'already the 25th in Shanghai')
    assert.equal(visitDateProblem('2026-11-26', now), '走访日期不能晚于今天')
    assert.equal(visitDateProblem('2026-02-30', now), '走访日期格式不对')
    assert.equal(visitDateProblem('26-11-01', now), '走访日期格式不对')
    assert.equal(visitDateProblem('2025-01-01', now), undefined)
    assert.equal(visitDateProblem('2024-12-31', now), '只能补记今年和去年的走访')
  })
})

describe('visits: pace of four visits a household a year, one a quarter', () => {
  it('keeps the visit days newest first, drops the year before last', () => {
    const s = withVisit(visited('2026-05-01', '2025-03-01', '2024-12-30'), day('2026-11-20'))
    assert.deepEqual(s.visitDays, [day('2026-11-20'), day('2026-05-01'), day('2025-03-01')])
    assert.equal(s.lastVisitAt, day('2026-11-20'))
    const backdated = withVisit(visited('2026-11-20'), day('2026-02-01'))
    assert.equal(backdated.lastVisitAt, day('2026-11-20'), 'a late entry of an old visit does not move the last visit')
    assert.equal(visitsInYear(backdated, 2026), 2)
    assert.equal(visitsInYear(backdated, 2025), 0)
  })

  it('done, due or behind by the quarters that are over (and this one in its final month)', () => {
    const nov = '2026-11-24T02:00:00Z'
    assert.equal(householdPace(visited('2026-02-01', '2026-05-01', '2026-08-01', '2026-10-08'), nov), 'done')
    assert.equal(householdPace(visited('2026-02-01', '2026-05-01', '2026-08-01'), nov), 'due', 'Q4 not visited yet, but it is only November')
    assert.equal(householdPace(visited('2026-02-01', '2026-08-01', '2026-10-08'), nov), 'behind', 'Q2 was missed')
    assert.equal(householdPace(visited('2025-12-01', '2026-05-01', '2026-08-01'), nov), 'behind', "last year's December does not count for this Q1")
    const dec = '2026-12-02T02:00:00Z'
    assert.equal(householdPace(visited('2026-02-01', '2026-05-01', '2026-08-01'), dec), 'behind', 'in December the quarter is ending')
    assert.equal(householdPace(visited(), '2026-01-10T02:00:00Z'), 'due', 'nothing is over yet in January')
    assert.equal(householdPace(visited(), '2026-03-10T02:00:00Z'), 'behind')
  })

  it('a member: visits this year against four per household, households left this quarter', () => {
    const p = memberPace([visited('2026-02-01', '2026-05-01', '2026-08-01', '2026-10-08'), visited('2026-10-01'), visited()], '2026-11-24T02:00:00Z')
    assert.deepEqual(p, { households: 3, visitsThisYear: 5, target: 12, unvisitedThisQuarter: 1, behind: 2, quarter: '2026Q4', belowPace: true })
    assert.equal(memberPace([], '2026-11-24T02:00:00Z').belowPace, false)
    assert.equal(visitedInQuarter(visited('2026-09-30'), quarterOf('2026-11-24T02:00:00Z')), false, '30 September is Q3')
    assert.equal(visitedInQuarter(visited('2026-10-01'), quarterOf('2026-11-24T02:00:00Z')), true)
  })

  it('warns outside 5–10 households a member, never inside', () => {
    assert.match(normWarning(4)!, /少于每人 5–10 户/)
    assert.equal(normWarning(5), undefined)
    assert.equal(normWarning(10), undefined)
    assert.match(normWarning(11)!, /超过/)
  })
})

describe('visits: coverage by grid and by member', () => {
  it('counts households with no visit this quarter, never-visited first', () => {
    const now = '2026-11-24T02:00:00Z'
    const c = coverageOf(
      [
        { _id: 'a', gridId: 'g1', memberOpenid: 'm1', ...visited('2026-11-01') },
        { _id: 'b', gridId: 'g1', memberOpenid: 'm1', ...visited('2026-08-01') },
        { _id: 'c', gridId: 'g1', ...visited() },
        { _id: 'd', gridId: 'g2', memberOpenid: 'm2', ...visited('2026-10-01') },
      ],
      now,
    )
    assert.deepEqual(c.grids, [
      { gridId: 'g1', households: 3, linked: 2, unvisitedThisQuarter: 2 },
      { gridId: 'g2', households: 1, linked: 1, unvisitedThisQuarter: 0 },
    ])
    assert.deepEqual(c.members.map((m) => [m.openid, m.households, m.unvisitedThisQuarter]), [['m1', 2, 1], ['m2', 1, 0]])
    assert.deepEqual(c.unvisited, ['c', 'b'])
  })
})

describe('visits: who may see, log and assign', () => {
  const h = { communityId: 'c1', gridId: 'g1', memberOpenid: 'm1' }
  const v = (over: Partial<Viewer>): Viewer => ({ openid: 'x', roles: ['resident', 'member'], communityId: 'c1', ...over })
  it('the linked member, the grid roles of that grid and staff; grid secretaries and staff assign', () => {
    assert.equal(seesHousehold(v({ openid: 'm1' }), h), true)
    assert.equal(seesHousehold(v({ openid: 'm2' }), h), false, 'another member')
    assert.equal(seesHousehold(v({ openid: 'm1', communityId: 'c2' }), h), false, 'another community')
    assert.equal(mayLogVisit(v({ roles: ['member', 'gridman'], gridId: 'g1' }), h), true)
    assert.equal(mayLogVisit(v({ roles: ['member', 'gridman'], gridId: 'g2' }), h), false, 'another grid')
    assert.equal(mayAssign(v({ roles: ['member', 'gridman'], gridId: 'g1' }), h), false, '网格员 help, they do not assign')
    assert.equal(mayAssign(v({ roles: ['grid_secretary'], gridId: 'g1' }), h), true)
    assert.equal(mayAssign(v({ roles: ['grid_secretary'], gridId: 'g2' }), h), false)
    assert.equal(mayAssign(v({ roles: ['staff'] }), h), true)
    assert.equal(mayAssign(v({ openid: 'm1' }), h), false, 'the member does not reassign')
    assert.equal(coverageScope(v({ roles: ['gridman'] })), 'none', 'a grid role without a grid')
    assert.equal(coverageScope(v({ roles: ['gridman'], gridId: 'g1' })), 'grid')
    assert.equal(coverageScope(v({ roles: ['secretary'] })), 'community')
  })
})
