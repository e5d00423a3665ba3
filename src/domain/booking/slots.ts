/**
 * Slot generation from a service's availability rules, in the community's zone (Asia/Shanghai).
 * Pure: the same rules and the same "now" always give the same slots and the same slot ids.
 */
import { addDays, addMinutes, atLocal, localDate, localWeekday } from '../time'

/** Opening hours on one weekday (0 = Sunday … 6 = Saturday), wall-clock "HH:mm". */
export interface Opening {
  weekday: number
  from: string
  to: string
}

export interface Availability {
  hours: Opening[]
  slotMinutes: number
  capacity: number
  bufferMinutes?: number
  /** bookings close this long before a slot starts (default 2 h) */
  minNoticeMinutes?: number
  /** how far ahead people may book (default 30 days) */
  horizonDays?: number
  /** closed calendar days, "YYYY-MM-DD" */
  closedDates?: string[]
  /** the booker may cancel until this long before the start (default 2 h) */
  cancelCutoffMinutes?: number
}

export const DEFAULT_NOTICE_MINUTES = 120
export const DEFAULT_HORIZON_DAYS = 30
export const DEFAULT_CANCEL_CUTOFF_MINUTES = 120

export interface SlotTime {
  id: string
  startAt: string
  endAt: string
  capacity: number
}

/** Deterministic slot id: the same service and start always name the same slot. */
export function slotId(serviceId: string, startAt: string): string {
  return `${serviceId}:${new Date(startAt).toISOString()}`
}

const SLOT_ID = /^(.+):(\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z)$/

/** Splits a slot id into its service and start, or null when it is not one. */
export function parseSlotId(id: string): { serviceId: string; startAt: string } | null {
  const m = SLOT_ID.exec(id)
  if (!m || Number.isNaN(Date.parse(m[2]))) return null
  return { serviceId: m[1], startAt: m[2] }
}

/** Every slot of one local calendar day by the weekly hours alone (no notice, horizon or closures). */
export function daySlots(serviceId: string, rules: Availability, date: string): SlotTime[] {
  if (rules.closedDates?.includes(date)) return []
  const weekday = localWeekday(atLocal(date, '12:00'))
  const step = rules.slotMinutes + (rules.bufferMinutes ?? 0)
  const out: SlotTime[] = []
  const openings = rules.hours.filter((o) => o.weekday === weekday).sort((a, b) => a.from.localeCompare(b.from))
  for (const o of openings) {
    const close = atLocal(date, o.to).getTime()
    for (let t = atLocal(date, o.from); addMinutes(t, rules.slotMinutes).getTime() <= close; t = addMinutes(t, step)) {
      const startAt = t.toISOString()
      out.push({ id: slotId(serviceId, startAt), startAt, endAt: addMinutes(t, rules.slotMinutes).toISOString(), capacity: rules.capacity })
    }
  }
  return out
}

export type Bookability = 'open' | 'too_late' | 'too_early'

/** Whether a slot starting at `startAt` can be booked at `now` (minimum notice and horizon). */
export function bookability(rules: Availability, startAt: string, now: Date): Bookability {
  const start = Date.parse(startAt)
  if (start < addMinutes(now, rules.minNoticeMinutes ?? DEFAULT_NOTICE_MINUTES).getTime()) return 'too_late'
  if (start > addMinutes(now, (rules.horizonDays ?? DEFAULT_HORIZON_DAYS) * 1440).getTime()) return 'too_early'
  return 'open'
}

/**
 * The bookable slots between two local days (inclusive), clipped to what `now` allows:
 * closed days give none, slots inside the minimum notice or beyond the horizon are left out.
 */
export function generateSlots(serviceId: string, rules: Availability, range: { from: string; to: string }, now: Date): SlotTime[] {
  const out: SlotTime[] = []
  const first = range.from < localDate(now) ? localDate(now) : range.from
  for (let d = first; d <= range.to; d = addDays(d, 1)) {
    for (const s of daySlots(serviceId, rules, d)) if (bookability(rules, s.startAt, now) === 'open') out.push(s)
    if (Date.parse(atLocal(d).toISOString()) > addMinutes(now, (rules.horizonDays ?? DEFAULT_HORIZON_DAYS) * 1440).getTime()) break
  }
  return out
}

/** The slot a slot id names, if the service's rules really produce it (closed days and odd times do not). */
export function findSlot(serviceId: string, rules: Availability, id: string): SlotTime | null {
  const parsed = parseSlotId(id)
  if (!parsed || parsed.serviceId !== serviceId) return null
  return daySlots(serviceId, rules, localDate(parsed.startAt)).find((s) => s.id === id) ?? null
}

/** The booker may cancel until the cut-off before the start. */
export function canCancel(rules: Availability, startAt: string, now: Date): boolean {
  return now.getTime() <= Date.parse(startAt) - (rules.cancelCutoffMinutes ?? DEFAULT_CANCEL_CUTOFF_MINUTES) * 60_000
}
