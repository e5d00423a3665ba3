/** Booking states, no-show blocks and who may book a service (who may move a booking: machine.ts). */
import { addMinutes } from '../time'

export const BOOKING_STATUSES = ['booked', 'cancelled', 'done', 'no_show'] as const
export type BookingStatus = (typeof BOOKING_STATUSES)[number]

export const STATUS_NAMES: Record<BookingStatus, string> = {
  booked: '已预约',
  cancelled: '已取消',
  done: '已完成',
  no_show: '未到',
}

export const NO_SHOW_LIMIT = 3
export const NO_SHOW_WINDOW_DAYS = 60
export const NO_SHOW_BLOCK_DAYS = 14

/**
 * Three no-shows within 60 days block new bookings for 14 days from the third one.
 * `times` are the starts of the missed bookings; answers the end of the block, or null.
 */
export function blockedUntil(times: string[], now: Date): Date | null {
  const sorted = times.map((t) => Date.parse(t)).sort((a, b) => b - a)
  let until: number | null = null
  for (let i = 0; i + NO_SHOW_LIMIT - 1 < sorted.length; i++) {
    if (sorted[i] - sorted[i + NO_SHOW_LIMIT - 1] <= NO_SHOW_WINDOW_DAYS * 86_400_000) {
      const end = addMinutes(sorted[i], NO_SHOW_BLOCK_DAYS * 1440).getTime()
      until = Math.max(until ?? 0, end)
    }
  }
  return until !== null && until > now.getTime() ? new Date(until) : null
}

export const AUDIENCES = ['all', 'seniors', 'households'] as const
export type Audience = (typeof AUDIENCES)[number]

export const AUDIENCE_NAMES: Record<Audience, string> = {
  all: '所有居民',
  seniors: '60 岁以上老人',
  households: '已登记住户',
}

export const SENIOR_AGE = 60

/** Why this person may not book a service for this audience, or null when they may. */
export function audienceRefusal(audience: Audience, who: { building?: string; age?: number }): string | null {
  if (audience === 'households' && !who.building) return '此服务仅面向已登记住户，请先在“我的”里填写所住楼栋'
  if (audience === 'seniors' && (who.age === undefined || who.age < SENIOR_AGE)) {
    return `此服务面向 ${SENIOR_AGE} 岁以上老人，请填写服务对象的年龄（可替家中老人预约）`
  }
  return null
}
