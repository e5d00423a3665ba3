/** What the dashboard and its export show: the period's aggregates added up per community, for the street and by month. */
import type { z } from 'zod'
import { street as contract } from '../../src/domain/contracts/street'
import { fail } from '../../src/domain/errors'
import { statsId, type UnitNode } from '../../src/domain/street/access'
import { deptRows, emptyStats, sumStats, summaryOf, type MonthStats } from '../../src/domain/street/metrics'
import { monthLabel, parsePeriod, periodOf, shiftPeriod, trendMonths, type Period } from '../../src/domain/street/period'
import type { Ctx } from '../_runtime/types'
import { streetFor } from './access'
import { STATS, type StatsDoc } from './aggregate'

export type PeriodInput = z.output<typeof contract.dashboard.input>
export type DashboardView = z.input<typeof contract.dashboard.output>

export function periodFor(input: PeriodInput, now: Date): Period {
  if (!input.key) return periodOf(input.kind, now)
  const p = parsePeriod(input.kind, input.key)
  if (!p) fail('INVALID_INPUT', input.kind === 'month' ? '月份格式应为 2026-11' : input.kind === 'quarter' ? '季度格式应为 2026Q4' : '年份格式应为 2026')
  return p
}

const name = (u: UnitNode) => ({ id: u.id, name: u.name })

/** The street's view of a period: ONE getMany of the communities' month documents (period and trend). */
export async function dashboardView(input: PeriodInput, ctx: Ctx): Promise<DashboardView> {
  const now = ctx.clock.now()
  const period = periodFor(input, now)
  const { street, streets, communities } = streetFor(ctx, input.streetId)
  const trend = trendMonths(period)
  const months = [...new Set([...trend, ...period.months])]
  const docs = await ctx.store.getMany<StatsDoc>(
    STATS,
    communities.flatMap((c) => months.map((m) => statsId(c.id, m))),
  )
  const statsOf = (c: string, m: string): MonthStats => docs.get(statsId(c, m))?.stats ?? emptyStats()
  const perCommunity = communities.map((c) => ({ c, stats: sumStats(period.months.map((m) => statsOf(c.id, m))) }))
  const total = sumStats(perCommunity.map((p) => p.stats))
  const computed = communities.flatMap((c) => period.months.map((m) => docs.get(statsId(c.id, m))?.computedAt)).filter((t): t is string => !!t)
  const current = periodOf(period.kind, now)
  return {
    street: name(street),
    streets: streets.map(name),
    period: {
      kind: period.kind,
      key: period.key,
      label: period.label,
      prev: shiftPeriod(period, -1).key,
      ...(period.key < current.key ? { next: shiftPeriod(period, 1).key } : {}),
    },
    rows: perCommunity.map(({ c, stats }) => ({ communityId: c.id, name: c.name, summary: summaryOf(stats) })),
    total: summaryOf(total),
    trend: trend.map((m) => ({ month: m, label: monthLabel(m), summary: summaryOf(sumStats(communities.map((c) => statsOf(c.id, m)))) })),
    departments: deptRows(total),
    ...(computed.length ? { computedAt: computed.sort()[0] } : {}),
  }
}
