/** Booking documents as stored, and how they read in answers. */
import type { z } from 'zod'
import type { BookingItem, ServiceItem, SlotItem, serviceKind } from '../../src/domain/contracts/booking'
import type { Audience, BookingStatus } from '../../src/domain/booking/rules'
import { DEFAULT_CANCEL_CUTOFF_MINUTES, type Availability, type SlotTime } from '../../src/domain/booking/slots'
import { AppError, fail } from '../../src/domain/errors'
import { maskAddress, maskPhone } from '../../src/domain/privacy'
import type { Ctx } from '../_runtime/types'
import { op, type Store } from '../_store/port'

export interface ServiceDoc {
  _id: string
  name: string
  kind: z.infer<typeof serviceKind>
  provider: string
  description: string
  audience: Audience
  atHome: boolean
  location?: string
  rules: Availability
  active: boolean
  sort: number
  ratingSum: number
  ratingCount: number
  [k: string]: unknown
}

/** Created on the first booking of a slot; `booked` always equals the slot's active bookings. */
export interface SlotDoc {
  _id: string
  serviceId: string
  startAt: string
  endAt: string
  capacity: number
  booked: number
  waiting: number
  [k: string]: unknown
}

export interface Person {
  name: string
  phone: string
}

export interface TimelineEntry {
  at: string
  by: string
  action: string
  note?: string
}

export interface BookingDoc {
  _id: string
  openid: string
  serviceId: string
  serviceName: string
  slotId: string
  startAt: string
  endAt: string
  cancelBy: string
  status: BookingStatus
  contact: Person
  beneficiary?: Person & { address: string }
  note?: string
  cancelReason?: string
  fromWaitlist: boolean
  rating?: { score: number; comment?: string }
  remindedAt?: string
  createdAt: string
  updatedAt: string
  timeline: TimelineEntry[]
  [k: string]: unknown
}

export interface WaiterDoc {
  _id: string
  slotId: string
  openid: string
  contact: Person
  joinedAt: string
  [k: string]: unknown
}

/** One person holds at most one booking per slot: this document exists while they do. */
export const guardId = (slotId: string, openid: string) => `${slotId}:${openid}`
export const bookingIdOf = (openid: string, requestId: string) => `${openid}:${requestId}`
export const waiterId = (slotId: string, openid: string) => `${slotId}:${openid}`

export async function getService(ctx: Ctx, id: string): Promise<ServiceDoc> {
  const s = await ctx.store.get<ServiceDoc>('services', id)
  if (!s?.active) fail('NOT_FOUND', '没有这项服务，或已停止预约')
  return s
}

export async function getBooking(ctx: Ctx, id: string): Promise<BookingDoc> {
  return (await ctx.store.get<BookingDoc>('bookings', id)) ?? fail('NOT_FOUND', '没有这条预约')
}

/** The slot's document, created lazily on its first booking; a concurrent first insert (CONFLICT) is fine. */
export async function ensureSlot(store: Store, slot: SlotTime, serviceId: string): Promise<void> {
  if (await store.get('slots', slot.id)) return
  const doc: SlotDoc = { _id: slot.id, serviceId, startAt: slot.startAt, endAt: slot.endAt, capacity: slot.capacity, booked: 0, waiting: 0 }
  try {
    await store.insert('slots', doc)
  } catch (e) {
    if (!(e instanceof AppError && e.code === 'CONFLICT')) throw e
  }
}

/** Takes a person off a slot's waitlist and the slot's `waiting` counter with it; false if they were not on it. */
export async function leaveWaitlistOf(store: Store, slotId: string, openid: string): Promise<boolean> {
  return store.transaction(async (tx) => {
    if (!(await tx.remove('slot_waitlist', waiterId(slotId, openid)))) return false
    await tx.update('slots', slotId, { waiting: op.inc(-1) }, { where: { waiting: { $gt: 0 } } })
    return true
  })
}

export function serviceItem(s: ServiceDoc): ServiceItem {
  return {
    id: s._id,
    name: s.name,
    kind: s.kind,
    provider: s.provider,
    description: s.description,
    audience: s.audience,
    atHome: s.atHome,
    location: s.location,
    slotMinutes: s.rules.slotMinutes,
    capacity: s.rules.capacity,
    cancelCutoffMinutes: s.rules.cancelCutoffMinutes ?? DEFAULT_CANCEL_CUTOFF_MINUTES,
    rating: { average: s.ratingCount ? Math.round((s.ratingSum / s.ratingCount) * 10) / 10 : 0, count: s.ratingCount },
  }
}

export function slotItem(slot: SlotTime, doc: SlotDoc | undefined): SlotItem {
  const booked = doc?.booked ?? 0
  const capacity = doc?.capacity ?? slot.capacity
  return { id: slot.id, startAt: slot.startAt, endAt: slot.endAt, capacity, booked, remaining: Math.max(0, capacity - booked), waiting: doc?.waiting ?? 0 }
}

export function bookingItem(b: BookingDoc, now: Date): BookingItem {
  return {
    id: b._id,
    serviceId: b.serviceId,
    serviceName: b.serviceName,
    slotId: b.slotId,
    startAt: b.startAt,
    endAt: b.endAt,
    status: b.status,
    contact: b.contact,
    beneficiary: b.beneficiary,
    note: b.note,
    cancelReason: b.cancelReason,
    fromWaitlist: b.fromWaitlist,
    canCancel: b.status === 'booked' && now.getTime() <= Date.parse(b.cancelBy),
    canRate: b.status === 'done' && !b.rating,
    rating: b.rating,
    createdAt: b.createdAt,
  }
}

/** How staff first see a booking on the day: phones and the beneficiary's address masked (full ones via `contact`, audited). */
export function maskedItem(item: BookingItem): BookingItem {
  const b = item.beneficiary
  return {
    ...item,
    contact: { name: item.contact.name, phone: maskPhone(item.contact.phone) ?? '' },
    ...(b ? { beneficiary: { name: b.name, phone: maskPhone(b.phone) ?? '', address: maskAddress(b.address) ?? '' } } : {}),
  }
}
