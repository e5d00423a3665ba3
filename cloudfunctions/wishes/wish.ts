/**
 * The wish document, its views per viewer, and `applyWish`: the one write path for every wish
 * change — it checks role and state through the domain's `transition`, then writes the new state,
 * the patch and a timeline entry in ONE conditional update on (state, version).
 */
import { fail } from '../../src/domain/errors'
import type { WishCard, WishDetail } from '../../src/domain/contracts/wishes'
import { transition, WISH_ACTIONS, WISH_STATE_NAMES, type WishAction, type WishState } from '../../src/domain/wishes/machine'
import { beneficiaryView, readsContact, timelineName, visibility, type Beneficiary } from '../../src/domain/wishes/privacy'
import { writeAudit } from '../members/audit'
import { op, type Patch } from '../_store/port'
import type { Caller, Ctx } from '../_runtime/types'

export interface TimelineEntry {
  at: string
  by: string
  byName: string
  action: WishAction | 'post' | 'flag'
  note?: string
}

export interface WishDoc {
  _id: string
  communityId: string
  state: WishState
  version: number
  title: string
  story: string
  category?: string
  images: string[]
  beneficiary: Beneficiary
  poster: string
  posterName: string
  claimer?: string
  claimerName?: string
  claimedAt?: string
  postedAt: string
  listedAt?: string
  confirmedAt?: string
  updatedAt: string
  stale: boolean
  declineReason?: string
  fulfilment?: { note: string; images: string[]; at: string }
  thanks?: string
  resources: { resourceId: string; title: string; provider: string; note?: string }[]
  timeline: TimelineEntry[]
  [k: string]: unknown
}

export const PUBLIC_STATES: WishState[] = ['listed', 'claimed', 'fulfilled', 'confirmed']

export function displayName(caller: Caller): string {
  return caller.name ?? (caller.roles.includes('member') ? '党员' : '居民')
}

/** The wish in the caller's community, or NOT_FOUND. */
export async function loadWish(ctx: Ctx, id: string): Promise<WishDoc> {
  const wish = await ctx.store.get<WishDoc>('wishes', id)
  if (!wish || wish.communityId !== ctx.caller.communityId) fail('NOT_FOUND', '没有找到这个心愿')
  return wish
}

export async function applyWish(ctx: Ctx, id: string, action: WishAction, patch: Patch = {}, note?: string): Promise<WishDoc> {
  const wish = await loadWish(ctx, id)
  const step = transition(wish, action, ctx.caller, ctx.clock.now())
  const at = ctx.clock.now().toISOString()
  const entry: TimelineEntry = { at, by: ctx.caller.openid, byName: displayName(ctx.caller), action, ...(note ? { note } : {}) }
  const changed = await ctx.store.update(
    'wishes',
    id,
    { ...patch, state: step.to, version: op.inc(1), updatedAt: at, timeline: op.push(entry) },
    { where: { state: step.from, version: wish.version } },
  )
  if (changed === 0) {
    const now = await loadWish(ctx, id)
    if (action === 'claim' && now.claimerName) fail('CONFLICT', `手慢了，这个心愿已被${now.claimerName}认领`, { claimerName: now.claimerName, state: now.state })
    fail('CONFLICT', '这个心愿刚刚有了变化，请刷新后重试', { state: now.state })
  }
  return (await ctx.store.get<WishDoc>('wishes', id))!
}

export function cardOf(w: WishDoc, viewer: Caller, withContact = false): WishCard {
  const v = visibility(w, viewer)
  return {
    id: w._id,
    title: w.title,
    category: w.category,
    state: w.state,
    stateName: WISH_STATE_NAMES[w.state],
    beneficiary: beneficiaryView(w.beneficiary, v, withContact),
    posterName: v === 'full' ? w.posterName : undefined,
    claimerName: w.claimerName,
    postedAt: w.postedAt,
    listedAt: w.listedAt,
    claimedAt: w.claimedAt,
    flagged: w.stale && w.state === 'listed',
  }
}

export function detailOf(w: WishDoc, viewer: Caller, now: Date): WishDetail {
  const v = visibility(w, viewer)
  return {
    ...cardOf(w, viewer, true),
    story: w.story,
    images: w.images,
    declineReason: v === 'full' ? w.declineReason : undefined,
    fulfilment: w.fulfilment,
    thanks: w.thanks,
    resources: w.resources,
    timeline: w.timeline.map((t) => ({ at: t.at, byName: timelineName(t.by, t.byName, w, v), action: t.action, ...(t.note && v === 'full' ? { note: t.note } : {}) })),
    mine: { poster: w.poster === viewer.openid, claimer: w.claimer === viewer.openid },
    can: WISH_ACTIONS.filter((a) => allowed(w, a, viewer, now)),
  }
}

/** The detail answered to the caller; handing staff or the claimer the beneficiary's contact is audited. */
export async function respond(ctx: Ctx, w: WishDoc): Promise<WishDetail> {
  if (readsContact(w, visibility(w, ctx.caller), ctx.caller)) {
    await writeAudit(ctx, 'readContact', `wish:${w._id}`, { reason: '微心愿受助人联系方式', wishId: w._id })
  }
  return detailOf(w, ctx.caller, ctx.clock.now())
}

function allowed(w: WishDoc, action: WishAction, viewer: Caller, now: Date): boolean {
  try {
    transition(w, action, viewer, now)
    return true
  } catch {
    return false
  }
}

/** the most staff members one community has */
const MAX_STAFF = 1000

/** Notices to every staff member and secretary of a community. */
export async function notifyStaff(ctx: Pick<Ctx, 'store' | 'services'>, communityId: string, title: string, body: string, page: string) {
  const staff = await ctx.store.queryAll('members', { where: { communityId, roles: { $has: 'staff' } } }, { max: MAX_STAFF })
  for (const s of staff) await ctx.services.notify({ to: s._id, template: 'wish', title, body, page })
}

export const wishPage = (id: string) => `/packages/wishes/pages/detail/index?id=${id}`
