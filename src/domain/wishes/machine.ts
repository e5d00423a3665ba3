/**
 * Micro-wish (微心愿) states and the one transition function every change goes through:
 *
 *   pending ──approve──▶ listed ──claim──▶ claimed ──fulfill──▶ fulfilled ──confirm──▶ confirmed
 *      └─decline(reason)─▶ declined          └─release (claimer, within 24 h)─▶ listed
 *
 * `match` (staff attach a resource) keeps the state. The machine is data (`WISH_MACHINE`, checked by
 * `checkMove`); `transition` adds the rules a table cannot say. Pure: no I/O, the caller passes the time.
 */
import { fail } from '../errors'
import { checkMove, type MachineDef } from '../machine'
import type { Role } from '../roles'

export const WISH_STATES = ['pending', 'declined', 'listed', 'claimed', 'fulfilled', 'confirmed'] as const
export type WishState = (typeof WISH_STATES)[number]

export const WISH_STATE_NAMES: Record<WishState, string> = {
  pending: '待审核',
  declined: '未通过',
  listed: '待认领',
  claimed: '已认领',
  fulfilled: '待确认',
  confirmed: '已圆梦',
}

export const WISH_ACTIONS = ['approve', 'decline', 'claim', 'release', 'fulfill', 'confirm', 'match'] as const
export type WishAction = (typeof WISH_ACTIONS)[number]

/** A claimer may give a wish back within this long after claiming it. */
export const RELEASE_WINDOW_MS = 24 * 60 * 60 * 1000
/** Listed this long without a claimer, a wish is flagged for staff. */
export const STALE_AFTER_DAYS = 30
/** Points the claimer earns when the poster confirms. */
export const WISH_POINTS = 10

export interface Actor {
  openid: string
  roles: readonly Role[]
}

export interface WishFacts {
  state: WishState
  poster: string
  claimer?: string
  claimerName?: string
  claimedAt?: string
  confirmedAt?: string
}

export interface Step {
  from: WishState
  to: WishState
}

const STAFF: readonly Role[] = ['staff', 'secretary']
export const isStaff = (a: Actor) => a.roles.some((r) => STAFF.includes(r))

export type WishWho = 'staff' | 'member' | 'claimer' | 'poster'

const BY_STAFF = '只有社区书记或社工可以办理'
const BY_CLAIMER = '只有认领人可以办理'
const REVIEWED = '这个心愿已经审核过了'

export const WISH_MACHINE: MachineDef<WishState, WishAction, WishWho> = {
  noun: '心愿',
  names: WISH_STATE_NAMES,
  moves: {
    approve: { from: ['pending'], to: 'listed', who: ['staff'], notAllowed: BY_STAFF, wrongState: REVIEWED },
    decline: { from: ['pending'], to: 'declined', who: ['staff'], notAllowed: BY_STAFF, wrongState: REVIEWED },
    claim: { from: ['listed'], to: 'claimed', who: ['member'], notAllowed: '只有党员可以认领心愿', wrongState: '这个心愿现在不能认领' },
    release: { from: ['claimed'], to: 'listed', who: ['claimer'], notAllowed: BY_CLAIMER, wrongState: '只有已认领、未完成的心愿可以退回' },
    fulfill: { from: ['claimed'], to: 'fulfilled', who: ['claimer'], notAllowed: BY_CLAIMER, wrongState: '只有已认领的心愿可以提交完成' },
    confirm: {
      from: ['fulfilled'],
      to: 'confirmed',
      who: ['poster'],
      notAllowed: '只有发布人可以确认',
      wrongState: '认领人提交完成后才能确认',
      doneIn: ['confirmed'],
      done: '您已经确认过这个心愿了',
    },
    match: { from: ['pending', 'listed', 'claimed'], who: ['staff'], wrongState: '这个心愿已完成，无需再对接资源', notAllowed: BY_STAFF },
  },
}

function is(wish: WishFacts, actor: Actor) {
  return (who: WishWho): boolean => {
    switch (who) {
      case 'staff':
        return isStaff(actor)
      case 'member':
        return actor.roles.includes('member')
      case 'claimer':
        return actor.openid === wish.claimer
      case 'poster':
        return actor.openid === wish.poster
    }
  }
}

/**
 * Checks that `actor` may do `action` on `wish` at `now`; answers the state change to write
 * conditionally on the state read, or throws FORBIDDEN / CONFLICT / ALREADY_DONE / TOO_LATE.
 * A claim that finds the wish taken names who took it.
 */
export function transition(wish: WishFacts, action: WishAction, actor: Actor, now: Date): Step {
  const may = is(wish, actor)
  if (action === 'claim' && may('member')) {
    if (actor.openid === wish.poster) fail('FORBIDDEN', '不能认领自己发布的心愿')
    if (wish.state !== 'listed' && wish.claimerName) fail('CONFLICT', `手慢了，这个心愿已被${wish.claimerName}认领`, { claimerName: wish.claimerName, state: wish.state })
  }
  const to = checkMove(WISH_MACHINE, action, wish.state, may)
  if (action === 'release' && !canRelease(wish.claimedAt, now)) fail('TOO_LATE', '认领超过 24 小时，不能再退回，请联系社工')
  return { from: wish.state, to }
}

/** The claimer's points for a confirmed wish: one ledger entry per wish (its id makes it once-only). */
export function wishAward(wish: { _id: string; title: string; claimer: string }) {
  return { openid: wish.claimer, amount: WISH_POINTS, reason: 'wish' as const, sourceId: wish._id, note: wish.title }
}

export function canRelease(claimedAt: string | undefined, now: Date): boolean {
  return !!claimedAt && now.getTime() - Date.parse(claimedAt) <= RELEASE_WINDOW_MS
}

/** The listing instant before which a still-listed wish counts as stale. */
export function staleCutoff(now: Date): string {
  return new Date(now.getTime() - STALE_AFTER_DAYS * 24 * 60 * 60 * 1000).toISOString()
}
