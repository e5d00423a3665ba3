/** Rules of the event menu: who may join, cut-offs, months (who may move an event or a sign-up: machine.ts). */
import type { Role } from '../roles'
import { atLocal, local } from '../time'

export type OpenTo = 'members' | 'all'
export type EventStatus = 'published' | 'cancelled'
export type SignupStatus = 'confirmed' | 'waitlisted' | 'cancelled'

export const THEMES = ['党课学习', '红色寻访', '志愿服务', '主题党日', '技能培训', '文体活动'] as const

/** Members-only events need the member role; open events take any resident. */
export function mayJoin(openTo: OpenTo, roles: readonly Role[]): boolean {
  return openTo === 'all' || roles.includes('member')
}

/** Cancelling a sign-up is allowed until this long before the start. */
export const CANCEL_CUTOFF_MS = 2 * 3600_000

export function mayCancelSignup(startAt: string, nowMs: number): boolean {
  return nowMs <= Date.parse(startAt) - CANCEL_CUTOFF_MS
}

/** Sign-up stays open until the event starts. */
export function maySignUp(startAt: string, nowMs: number): boolean {
  return nowMs < Date.parse(startAt)
}

/** [from, to) instants of a local calendar month "YYYY-MM". */
export function monthRange(month: string): { from: string; to: string } {
  const start = atLocal(`${month}-01`)
  const next = local(start).add(1, 'month').format('YYYY-MM-DD')
  return { from: start.toISOString(), to: atLocal(next).toISOString() }
}

/** "YYYY-MM" of the local month containing t. */
export function monthOf(t: Date | string | number): string {
  return local(t).format('YYYY-MM')
}

/** Themes can be proposed for the current month and the ones after it. */
export function mayProposeFor(month: string, now: Date | string | number): boolean {
  return month >= monthOf(now)
}

