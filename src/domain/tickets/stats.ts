/**
 * Department scorecards over a period, computed from ticket timelines: each whistle in the
 * period is one dispatch to each named department (the first named is the lead).
 */
import type { TicketDoc, TimelineEntry } from './model'

export interface Scorecard {
  departmentId: string
  name: string
  dispatched: number
  acknowledged: number
  acknowledgedOnTime: number
  led: number
  resolved: number
  reopened: number
  transferred: number
  rated: number
  satisfied: number
  satisfiedByDefault: number
  /** acknowledged on time / dispatched */
  responseRate: number | null
  /** resolved / led */
  resolutionRate: number | null
  /** (satisfied + satisfied by default) / (rated + satisfied by default) */
  satisfactionRate: number | null
  medianAckHours: number | null
  medianResolveHours: number | null
}

export function median(xs: number[]): number | null {
  if (xs.length === 0) return null
  const s = [...xs].sort((a, b) => a - b)
  const m = Math.floor(s.length / 2)
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2
}

/** n / d to three decimals; null when there is nothing to count (d = 0). */
export const rate = (n: number, d: number): number | null => (d === 0 ? null : Math.round((n / d) * 1000) / 1000)
const hours = (from: string, to: string) => Math.round(((Date.parse(to) - Date.parse(from)) / 3_600_000) * 10) / 10

interface Acc {
  row: Omit<Scorecard, 'responseRate' | 'resolutionRate' | 'satisfactionRate' | 'medianAckHours' | 'medianResolveHours'>
  ackHours: number[]
  resolveHours: number[]
}

/** Splits a timeline into dispatches: each whistle with the entries up to the next whistle. */
function dispatches(timeline: TimelineEntry[]): { whistle: TimelineEntry; after: TimelineEntry[] }[] {
  const out: { whistle: TimelineEntry; after: TimelineEntry[] }[] = []
  for (const e of timeline) {
    if (e.action === 'whistle') out.push({ whistle: e, after: [] })
    else out.at(-1)?.after.push(e)
  }
  return out
}

export function scorecards(tickets: TicketDoc[], departments: { _id: string; name: string }[], from: string, to: string): Scorecard[] {
  const acc = new Map<string, Acc>(
    departments.map((d) => [
      d._id,
      {
        row: { departmentId: d._id, name: d.name, dispatched: 0, acknowledged: 0, acknowledgedOnTime: 0, led: 0, resolved: 0, reopened: 0, transferred: 0, rated: 0, satisfied: 0, satisfiedByDefault: 0 },
        ackHours: [],
        resolveHours: [],
      },
    ]),
  )
  for (const t of tickets) {
    for (const { whistle, after } of dispatches(t.timeline)) {
      if (whistle.at < from || whistle.at >= to) continue
      const ids = whistle.departmentIds ?? []
      ids.forEach((id, i) => {
        const a = acc.get(id)
        if (!a) return
        const r = a.row
        r.dispatched++
        const ack = after.find((e) => e.action === 'acknowledge' && e.departmentId === id)
        if (ack) {
          r.acknowledged++
          if (!whistle.deadline || ack.at <= whistle.deadline) r.acknowledgedOnTime++
          a.ackHours.push(hours(whistle.at, ack.at))
        }
        if (after.some((e) => e.action === 'request_transfer' && e.departmentId === id)) r.transferred++
        if (i !== 0) return
        r.led++
        const resolve = after.find((e) => e.action === 'resolve' && e.departmentId === id)
        if (resolve) {
          r.resolved++
          a.resolveHours.push(hours(whistle.at, resolve.at))
        }
        r.reopened += after.filter((e) => e.action === 'verify_reject').length
        const rating = after.find((e) => e.action === 'rate')
        if (rating) {
          r.rated++
          if ((rating.score ?? 0) >= 4) r.satisfied++
        }
        if (after.some((e) => e.action === 'auto_close')) r.satisfiedByDefault++
      })
    }
  }
  return [...acc.values()].map(({ row, ackHours, resolveHours }) => ({
    ...row,
    responseRate: rate(row.acknowledgedOnTime, row.dispatched),
    resolutionRate: rate(row.resolved, row.led),
    satisfactionRate: rate(row.satisfied + row.satisfiedByDefault, row.rated + row.satisfiedByDefault),
    medianAckHours: median(ackHours),
    medianResolveHours: median(resolveHours),
  }))
}

const pct = (r: number | null) => (r === null ? '' : `${Math.round(r * 1000) / 10}%`)
const cell = (v: string | number | null) => {
  const s = v === null ? '' : String(v)
  return /[",\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s
}

export const CSV_HEADER = ['部门', '派单', '报到', '按时报到', '牵头', '办结', '重办', '转派', '评价', '满意', '默认满意', '响应率', '办结率', '满意率', '报到用时中位数(小时)', '办结用时中位数(小时)']

/** The scorecards as CSV (UTF-8, comma-separated, header in Chinese). */
export function scorecardsCsv(rows: Scorecard[]): string {
  const lines = rows.map((r) =>
    [r.name, r.dispatched, r.acknowledged, r.acknowledgedOnTime, r.led, r.resolved, r.reopened, r.transferred, r.rated, r.satisfied, r.satisfiedByDefault, pct(r.responseRate), pct(r.resolutionRate), pct(r.satisfactionRate), r.medianAckHours, r.medianResolveHours]
      .map(cell)
      .join(','),
  )
  return [CSV_HEADER.join(','), ...lines].join('\n') + '\n'
}
