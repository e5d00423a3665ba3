/**
 * 双报到: in-service members log hours at a service post; staff confirm or reject each log once.
 * Confirmed hours become points (pointsForHours), awarded in the same write as the decision.
 */
import { fail } from '../errors'
import { checkMove, type MachineDef } from '../machine'
import { pointsForHours } from '../points'
import { local } from '../time'
import { isStaff, type Actor } from './machine'

export const HOURS_STATES = ['pending', 'confirmed', 'rejected'] as const
export type HoursState = (typeof HOURS_STATES)[number]

export const HOURS_STATE_NAMES: Record<HoursState, string> = { pending: '待确认', confirmed: '已确认', rejected: '未通过' }

const DECIDE = { notAllowed: '只有社区书记或社工可以确认服务时长', done: '这条服务记录已经处理过了' }

export type HoursMove = 'confirm' | 'reject'

/** A log is decided once, by staff: pending ──confirm──▶ confirmed (points) / ──reject(reason)──▶ rejected. */
export const HOURS_MACHINE: MachineDef<HoursState, HoursMove, 'staff'> = {
  noun: '服务记录',
  names: HOURS_STATE_NAMES,
  moves: {
    confirm: { from: ['pending'], to: 'confirmed', who: ['staff'], doneIn: ['confirmed', 'rejected'], ...DECIDE },
    reject: { from: ['pending'], to: 'rejected', who: ['staff'], doneIn: ['confirmed', 'rejected'], ...DECIDE },
  },
}

/** Staff decide on a pending log; answers the state to write conditionally on the state read. */
export function decideHours(log: { state: HoursState; openid: string }, accept: boolean, actor: Actor): HoursState {
  if (isStaff(actor) && log.openid === actor.openid) fail('FORBIDDEN', '不能确认自己的服务时长')
  return checkMove(HOURS_MACHINE, accept ? 'confirm' : 'reject', log.state, () => isStaff(actor))
}

/** The member's points for a confirmed log: one ledger entry per log (its id makes it once-only). */
export function hoursAward(log: { _id: string; openid: string; postName: string; hours: number }) {
  return { openid: log.openid, amount: pointsForHours(log.hours), reason: 'service' as const, sourceId: log._id, note: `${log.postName} ${log.hours} 小时` }
}

/** YYYY-01-01 of the community's current year: "this year" in the roster. */
export function yearStart(now: Date): string {
  return `${local(now).year()}-01-01`
}
