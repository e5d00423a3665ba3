/**
 * Reads what a party member's year is made of (src/domain/points-year.ts sums it): attendance and
 * wish awards from the ledger, confirmed 双报到 hours, the year's points, and household visits.
 */
import { summarize, type YearSummary } from '../../src/domain/points-year'
import { yearTotalId } from '../../src/domain/points'
import { atLocal } from '../../src/domain/time'
import type { Store } from '../_store/port'
import type { MemberDoc } from '../_runtime/identity'
import type { HoursDoc } from '../wishes/hours'
import type { LedgerEntry } from './ledger'
import type { YearTotalDoc } from './years'

const MAX_PEOPLE = 3000
const MAX_RECORDS = 50000

function bounds(year: number) {
  return { start: atLocal(`${year}-01-01`).toISOString(), end: atLocal(`${year + 1}-01-01`).toISOString() }
}

/** Hours are logged after the day served: a year's hours are looked for until two months after it. */
function hoursLoggedBy(year: number): string {
  return atLocal(`${year + 1}-03-01`).toISOString()
}

/** 联系户 visits of the year, counted per member who made them (a community's, or one member's). */
export async function visitsOfYear(store: Store, year: number, who: { communityId: string } | { by: string }): Promise<Map<string, number>> {
  const { start, end } = bounds(year)
  const rows = await store.queryAll<{ _id: string; by: string }>('visits', { where: { ...who, visitedAt: { $gte: start, $lt: end } } }, { max: MAX_RECORDS })
  const counts = new Map<string, number>()
  for (const r of rows) counts.set(r.by, (counts.get(r.by) ?? 0) + 1)
  return counts
}

/** Every party member of the community, by name. */
export async function communitySummary(store: Store, communityId: string, year: number): Promise<YearSummary[]> {
  const { start, end } = bounds(year)
  const [people, ledger, hours, totals, visits] = await Promise.all([
    store.queryAll<MemberDoc>('members', { where: { communityId, roles: { $has: 'member' } }, orderBy: [['name', 'asc']] }, { max: MAX_PEOPLE }),
    store.queryAll<LedgerEntry>('points_ledger', { where: { reason: { $in: ['attend', 'wish'] }, at: { $gte: start, $lt: end } } }, { max: MAX_RECORDS }),
    store.queryAll<HoursDoc>('service_hours', { where: { communityId, state: 'confirmed', at: { $gte: start, $lt: hoursLoggedBy(year) } } }, { max: MAX_RECORDS }),
    store.queryAll<YearTotalDoc>('points_years', { where: { communityId, year } }, { max: MAX_PEOPLE }),
    visitsOfYear(store, year, { communityId }),
  ])
  return summarize(year, people.map(person), { ledger, hours, visits, yearPoints: new Map(totals.map((t) => [t.openid, t.points])) })
}

/** One member's year (the feedback link). */
export async function memberSummary(store: Store, member: MemberDoc, year: number): Promise<YearSummary> {
  const { start, end } = bounds(year)
  const [ledger, hours, total, visits] = await Promise.all([
    store.queryAll<LedgerEntry>('points_ledger', { where: { openid: member._id, at: { $gte: start, $lt: end } } }, { max: MAX_RECORDS }),
    store.queryAll<HoursDoc>('service_hours', { where: { openid: member._id, state: 'confirmed', date: { $gte: `${year}-01-01`, $lt: `${year + 1}-01-01` } } }, { max: MAX_RECORDS }),
    store.get<YearTotalDoc>('points_years', yearTotalId(year, member._id)),
    visitsOfYear(store, year, { by: member._id }),
  ])
  return summarize(year, [person(member)], { ledger, hours, visits, yearPoints: new Map([[member._id, total?.points ?? 0]]) })[0]
}

function person(m: MemberDoc) {
  return { openid: m._id, name: m.name, branch: m.branch as string | undefined, workplace: m.workplace as string | undefined }
}
