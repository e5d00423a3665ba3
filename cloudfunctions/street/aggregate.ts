/**
 * The monthly aggregates behind the street dashboard: one `street_stats` document per community
 * per month (`${communityId}:${YYYY-MM}`), computed from the raw collections with bounded,
 * indexed reads of that community and month. Computing a month again gives the same document,
 * and a document is written only when its numbers changed, so running it twice changes nothing.
 */
import { AppError } from '../../src/domain/errors'
import { communitiesOfStreet, statsId, streetOfCommunity, type UnitTree } from '../../src/domain/street/access'
import { deptCountsOf, emptyStats, sameStats, type MonthStats } from '../../src/domain/street/metrics'
import { monthRange } from '../../src/domain/street/period'
import type { TicketDoc } from '../../src/domain/tickets/model'
import { scorecards } from '../../src/domain/tickets/stats'
import type { ConfigDoc } from '../_runtime/identity'
import type { Doc, Store } from '../_store/port'
import { allDepartments } from '../tickets/departments'
import { STREET_OFFICE } from '../tickets/notices'

export const STATS = 'street_stats'

export interface StatsDoc extends Doc {
  _id: string
  /** the community: the unit the document belongs to (SCOPED) */
  unitId: string
  communityId: string
  streetId?: string
  /** YYYY-MM */
  month: string
  stats: MonthStats
  computedAt: string
}

/** a community's dispatches from a month's start on (re-whistles move dispatchedAt later) */
const MAX_TICKETS = 20_000
/** a community's confirmed service-hour entries of a month */
const MAX_HOURS = 20_000
/** a community's events of a month */
const MAX_EVENTS = 500
/** a community's bookings for slots of a month */
const MAX_BOOKINGS = 20_000

interface HourDoc extends Doc {
  hours: number
}
interface EventLite extends Doc {
  status: string
  startAt: string
}
interface BookingLite extends Doc {
  status: string
  rating?: { score: number }
}

export type Departments = { _id: string; name: string }[]

/** The departments a scorecard counts (the street office, which whistles, is not one). */
export async function scoredDepartments(store: Store): Promise<Departments> {
  return [...(await allDepartments(store)).values()].filter((d) => d._id !== STREET_OFFICE)
}

/** The unit tree on the config document (empty when none is kept yet). */
export async function unitTreeOf(store: Store): Promise<UnitTree> {
  const cfg = await store.get<ConfigDoc>('config', 'main')
  return cfg?.units ?? {}
}

/** One community's numbers for one month, as of `now` (events count once they have started). */
export async function computeMonth(store: Store, communityId: string, month: string, depts: Departments, now: Date): Promise<MonthStats> {
  const { start, end } = monthRange(month)
  const inMonth = { $gte: start, $lt: end }
  const [reported, hours, wishesPosted, wishesClaimed, wishesFulfilled, events, tickets, commitmentsDone, projectsDone, bookings] = await Promise.all([
    store.count('members', { communityId, reportedAt: inMonth }),
    store.queryAll<HourDoc>('service_hours', { where: { communityId, state: 'confirmed', at: inMonth }, orderBy: [['at', 'asc']] }, { max: MAX_HOURS }),
    store.count('wishes', { communityId, postedAt: inMonth }),
    store.count('wishes', { communityId, claimedAt: inMonth }),
    store.count('wishes', { communityId, confirmedAt: inMonth }),
    store.queryAll<EventLite>('events', { where: { communityId, startAt: inMonth }, orderBy: [['startAt', 'asc']] }, { max: MAX_EVENTS }),
    store.queryAll<TicketDoc>('tickets', { where: { communityId, dispatchedAt: { $gte: start } }, orderBy: [['dispatchedAt', 'asc']] }, { max: MAX_TICKETS }),
    store.count('list_items', { communityId, kind: 'commitment', state: 'done', doneAt: inMonth }),
    store.count('projects', { communityIds: { $has: communityId }, state: 'done', doneAt: inMonth }),
    store.queryAll<BookingLite>('bookings', { where: { communityId, startAt: inMonth }, orderBy: [['startAt', 'asc']] }, { max: MAX_BOOKINGS }),
  ])
  const held = events.filter((e) => e.status === 'published' && Date.parse(e.startAt) <= now.getTime())
  const attendance = await Promise.all(held.map((e) => store.count('checkins', { eventId: e._id })))
  const booked = bookings.filter((b) => b.status !== 'cancelled')
  const rated = booked.filter((b) => b.rating)
  const s = emptyStats()
  Object.assign(s, {
    reported,
    hours: Math.round(hours.reduce((n, h) => n + (h.hours ?? 0), 0) * 10) / 10,
    hourEntries: hours.length,
    wishesPosted,
    wishesClaimed,
    wishesFulfilled,
    eventsHeld: held.length,
    attendance: attendance.reduce((a, b) => a + b, 0),
    departments: deptCountsOf(scorecards(tickets, depts, start, end)),
    commitmentsDone,
    projectsDone,
    bookings: booked.length,
    bookingsRated: rated.length,
    bookingsSatisfied: rated.filter((b) => (b.rating?.score ?? 0) >= 4).length,
  } satisfies Partial<MonthStats>)
  return s
}

/** Writes a month's document when its numbers differ from the stored ones (or none is stored); answers whether it wrote. */
export async function writeMonth(store: Store, existing: StatsDoc | undefined, doc: StatsDoc): Promise<boolean> {
  if (existing && sameStats(existing.stats, doc.stats) && existing.streetId === doc.streetId) return false
  if (existing) return (await store.update(STATS, doc._id, { stats: doc.stats, streetId: doc.streetId, computedAt: doc.computedAt })) > 0
  try {
    await store.insert(STATS, doc)
    return true
  } catch (e) {
    // computed at the same time by another run: the numbers are the same reads, the later write wins
    if (!(e instanceof AppError && e.code === 'CONFLICT')) throw e
    return (await store.update(STATS, doc._id, { stats: doc.stats, streetId: doc.streetId, computedAt: doc.computedAt })) > 0
  }
}

/** Computes every listed community for every listed month; answers how many documents changed. */
export async function recompute(store: Store, tree: UnitTree, communityIds: readonly string[], months: readonly string[], now: Date): Promise<number> {
  if (communityIds.length === 0 || months.length === 0) return 0
  const ids = communityIds.flatMap((c) => months.map((m) => statsId(c, m)))
  const [depts, existing] = await Promise.all([scoredDepartments(store), store.getMany<StatsDoc>(STATS, ids)])
  let changed = 0
  // one community at a time: its months' reads together
  for (const communityId of communityIds) {
    const streetId = streetOfCommunity(tree, communityId)
    const docs = await Promise.all(
      months.map(async (month): Promise<StatsDoc> => {
        const stats = await computeMonth(store, communityId, month, depts, now)
        return { _id: statsId(communityId, month), unitId: communityId, communityId, ...(streetId ? { streetId } : {}), month, stats, computedAt: now.toISOString() }
      }),
    )
    for (const doc of docs) if (await writeMonth(store, existing.get(doc._id), doc)) changed++
  }
  return changed
}

/** Every community in the tree (the sweeper's list), or those of one street. */
export function communityIdsOf(tree: UnitTree, streetId?: string): string[] {
  if (streetId) return communitiesOfStreet(tree, streetId).map((c) => c.id)
  return Object.values(tree)
    .filter((u) => u.level === 'community')
    .map((u) => u.id)
}
