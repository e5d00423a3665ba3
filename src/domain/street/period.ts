/**
 * The dashboard's periods: a month, a quarter or a year of the community calendar (Asia/Shanghai,
 * via ../time). A period is a list of months (YYYY-MM); each month is [start, end) in UTC ISO. Pure.
 */
import { atLocal, local, type Instant } from '../time'

export const PERIOD_KINDS = ['month', 'quarter', 'year'] as const
export type PeriodKind = (typeof PERIOD_KINDS)[number]

export interface Period {
  kind: PeriodKind
  /** '2026-11', '2026Q4' or '2026' */
  key: string
  /** '2026年11月', '2026年第四季度', '2026年' */
  label: string
  /** the months of the period, in order */
  months: string[]
}

const QUARTER_NAMES = ['一', '二', '三', '四']
const pad = (n: number) => String(n).padStart(2, '0')

export const MONTH_KEY = /^(\d{4})-(0[1-9]|1[0-2])$/
export const QUARTER_KEY = /^(\d{4})Q([1-4])$/
export const YEAR_KEY = /^(\d{4})$/

/** The month (YYYY-MM) of the community's calendar containing t. */
export function monthOf(t: Instant): string {
  return local(t).format('YYYY-MM')
}

/** The month n months after `month` (n may be negative). */
export function addMonths(month: string, n: number): string {
  const [y, m] = month.split('-').map(Number)
  const i = y * 12 + (m - 1) + n
  return `${Math.floor(i / 12)}-${pad((i % 12) + 1)}`
}

/** Every month from `from` to `to`, both included (empty when from is after to). */
export function monthsBetween(from: string, to: string): string[] {
  const out: string[] = []
  for (let m = from; m <= to; m = addMonths(m, 1)) out.push(m)
  return out
}

/** The month's first instant and the next month's first instant (local midnights), UTC ISO. */
export function monthRange(month: string): { start: string; end: string } {
  return { start: atLocal(`${month}-01`).toISOString(), end: atLocal(`${addMonths(month, 1)}-01`).toISOString() }
}

export function monthLabel(month: string): string {
  const [y, m] = month.split('-').map(Number)
  return `${y}年${m}月`
}

/** The period of `kind` named by `key`, or null when the key does not name one of that kind. */
export function parsePeriod(kind: PeriodKind, key: string): Period | null {
  if (kind === 'month') {
    const m = MONTH_KEY.exec(key)
    return m ? { kind, key, label: monthLabel(key), months: [key] } : null
  }
  if (kind === 'quarter') {
    const m = QUARTER_KEY.exec(key)
    if (!m) return null
    const q = Number(m[2])
    const first = `${m[1]}-${pad((q - 1) * 3 + 1)}`
    return { kind, key, label: `${m[1]}年第${QUARTER_NAMES[q - 1]}季度`, months: monthsBetween(first, addMonths(first, 2)) }
  }
  const m = YEAR_KEY.exec(key)
  return m ? { kind, key, label: `${key}年`, months: monthsBetween(`${key}-01`, `${key}-12`) } : null
}

/** The key of the period of `kind` containing month. */
export function keyOf(kind: PeriodKind, month: string): string {
  const [y, m] = month.split('-').map(Number)
  if (kind === 'month') return month
  if (kind === 'quarter') return `${y}Q${Math.floor((m - 1) / 3) + 1}`
  return String(y)
}

/** The period of `kind` containing t. */
export function periodOf(kind: PeriodKind, t: Instant): Period {
  return parsePeriod(kind, keyOf(kind, monthOf(t)))!
}

/** The period n periods after p (n may be negative). */
export function shiftPeriod(p: Period, n: number): Period {
  const step = p.kind === 'month' ? 1 : p.kind === 'quarter' ? 3 : 12
  return parsePeriod(p.kind, keyOf(p.kind, addMonths(p.months[0], n * step)))!
}

/** How many months the trend shows at least: a month or a quarter is drawn among the months before it. */
export const TREND_MONTHS = 6

/** The months of the trend chart: the period's months, or the TREND_MONTHS ending with its last month when it has fewer. */
export function trendMonths(p: Period): string[] {
  const last = p.months[p.months.length - 1]
  return p.months.length >= TREND_MONTHS ? p.months : monthsBetween(addMonths(last, 1 - TREND_MONTHS), last)
}
