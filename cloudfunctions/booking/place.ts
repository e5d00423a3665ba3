/** Building a new booking document and the contact it carries. */
import { fail } from '../../src/domain/errors'
import type { Ctx } from '../_runtime/types'
import type { BookingDoc, Person } from './booking-doc'

export interface NewBooking {
  _id: string
  openid: string
  /** the booker's community: the street dashboard counts bookings by it */
  communityId: string
  from: Pick<BookingDoc, 'serviceId' | 'serviceName' | 'slotId' | 'startAt' | 'endAt' | 'cancelBy'>
  contact: Person
  fromWaitlist: boolean
  beneficiary?: BookingDoc['beneficiary']
  note?: string
}

export function newBooking(ctx: Ctx, b: NewBooking): BookingDoc {
  const now = ctx.clock.now().toISOString()
  const { serviceId, serviceName, slotId, startAt, endAt, cancelBy } = b.from
  return {
    _id: b._id,
    openid: b.openid,
    communityId: b.communityId,
    serviceId,
    serviceName,
    slotId,
    startAt,
    endAt,
    cancelBy,
    status: 'booked',
    contact: b.contact,
    ...(b.beneficiary ? { beneficiary: b.beneficiary } : {}),
    ...(b.note ? { note: b.note } : {}),
    fromWaitlist: b.fromWaitlist,
    createdAt: now,
    updatedAt: now,
    timeline: [{ at: now, by: ctx.caller.openid, action: b.fromWaitlist ? 'promote' : 'book' }],
  }
}

/** The contact given, else the caller's profile name and phone. */
export async function contactOf(ctx: Ctx, given: Person | undefined): Promise<Person> {
  if (given) return given
  const me = ctx.caller.member
  if (!me?.name || !me.phone) fail('INVALID_INPUT', '请填写联系人姓名和手机号')
  return { name: me.name, phone: me.phone }
}
