/**
 * Micro-wish (微心愿) states and the one transition function every change goes through:
 *
 *   pending ──approve──▶ listed ──claim──▶ claimed ──fulfill──▶ fulfilled ──confirm──▶ confirmed
 *      └─decline(reason)─▶ declined          └─release (claimer, within 24 h)─▶ listed
 *
 * `match` (staff attach a resource) keeps the state. Pure: no I/O, the caller passes the time.
 */
import { fail } from '../errors'
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
  claimedAt?: string
}

export interface Step {
  from: WishState
  to: WishState
}

const STAFF: readonly Role[] = ['staff', 'secretary']
export const isStaff = (a: Actor) => a.roles.some((r) => STAFF.includes(r))

const RULES: Record<WishAction, { from: readonly WishState[]; to?: WishState; wrongState: string }> = {
  approve: { from: ['pending'], to: 'listed', wrongState: '这个心愿已经审核过了' },
  decline: { from: ['pending'], to: 'declined', wrongState: '这个心愿已经审核过了' },
  claim: { from: ['listed'], to: 'claimed', wrongState: '这个心愿现在不能认领' },
  release: { from: ['claimed'], to: 'listed', wrongState: '只有已认领、未完成的心愿可以退回' },
  fulfill: { from: ['claimed'], to: 'fulfilled', wrongState: '只有已认领的心愿可以提交完成' },
  confirm: { from: ['fulfilled'], to: 'confirmed', wrongState: '认领人提交完成后才能确认' },
  match: { from: ['pending', 'listed', 'claimed'], wrongState: '这个心愿已完成，无需再对接资源' },
}

function checkRole(action: WishAction, wish: WishFacts, actor: Actor): void {
  switch (action) {
    case 'approve':
    case 'decline':
    case 'match':
      if (!isStaff(actor)) fail('FORBIDDEN', '只有社区书记或社工可以办理')
      return
    case 'claim':
      if (!actor.roles.includes('member')) fail('FORBIDDEN', '只有党员可以认领心愿')
      if (actor.openid === wish.poster) fail('FORBIDDEN', '不能认领自己发布的心愿')
      return
    case 'release':
    case 'fulfill':
      if (actor.openid !== wish.claimer) fail('FORBIDDEN', '只有认领人可以办理')
      return
    case 'confirm':
      if (actor.openid !== wish.poster) fail('FORBIDDEN', '只有发布人可以确认')
  }
}

/**
 * Checks that `actor` may do `action` on `wish` at `now`; answers the state change to write
 * conditionally (`where: {state: from}`), or throws FORBIDDEN / CONFLICT / TOO_LATE.
 */
export function transition(wish: WishFacts, action: WishAction, actor: Actor, now: Date): Step {
  const rule = RULES[action]
  checkRole(action, wish, actor)
  if (!rule.from.includes(wish.state)) fail('CONFLICT', rule.wrongState, { state: wish.state })
  if (action === 'release' && !canRelease(wish.claimedAt, now)) fail('TOO_LATE', '认领超过 24 小时，不能再退回，请联系社工')
  return { from: wish.state, to: rule.to ?? wish.state }
}

export function canRelease(claimedAt: string | undefined, now: Date): boolean {
  return !!claimedAt && now.getTime() - Date.parse(claimedAt) <= RELEASE_WINDOW_MS
}

/** The listing instant before which a still-listed wish counts as stale. */
export function staleCutoff(now: Date): string {
  return new Date(now.getTime() - STALE_AFTER_DAYS * 24 * 60 * 60 * 1000).toISOString()
}
