/** The household (联系户) document, the caller as the visits rules see them, and the card a list shows. */
import type { z } from 'zod'
import type { HOUSEHOLD_TAGS, householdCard } from '../../src/domain/contracts/visits'
import { fail } from '../../src/domain/errors'
import { checkMove, type TimelineEntry } from '../../src/domain/machine'
import { maskPhone } from '../../src/domain/privacy'
import { mayAssign, seesHousehold, type Viewer } from '../../src/domain/visits/access'
import { quarterOf } from '../../src/domain/visits/calendar'
import { HOUSEHOLD_MACHINE, type HouseholdMove, type HouseholdState } from '../../src/domain/visits/machine'
import { householdPace, visitsInYear } from '../../src/domain/visits/pace'
import type { Patch, Store } from '../_store/port'
import type { MemberDoc } from '../_runtime/identity'
import { applyTransition } from '../_runtime/transition'
import { gridsOf } from '../bulletin/notices'
import type { Ctx, Notice } from '../_runtime/types'

export const HOUSEHOLDS = 'households'
export const VISITS = 'visits'

export interface HouseholdDoc {
  _id: string
  communityId: string
  gridId: string
  building: string
  unit?: string
  room?: string
  headName: string
  phone?: string
  tags: (typeof HOUSEHOLD_TAGS)[number][]
  state: HouseholdState
  version: number
  memberOpenid?: string
  memberName?: string
  assignedAt?: string
  /** instants of the days visited, newest first (this year and last): pace and coverage read these */
  visitDays: string[]
  lastVisitAt?: string
  createdAt: string
  updatedAt: string
  timeline: TimelineEntry[]
  [k: string]: unknown
}

export interface VisitDoc {
  _id: string
  householdId: string
  communityId: string
  gridId: string
  visitedAt: string
  by: string
  byName: string
  found: string
  photos: string[]
  followUp?: { kind: 'ticket' | 'wish'; id: string; title: string }
  createdAt: string
  [k: string]: unknown
}

export type HouseholdCard = z.infer<typeof householdCard>

/** The caller with the grid their grid roles are held for (the gridId of the member document read with the caller). */
export async function viewerOf(ctx: Ctx): Promise<Viewer> {
  const me: MemberDoc | undefined = ctx.caller.member
  const gridId = typeof me?.gridId === 'string' ? me.gridId : undefined
  return { openid: ctx.caller.openid, roles: ctx.caller.roles, communityId: ctx.caller.communityId, gridId }
}

/** A household the viewer may see, or NOT_FOUND (another member's household is not there for them). */
export async function visibleHousehold(ctx: Ctx, viewer: Viewer, id: string): Promise<HouseholdDoc> {
  return mustSee(viewer, await ctx.store.get<HouseholdDoc>(HOUSEHOLDS, id))
}

export function mustSee(viewer: Viewer, h: HouseholdDoc | null): HouseholdDoc {
  if (!h || !seesHousehold(viewer, h)) fail('NOT_FOUND', '没有找到这一户，或您不负责联系这一户')
  return h
}

export function addressOf(h: Pick<HouseholdDoc, 'building' | 'unit' | 'room'>): string {
  return [h.building, h.unit, h.room].filter(Boolean).join('')
}

export function cardOf(h: HouseholdDoc, now: Date, gridNames: Map<string, string>): HouseholdCard {
  return {
    id: h._id,
    gridId: h.gridId,
    gridName: gridNames.get(h.gridId),
    building: h.building,
    ...(h.unit ? { unit: h.unit } : {}),
    address: addressOf(h),
    headName: h.headName,
    phoneMasked: maskPhone(h.phone),
    tags: h.tags,
    state: h.state,
    ...(h.memberOpenid ? { memberOpenid: h.memberOpenid, memberName: h.memberName } : {}),
    ...(h.lastVisitAt ? { lastVisitAt: h.lastVisitAt } : {}),
    visitsThisYear: visitsInYear(h, quarterOf(now).year),
    pace: householdPace(h, now),
  }
}

export async function gridNames(store: Store, communityId: string): Promise<Map<string, string>> {
  const grids = await gridsOf({ store }, communityId)
  return new Map(grids.map((g) => [g._id, g.name]))
}

/** the most households one community holds (hundreds in practice); a larger set is an error, not a cut */
export const MAX_HOUSEHOLDS = 5000

/** Every household matching `where`, by building; more than `max` fails loudly instead of cutting the list. */
export function allHouseholds(store: Store, where: Record<string, string>, max = MAX_HOUSEHOLDS): Promise<HouseholdDoc[]> {
  return store.queryAll<HouseholdDoc>(HOUSEHOLDS, { where, orderBy: [['building', 'asc']] }, { max })
}

export function displayName(caller: { name?: string }): string {
  return caller.name ?? '党员'
}

export const householdPage = (id: string) => `/packages/visits/pages/household/index?id=${id}`

/** What an assign or release changes on a household besides its state: the fields, the timeline note, who is told. */
export interface HouseholdChange {
  patch: Patch
  note?: string
  notices: Notice[]
}

/**
 * Assigns or releases a household of the viewer's community: the move must be allowed from its
 * state and by this viewer (mayAssign), then `decide` refuses (CONFLICT, ALREADY_DONE …) or answers
 * the change; the timeline entry is the caller's. Answers the household as the move leaves it.
 */
export async function moveHousehold(ctx: Ctx, viewer: Viewer, id: string, move: HouseholdMove, decide: (h: HouseholdDoc) => HouseholdChange): Promise<HouseholdDoc> {
  const { after } = await applyTransition<HouseholdDoc>(
    ctx,
    {
      coll: HOUSEHOLDS,
      notFound: '没有找到这一户',
      visible: (h) => h.communityId === viewer.communityId,
      decide: (h) => {
        const to = checkMove(HOUSEHOLD_MACHINE, move, h.state, () => mayAssign(viewer, h))
        const { patch, note, notices } = decide(h)
        return { to, patch, entry: { at: ctx.clock.now().toISOString(), by: ctx.caller.openid, byName: displayName(ctx.caller), action: move, note }, effects: { notices } }
      },
    },
    id,
  )
  return after
}
