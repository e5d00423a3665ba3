/** Words and small helpers the booking pages share. */
import type { BookingStatus } from '@/domain/booking/rules'
import { formatLocal, localDate } from '@/domain/time'

export const STATUS_TAGS: Record<BookingStatus, string> = { booked: 'tag-red', cancelled: 'tag-gray', done: 'tag-green', no_show: 'tag-gray' }

/** "11月25日 周三 09:00–10:00" */
export function slotLabel(startAt: string, endAt: string): string {
  return `${formatLocal(startAt)}–${formatLocal(endAt, false).split(' ').pop()}`
}

/** "09:00" */
export function clock(iso: string): string {
  return formatLocal(iso, false).split(' ').pop() ?? ''
}

/** Groups items by their local calendar day, in order. */
export function byDay<T extends { startAt: string }>(items: T[]): [string, T[]][] {
  const days = new Map<string, T[]>()
  for (const it of items) {
    const d = localDate(it.startAt)
    days.set(d, [...(days.get(d) ?? []), it])
  }
  return [...days]
}

/** "11月25日 周三" */
export function dayLabel(date: string): string {
  return formatLocal(`${date}T12:00:00+08:00`).split(' ').slice(0, 2).join(' ')
}

/** One id per tap of 预约, so a retried request can never book twice. */
export function newRequestId(): string {
  return `r${Date.now().toString(36)}${Math.random().toString(36).slice(2, 10)}`
}

/** The mini-program's subscribe-message template for the evening-before reminder (set the real id when deploying). */
/** The reminder's subscribe-message template, set at build time (README: deploy); empty locally. */
export const REMINDER_TEMPLATE_ID = typeof REDPOST_TPL_BOOKING_REMINDER === 'string' ? REDPOST_TPL_BOOKING_REMINDER : ''
