/**
 * 双报到: in-service members log hours at a service post; staff confirm or reject each log once.
 * Confirmed hours become points (pointsForHours).
 */
import { fail } from '../errors'
import { local } from '../time'
import { isStaff, type Actor } from './machine'

export const HOURS_STATES = ['pending', 'confirmed', 'rejected'] as const
export type HoursState = (typeof HOURS_STATES)[number]

export const HOURS_STATE_NAMES: Record<HoursState, string> = { pending: '待确认', confirmed: '已确认', rejected: '未通过' }

/** Staff decide on a pending log; answers the state to write conditionally (`where: {state:'pending'}`). */
export function decideHours(log: { state: HoursState; openid: string }, accept: boolean, actor: Actor): HoursState {
  if (!isStaff(actor)) fail('FORBIDDEN', '只有社区书记或社工可以确认服务时长')
  if (log.openid === actor.openid) fail('FORBIDDEN', '不能确认自己的服务时长')
  if (log.state !== 'pending') fail('ALREADY_DONE', '这条服务记录已经处理过了', { state: log.state })
  return accept ? 'confirmed' : 'rejected'
}

/** YYYY-01-01 of the community's current year: "this year" in the roster. */
export function yearStart(now: Date): string {
  return `${local(now).year()}-01-01`
}
