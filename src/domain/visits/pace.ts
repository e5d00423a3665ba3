/**
 * 联系户走访的进度: each linked household is visited at least four times a year, read as once a
 * quarter. A household's summary (its recent visit days) lives on the household document, so
 * pace and coverage are computed from households alone, never by scanning visits. Pure.
 */
import { quarterOf, type Quarter } from './calendar'
import { local, type Instant } from '../time'

export const VISITS_PER_YEAR = 4
/** the norm of households per linking member: outside it assigning warns, never refuses */
export const HOUSEHOLDS_NORM = { min: 5, max: 10 } as const
/** visit days kept on a household: enough for this year and last */
export const KEEP_VISIT_DAYS = 40

export interface VisitSummary {
  /** instants of the days visited, newest first */
  visitDays?: string[]
  lastVisitAt?: string
}

export type HouseholdPace = 'done' | 'due' | 'behind'

/** The summary after one more visit on `day` (an instant), newest first, trimmed to two years. */
export function withVisit(s: VisitSummary, day: string): Required<VisitSummary> {
  const days = [...(s.visitDays ?? []), day].sort().reverse()
  const fromYear = local(days[0]).year() - 1
  const kept = days.filter((d) => local(d).year() >= fromYear).slice(0, KEEP_VISIT_DAYS)
  return { visitDays: kept, lastVisitAt: kept[0] }
}

export function visitsInYear(s: VisitSummary, year: number): number {
  return (s.visitDays ?? []).filter((d) => local(d).year() === year).length
}

export function visitedInQuarter(s: VisitSummary, q: Quarter): boolean {
  return (s.visitDays ?? []).some((d) => d >= q.start && d < q.end)
}

/** The quarters of this year that should have a visit by now: those ended, and this one in its final month. */
export function quartersDue(q: Quarter): number[] {
  const n = q.finalMonth ? q.q : q.q - 1
  return Array.from({ length: n }, (_, i) => i + 1)
}

/**
 * done: visited this quarter and no earlier quarter of the year missed;
 * behind: a quarter that is over (or in its final month) has no visit;
 * due: nothing missed yet, this quarter's visit still to come.
 */
export function householdPace(s: VisitSummary, now: Instant): HouseholdPace {
  const q = quarterOf(now)
  const visited = new Set((s.visitDays ?? []).filter((d) => local(d).year() === q.year).map((d) => quarterOf(d).q))
  if (quartersDue(q).some((n) => !visited.has(n))) return 'behind'
  return visited.has(q.q) ? 'done' : 'due'
}

export interface MemberPace {
  households: number
  visitsThisYear: number
  /** VISITS_PER_YEAR per household */
  target: number
  /** households not visited yet this quarter */
  unvisitedThisQuarter: number
  /** households with a quarter missed */
  behind: number
  quarter: string
  /** below pace: some household has missed a quarter that is over or ending */
  belowPace: boolean
}

export function memberPace(households: readonly VisitSummary[], now: Instant): MemberPace {
  const q = quarterOf(now)
  const paces = households.map((h) => householdPace(h, now))
  const behind = paces.filter((p) => p === 'behind').length
  return {
    households: households.length,
    visitsThisYear: households.reduce((n, h) => n + visitsInYear(h, q.year), 0),
    target: households.length * VISITS_PER_YEAR,
    unvisitedThisQuarter: households.filter((h) => !visitedInQuarter(h, q)).length,
    behind,
    quarter: q.key,
    belowPace: behind > 0,
  }
}

/** What assigning tells the secretary when the member would hold outside the norm; undefined inside it. */
export function normWarning(count: number): string | undefined {
  if (count < HOUSEHOLDS_NORM.min) return `该党员目前联系 ${count} 户，少于每人 ${HOUSEHOLDS_NORM.min}–${HOUSEHOLDS_NORM.max} 户的要求`
  if (count > HOUSEHOLDS_NORM.max) return `该党员目前联系 ${count} 户，超过每人 ${HOUSEHOLDS_NORM.min}–${HOUSEHOLDS_NORM.max} 户的要求，请留意走访负担`
  return undefined
}
