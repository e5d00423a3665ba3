/**
 * Time in the community's zone. Cloud functions run in UTC; people live in Asia/Shanghai.
 * Everything that speaks of "today", "this week", "19:00" goes through here — never Date#getHours().
 * Stored instants are UTC ISO strings (sortable); the UI shows +08:00.
 */
import dayjs from 'dayjs'
import utc from 'dayjs/plugin/utc'
import timezone from 'dayjs/plugin/timezone'

dayjs.extend(utc)
dayjs.extend(timezone)

export const ZONE = 'Asia/Shanghai'

export type Instant = Date | string | number

/** A dayjs in the community's zone. */
export function local(t: Instant): dayjs.Dayjs {
  return dayjs(t).tz(ZONE)
}

/** UTC ISO string for storage and comparisons. */
export function iso(t: Instant): string {
  return new Date(typeof t === 'string' ? Date.parse(t) : t).toISOString()
}

/** ISO string with +08:00 for people and APIs. */
export function isoLocal(t: Instant): string {
  return local(t).format('YYYY-MM-DDTHH:mm:ssZ')
}

/** The instant of a wall-clock time in the community, e.g. atLocal('2026-11-24', '19:30'). */
export function atLocal(date: string, hhmm = '00:00'): Date {
  return dayjs.tz(`${date} ${hhmm}`, 'YYYY-MM-DD HH:mm', ZONE).toDate()
}

/** YYYY-MM-DD of the community's calendar day containing t. */
export function localDate(t: Instant): string {
  return local(t).format('YYYY-MM-DD')
}

/** Minutes since local midnight (0..1439). */
export function localMinutes(t: Instant): number {
  const d = local(t)
  return d.hour() * 60 + d.minute()
}

/** 0 = Sunday … 6 = Saturday, in the community's calendar. */
export function localWeekday(t: Instant): number {
  return local(t).day()
}

export function addMinutes(t: Instant, minutes: number): Date {
  return new Date(new Date(t).getTime() + minutes * 60_000)
}

export function addDays(date: string, days: number): string {
  return dayjs.tz(date, ZONE).add(days, 'day').format('YYYY-MM-DD')
}

/** Start (inclusive) and end (exclusive) of the local week (Monday first) containing t. */
export function localWeek(t: Instant): { start: Date; end: Date } {
  const d = local(t).startOf('day')
  const back = (d.day() + 6) % 7
  const start = d.subtract(back, 'day')
  return { start: start.toDate(), end: start.add(7, 'day').toDate() }
}

/** "11月24日 周二 19:30" — how a time reads on a card. */
export function formatLocal(t: Instant, withWeekday = true): string {
  const d = local(t)
  const wd = '日一二三四五六'[d.day()]
  return `${d.month() + 1}月${d.date()}日${withWeekday ? ` 周${wd}` : ''} ${d.format('HH:mm')}`
}

/**
 * Resolves a relative seed time such as "@+2d 19:30" or "@-3d 09:00" against `now`
 * in the community's zone; absolute ISO strings pass through.
 */
export function resolveSeedTime(spec: string, now: Instant): string {
  const m = /^@([+-]\d+)d(?: (\d{2}:\d{2}))?$/.exec(spec)
  if (!m) return iso(spec)
  const day = addDays(localDate(now), Number(m[1]))
  return iso(atLocal(day, m[2] ?? '00:00'))
}
