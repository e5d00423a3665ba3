/**
 * The year and quarter of a visit in the community's calendar (Asia/Shanghai, via ../time).
 * A visit is kept as the instant of the local midnight of its day. Pure.
 */
import { atLocal, local, localDate, type Instant } from '../time'

export interface Quarter {
  year: number
  /** 1..4 */
  q: number
  /** e.g. '2026Q4': the key of reminder notices */
  key: string
  /** first instant of the quarter (local midnight of its first day), UTC ISO */
  start: string
  /** first instant of the next quarter, UTC ISO */
  end: string
  /** the quarter's last month has begun: the time to catch up */
  finalMonth: boolean
}

export function quarterOf(t: Instant): Quarter {
  const d = local(t)
  const year = d.year()
  const q = Math.floor(d.month() / 3) + 1
  const first = `${year}-${String((q - 1) * 3 + 1).padStart(2, '0')}-01`
  const next = q === 4 ? `${year + 1}-01-01` : `${year}-${String(q * 3 + 1).padStart(2, '0')}-01`
  return { year, q, key: `${year}Q${q}`, start: atLocal(first).toISOString(), end: atLocal(next).toISOString(), finalMonth: d.month() % 3 === 2 }
}

/** The instant a visit on `date` (YYYY-MM-DD, local) is stored as. */
export function visitInstant(date: string): string {
  return atLocal(date).toISOString()
}

/** A visit's date must be a real calendar day, not after today in the community. */
export function visitDateProblem(date: string, now: Instant): string | undefined {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date) || localDate(atLocal(date)) !== date) return '走访日期格式不对'
  if (date > localDate(now)) return '走访日期不能晚于今天'
  if (date < `${local(now).year() - 1}-01-01`) return '只能补记今年和去年的走访'
  return undefined
}
