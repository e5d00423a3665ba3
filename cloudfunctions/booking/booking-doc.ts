/** A booking as stored, how it is found, and how it reads in answers (to the booker, masked for staff). */
import type { BookingItem } from '../../src/domain/contracts/booking'
import type { BookingStatus } from '../../src/domain/booking/rules'
import { fail } from '../../src/domain/errors'
import type { TimelineEntry } from '../../src/domain/machine'
import { maskAddress, maskPhone } from '../../src/domain/privacy'
import type { Ctx } from '../_runtime/types'

export interface Person {
  name: string
  phone: string
}

export interface BookingDoc {
  _id: string
  openid: string
  /** the booker's community (absent on bookings made before it was kept) */
  communityId?: string
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
  version?: number
  timeline: TimelineEntry[]
  [k: string]: unknown
}

export const BOOKINGS = 'bookings'
export const NO_BOOKING = '没有这条预约'

export const bookingIdOf = (openid: string, requestId: string) => `${openid}:${requestId}`

/**
 * A booking the caller may act on: their own, or one of a service in their sight (bookings carry no
 * unit, so staff reach another's booking only through its service, which is scoped).
 */
export async function getBooking(ctx: Ctx, id: string): Promise<BookingDoc> {
  const b = (await ctx.store.get<BookingDoc>(BOOKINGS, id)) ?? fail('NOT_FOUND', NO_BOOKING)
  if (b.openid !== ctx.caller.openid && !(await ctx.store.get('services', b.serviceId))) fail('NOT_FOUND', NO_BOOKING)
  return b
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
