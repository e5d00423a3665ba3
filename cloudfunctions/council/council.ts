/**
 * 大党委 and 三张清单 documents, their views and who may act on them (docs/council.md).
 * `member_units` and `list_items` belong to a level (`unitId`: a community, a street or the
 * district), `pairings` to a community (`communityId`); the router's scoped store keeps every read
 * to what the caller may see and every write to what the caller may act on.
 */
import type { ListItemView, MemberUnitView, PairingView } from '../../src/domain/contracts/council'
import { isOverdue, LIST_STATE_NAMES, pairingActive, type ListState, type ListWho } from '../../src/domain/council/machine'
import { MEMBER_UNIT_KIND_NAMES, onCommittee, type CommitteeSeat, type ListKind, type MemberUnitKind, type NeedSource, type OfferType } from '../../src/domain/council/model'
import type { TimelineEntry } from '../../src/domain/machine'
import { maskPhone } from '../../src/domain/privacy'
import type { Role } from '../../src/domain/roles'
import { scopeOf, unitName, type UnitTree } from '../../src/domain/units'
import type { Caller, Ctx } from '../_runtime/types'

export const MEMBER_UNITS = 'member_units'
export const PAIRINGS = 'pairings'
export const LIST_ITEMS = 'list_items'

/** a street's member units, pairings or a year's commitments: a street has a few hundred units */
export const MAX_UNITS_SEEN = 500
export const MAX_YEAR_ITEMS = 5000

export interface MemberUnitDoc {
  _id: string
  unitId: string
  kind: MemberUnitKind
  name: string
  partyOrg: string
  contactName: string
  contactPhone: string
  committee: CommitteeSeat[]
  state: 'active'
  version: number
  timeline: TimelineEntry[]
  createdBy: string
  createdAt: string
  updatedAt: string
  [k: string]: unknown
}

export interface PairingDoc {
  _id: string
  communityId: string
  memberUnitId: string
  memberUnitName: string
  what: string
  from: string
  to: string
  createdBy: string
  createdAt: string
  [k: string]: unknown
}

export interface MatchedTo {
  kind: 'offer' | 'commitment'
  id: string
  title: string
  unitName: string
}

export interface ListItemDoc {
  _id: string
  kind: ListKind
  /** the level the item belongs to: a community, a street or the district */
  unitId: string
  /** the community it serves, when there is one */
  communityId?: string
  title: string
  detail: string
  state: ListState
  year: number
  offerType?: OfferType
  source?: { kind: NeedSource; id?: string }
  memberUnitId?: string
  openid?: string
  ownerName: string
  /** the 兼职委员 of its member unit when it was written (a summary for the detail page's buttons; moves check the unit itself) */
  committeeOpenids?: string[]
  dueAt?: string
  doneAt?: string
  matchedTo?: MatchedTo
  /** matchedTo.id, top level so the needs met from an offer can be queried */
  matchedId?: string
  progressCount: number
  remindedAt?: string
  version: number
  timeline: TimelineEntry[]
  createdBy: string
  createdAt: string
  updatedAt: string
  [k: string]: unknown
}

export const STEWARDS: Role[] = ['secretary', 'staff']

export const displayName = (c: Caller) => c.name ?? '工作人员'

/** The units where the caller acts as secretary or staff: where one of them is held, and everything below. */
export function stewardUnits(caller: Caller): string[] {
  return scopeOf(caller.units, caller.unitRoles, caller.communityId, STEWARDS).act
}

/** A secretary or staff of `unitId`'s community or street (or of a unit above it). */
export function isSteward(caller: Caller, unitId: string | undefined): boolean {
  return !!unitId && stewardUnits(caller).includes(unitId)
}

/** The kinds of people the caller is for an item: steward, 兼职委员 of its member unit, owner of the commitment. */
export function whoFor(caller: Caller, item: ListItemDoc, unit?: MemberUnitDoc | null): (w: ListWho) => boolean {
  const inScope = caller.scope.act.includes(item.unitId)
  return (w) => {
    if (w === 'steward') return isSteward(caller, item.unitId)
    if (w === 'committee') return inScope && !!item.memberUnitId && (unit ? onCommittee(unit, caller.openid) : (item.committeeOpenids ?? []).includes(caller.openid))
    return inScope && item.kind === 'commitment' && !!item.openid && item.openid === caller.openid
  }
}

export function unitView(u: MemberUnitDoc, tree: UnitTree, canSeePhone: boolean, pairedWith: readonly string[]): MemberUnitView {
  return {
    id: u._id,
    unitId: u.unitId,
    unitName: unitName(tree, u.unitId),
    kind: u.kind,
    kindName: MEMBER_UNIT_KIND_NAMES[u.kind],
    name: u.name,
    partyOrg: u.partyOrg,
    contactName: u.contactName,
    contactPhone: canSeePhone ? u.contactPhone : (maskPhone(u.contactPhone) ?? ''),
    committee: u.committee.map((c) => ({ openid: c.openid, name: c.name, title: c.title })),
    pairedWith: [...new Set(pairedWith)].map((c) => unitName(tree, c)),
  }
}

export function pairingView(p: PairingDoc, tree: UnitTree, now: Date): PairingView {
  return {
    id: p._id,
    memberUnitId: p.memberUnitId,
    memberUnitName: p.memberUnitName,
    communityId: p.communityId,
    communityName: unitName(tree, p.communityId),
    what: p.what,
    from: p.from,
    to: p.to,
    active: pairingActive(p, now),
  }
}

export function itemView(d: ListItemDoc, tree: UnitTree, now: Date): ListItemView {
  return {
    id: d._id,
    kind: d.kind,
    unitId: d.unitId,
    unitName: unitName(tree, d.unitId),
    ...(d.communityId ? { communityId: d.communityId } : {}),
    title: d.title,
    detail: d.detail,
    state: d.state,
    stateName: LIST_STATE_NAMES[d.state],
    year: d.year,
    ...(d.offerType ? { offerType: d.offerType } : {}),
    ...(d.source ? { source: d.source } : {}),
    ...(d.memberUnitId ? { memberUnitId: d.memberUnitId } : {}),
    ...(d.openid ? { openid: d.openid } : {}),
    ownerName: d.ownerName,
    ...(d.dueAt ? { dueAt: d.dueAt } : {}),
    ...(d.doneAt ? { doneAt: d.doneAt } : {}),
    overdue: isOverdue(d, now),
    ...(d.matchedTo ? { matchedTo: d.matchedTo } : {}),
    progressCount: d.progressCount ?? 0,
    createdAt: d.createdAt,
  }
}

export const itemPage = (id: string) => `/packages/council/pages/item/index?id=${encodeURIComponent(id)}`

export type { Ctx }

/** A timeline entry as a viewer gets it: without the openid. */
export const entryView = (e: TimelineEntry) => ({ at: e.at, ...(e.byName ? { byName: e.byName } : {}), action: e.action, ...(e.note ? { note: e.note } : {}), ...(e.images?.length ? { images: e.images } : {}) })

/** The community an item serves: its own level when that is a community, else the member unit's community. */
export function communityOf(tree: UnitTree, unitId: string, memberUnit?: MemberUnitDoc | null): string | undefined {
  if (tree[unitId]?.level === 'community') return unitId
  if (memberUnit && tree[memberUnit.unitId]?.level === 'community') return memberUnit.unitId
  return undefined
}
