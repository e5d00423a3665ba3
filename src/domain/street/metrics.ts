/**
 * What the street dashboard counts, per community per month (the `street_stats` documents the
 * sweeper writes), and how months and communities add up. Rates are never stored: each is kept
 * as its numerator and denominator so a quarter, a year or the street total is the sum of months
 * and communities, and the rate is computed last with the department scorecards' own formula. Pure.
 */
import { rate, type Scorecard } from '../tickets/stats'

/** One department's tickets in a month: the scorecard counts behind the three rates. */
export interface DeptCounts {
  name: string
  /** dispatches to the department (each whistle naming it) */
  dispatched: number
  /** acknowledged before the deadline: 响应率 = acknowledgedOnTime / dispatched */
  acknowledgedOnTime: number
  /** dispatches it led */
  led: number
  /** led and resolved: 解决率 = resolved / led */
  resolved: number
  /** rated 4 or 5, plus closed without a rating (默认满意): 满意率 = satisfied / rated */
  satisfied: number
  /** rated, plus closed without a rating */
  rated: number
}

export interface MonthStats {
  /** in-service members who reported (双报到) in the month */
  reported: number
  /** confirmed service hours logged in the month, and how many entries */
  hours: number
  hourEntries: number
  wishesPosted: number
  wishesClaimed: number
  /** wishes whose fulfilment the beneficiary confirmed in the month */
  wishesFulfilled: number
  /** published events that started in the month (and have started) */
  eventsHeld: number
  /** check-ins at those events */
  attendance: number
  /** tickets by department */
  departments: Record<string, DeptCounts>
  /** 承诺清单 items done in the month */
  commitmentsDone: number
  /** 书记领航 projects done in the month */
  projectsDone: number
  /** service bookings for slots in the month (not cancelled) */
  bookings: number
  /** of those, rated, and rated 4 or 5 */
  bookingsRated: number
  bookingsSatisfied: number
}

export const COUNT_KEYS = [
  'reported',
  'hours',
  'hourEntries',
  'wishesPosted',
  'wishesClaimed',
  'wishesFulfilled',
  'eventsHeld',
  'attendance',
  'commitmentsDone',
  'projectsDone',
  'bookings',
  'bookingsRated',
  'bookingsSatisfied',
] as const satisfies readonly (keyof MonthStats)[]
export type CountKey = (typeof COUNT_KEYS)[number]

export function emptyStats(): MonthStats {
  return { ...(Object.fromEntries(COUNT_KEYS.map((k) => [k, 0])) as Record<CountKey, number>), departments: {} }
}

const DEPT_KEYS = ['dispatched', 'acknowledgedOnTime', 'led', 'resolved', 'satisfied', 'rated'] as const

/** The counts of a month's scorecards, departments with no dispatch left out. */
export function deptCountsOf(cards: Scorecard[]): Record<string, DeptCounts> {
  const out: Record<string, DeptCounts> = {}
  for (const c of cards) {
    if (c.dispatched === 0 && c.led === 0) continue
    out[c.departmentId] = {
      name: c.name,
      dispatched: c.dispatched,
      acknowledgedOnTime: c.acknowledgedOnTime,
      led: c.led,
      resolved: c.resolved,
      satisfied: c.satisfied + c.satisfiedByDefault,
      rated: c.rated + c.satisfiedByDefault,
    }
  }
  return out
}

/** hours are kept to one decimal (a half hour of service is common) */
const round1 = (n: number) => Math.round(n * 10) / 10

/** The sum of months or communities. */
export function sumStats(list: readonly MonthStats[]): MonthStats {
  const out = emptyStats()
  for (const s of list) {
    for (const k of COUNT_KEYS) out[k] += s[k] ?? 0
    for (const [id, d] of Object.entries(s.departments ?? {})) {
      const o = (out.departments[id] ??= { name: d.name, dispatched: 0, acknowledgedOnTime: 0, led: 0, resolved: 0, satisfied: 0, rated: 0 })
      for (const k of DEPT_KEYS) o[k] += d[k]
    }
  }
  out.hours = round1(out.hours)
  return out
}

export interface Rates {
  /** 响应率: acknowledged on time / dispatched */
  responseRate: number | null
  /** 解决率: resolved / led */
  resolutionRate: number | null
  /** 满意率 of tickets: satisfied / rated */
  satisfactionRate: number | null
}

export function ratesOf(d: Pick<DeptCounts, DeptKey>): Rates {
  return { responseRate: rate(d.acknowledgedOnTime, d.dispatched), resolutionRate: rate(d.resolved, d.led), satisfactionRate: rate(d.satisfied, d.rated) }
}
type DeptKey = (typeof DEPT_KEYS)[number]

/** Every department's tickets added together. */
export function ticketTotals(s: MonthStats): Record<DeptKey, number> {
  const t = { dispatched: 0, acknowledgedOnTime: 0, led: 0, resolved: 0, satisfied: 0, rated: 0 }
  for (const d of Object.values(s.departments)) for (const k of DEPT_KEYS) t[k] += d[k]
  return t
}

/** One row of the dashboard: the counts, the tickets' totals and rates, and the bookings' 满意率. */
export interface Summary extends Record<CountKey, number>, Rates {
  tickets: number
  ticketsResolved: number
  /** 服务满意率: bookings rated 4 or 5 / bookings rated */
  bookingSatisfactionRate: number | null
}

export function summaryOf(s: MonthStats): Summary {
  const t = ticketTotals(s)
  const counts = Object.fromEntries(COUNT_KEYS.map((k) => [k, s[k]])) as Record<CountKey, number>
  return { ...counts, tickets: t.dispatched, ticketsResolved: t.resolved, ...ratesOf(t), bookingSatisfactionRate: rate(s.bookingsSatisfied, s.bookingsRated) }
}

export interface DeptRow extends Rates {
  departmentId: string
  name: string
  dispatched: number
  resolved: number
}

/** The departments of a (summed) month, most dispatched first. */
export function deptRows(s: MonthStats): DeptRow[] {
  return Object.entries(s.departments)
    .map(([departmentId, d]) => ({ departmentId, name: d.name, dispatched: d.dispatched, resolved: d.resolved, ...ratesOf(d) }))
    .sort((a, b) => b.dispatched - a.dispatched || a.departmentId.localeCompare(b.departmentId))
}

/** The dashboard's columns: the key, the heading people read, and the unit. */
export const METRICS: readonly { key: keyof Summary; label: string; unit: string; rate?: true }[] = [
  { key: 'reported', label: '双报到党员', unit: '人' },
  { key: 'hours', label: '服务时长', unit: '小时' },
  { key: 'wishesPosted', label: '心愿发布', unit: '个' },
  { key: 'wishesClaimed', label: '心愿认领', unit: '个' },
  { key: 'wishesFulfilled', label: '心愿实现', unit: '个' },
  { key: 'eventsHeld', label: '组织活动', unit: '场' },
  { key: 'attendance', label: '参加人次', unit: '人次' },
  { key: 'tickets', label: '派单', unit: '件' },
  { key: 'responseRate', label: '响应率', unit: '%', rate: true },
  { key: 'resolutionRate', label: '解决率', unit: '%', rate: true },
  { key: 'satisfactionRate', label: '满意率', unit: '%', rate: true },
  { key: 'commitmentsDone', label: '承诺践诺', unit: '项' },
  { key: 'projectsDone', label: '项目完成', unit: '个' },
  { key: 'bookings', label: '服务预约', unit: '次' },
  { key: 'bookingSatisfactionRate', label: '服务满意率', unit: '%', rate: true },
]

/** A rate as people read it: '87.5%', or '—' when nothing was there to count. */
export function pct(r: number | null): string {
  return r === null ? '—' : `${Math.round(r * 1000) / 10}%`
}

/** Whether two months' stats are the same numbers (the job writes only what changed). */
export function sameStats(a: MonthStats, b: MonthStats): boolean {
  return JSON.stringify(normalize(a)) === JSON.stringify(normalize(b))
}

function normalize(s: MonthStats): unknown {
  const depts = Object.keys(s.departments ?? {})
    .sort()
    .map((id) => [id, DEPT_KEYS.map((k) => s.departments[id][k]), s.departments[id].name])
  return [COUNT_KEYS.map((k) => s[k] ?? 0), depts]
}
