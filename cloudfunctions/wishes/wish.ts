/**
 * The wish document, its views per viewer, and `applyWish`: the one write path for every wish
 * change — the domain's `transition` checks role and state on the wish as it is now, and
 * `applyTransition` writes the new state, the patch, a timeline entry and the change's effects
 * (points, notices) in one transaction conditioned on (state, version).
 */
import { fail } from '../../src/domain/errors'
import type { WishCard, WishDetail } from '../../src/domain/contracts/wishes'
import type { TimelineEntry as Entry } from '../../src/domain/machine'
import { transition, WISH_ACTIONS, WISH_STATE_NAMES, type WishAction, type WishState } from '../../src/domain/wishes/machine'
import { SCORE_NAMES, type Score } from '../../src/domain/wishes/satisfaction'
import { beneficiaryView, readsContact, timelineName, visibility, type Beneficiary } from '../../src/domain/wishes/privacy'
import { writeAudit } from '../members/audit'
import type { Patch, Store } from '../_store/port'
import { applyTransition, type Effects, type Move } from '../_runtime/transition'
import type { Caller, Ctx, Notice } from '../_runtime/types'

export interface TimelineEntry extends Entry {
  byName: string
  action: WishAction | 'post' | 'flag'
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
  score?: number
  resources: { resourceId: string; title: string; provider: string; note?: string }[]
  timeline: TimelineEntry[]
  [k: string]: unknown
}

export const PUBLIC_STATES: WishState[] = ['listed', 'claimed', 'fulfilled', 'confirmed']

export function displayName(caller: Caller): string {
  return caller.name ?? (caller.roles.includes('member') ? '党员' : '居民')
}

const NOT_FOUND = '没有找到这个心愿'

/** The wish in the caller's community, or NOT_FOUND. */
export async function loadWish(ctx: Ctx, id: string): Promise<WishDoc> {
  const wish = await ctx.store.get<WishDoc>('wishes', id)
  if (!wish || wish.communityId !== ctx.caller.communityId) fail('NOT_FOUND', NOT_FOUND)
  return wish
}

/** What a wish change writes besides the state: fields, a note on the timeline, its effects. */
export interface WishChange {
  patch?: Patch
  note?: string
  effects?: Effects
  /** further writes of the same change, in its transaction (the 满意度 summary) */
  also?: Move['also']
}

/**
 * Applies `action` by the caller. `change` sees the wish as it is when the change is decided (it
 * may refuse too); when someone else changed the wish first, it is read again and decided anew,
 * so a second claim is told who won.
 */
export async function applyWish(ctx: Ctx, id: string, action: WishAction, change: (w: WishDoc) => WishChange = () => ({})): Promise<WishDoc> {
  const now = ctx.clock.now()
  const { after } = await applyTransition<WishDoc>(
    ctx,
    {
      coll: 'wishes',
      notFound: NOT_FOUND,
      visible: (w) => w.communityId === ctx.caller.communityId,
      decide: (w) => {
        const { to } = transition(w, action, ctx.caller, now)
        const { patch, note, effects, also } = change(w)
        const entry: TimelineEntry = { at: now.toISOString(), by: ctx.caller.openid, byName: displayName(ctx.caller), action, ...(note ? { note } : {}) }
        return { to, patch, entry, effects, also }
      },
      busy: '这个心愿刚刚有了变化，请刷新后重试',
    },
    id,
  )
  return after
}

/** A notice about wish `id` (subscribe template 'wish'). */
export function wishNotice(to: string, id: string, title: string, body: string): Notice {
  return { to, template: 'wish', title, body, page: wishPage(id) }
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
    ...(w.score ? { score: w.score, scoreName: SCORE_NAMES[w.score as Score] } : {}),
    resources: w.resources,
    timeline: w.timeline.map((t) => ({ at: t.at, byName: timelineName(t.by, t.byName, w, v), action: t.action, ...(t.note && v === 'full' ? { note: t.note } : {}) })),
    mine: { poster: w.poster === viewer.openid, claimer: w.claimer === viewer.openid },
    can: WISH_ACTIONS.filter((a) => allowed(w, a, viewer, now)),
  }
}

/** The detail answered to the caller; handing staff or the claimer the beneficiary's contact is audited. */
export async function respond(ctx: Ctx, w: WishDoc): Promise<WishDetail> {
  if (readsContact(w, visibility(w, ctx.caller), ctx.caller)) {
    await writeAudit(ctx, 'readContact', `wish:${w._id}`, { reason: '微心愿受助人联系方式', wishId: w._id }, { unitId: w.communityId })
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

/** Notices to every staff member of a community (read before the write that carries them). */
export async function staffNotices(store: Store, communityId: string, id: string, title: string, body: string): Promise<Notice[]> {
  const staff = await store.queryAll('members', { where: { communityId, roles: { $has: 'staff' } } }, { max: MAX_STAFF })
  return staff.map((s) => wishNotice(s._id, id, title, body))
}

export const wishPage = (id: string) => `/packages/wishes/pages/detail/index?id=${id}`
