/** booking: services, slots, bookings, the staff's day, ratings (API.md). */
import { z } from 'zod'
import { AUDIENCES, BOOKING_STATUSES } from '../booking/rules'
import { id, isoTime, pageInput, pageOf, phone, requiredText, text } from './common'

const date = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, '日期格式应为 YYYY-MM-DD')
const requestId = z.string().regex(/^[A-Za-z0-9_-]{8,64}$/, '请求编号格式不对')
const reason = requiredText(200)

export const serviceKind = z.enum(['homecare', 'clinic', 'errand', 'room'])

export const serviceItem = z.object({
  id: z.string(),
  name: z.string(),
  kind: serviceKind,
  provider: z.string(),
  description: z.string(),
  audience: z.enum(AUDIENCES),
  atHome: z.boolean(),
  location: z.string().optional(),
  slotMinutes: z.number(),
  capacity: z.number(),
  cancelCutoffMinutes: z.number(),
  rating: z.object({ average: z.number(), count: z.number() }),
})

export const slotItem = z.object({
  id: z.string(),
  startAt: z.string(),
  endAt: z.string(),
  capacity: z.number(),
  booked: z.number(),
  remaining: z.number(),
  waiting: z.number(),
})

const contact = z.object({ name: requiredText(20), phone }).strict()
const beneficiary = z.object({ name: requiredText(20), phone, address: requiredText(80) }).strict()

export const bookingItem = z.object({
  id: z.string(),
  serviceId: z.string(),
  serviceName: z.string(),
  slotId: z.string(),
  startAt: z.string(),
  endAt: z.string(),
  status: z.enum(BOOKING_STATUSES),
  contact: z.object({ name: z.string(), phone: z.string() }),
  beneficiary: z.object({ name: z.string(), phone: z.string(), address: z.string() }).optional(),
  note: z.string().optional(),
  cancelReason: z.string().optional(),
  fromWaitlist: z.boolean(),
  canCancel: z.boolean(),
  canRate: z.boolean(),
  rating: z.object({ score: z.number(), comment: z.string().optional() }).optional(),
  createdAt: z.string(),
})

export const waitItem = z.object({
  slotId: z.string(),
  serviceId: z.string(),
  serviceName: z.string(),
  startAt: z.string(),
  endAt: z.string(),
  joinedAt: z.string(),
})

const ratingItem = z.object({ id: z.string(), name: z.string(), score: z.number(), comment: z.string().optional(), at: z.string() })

export const booking = {
  services: {
    input: z.object({ kind: serviceKind.optional() }).strict(),
    output: z.object({ items: z.array(serviceItem) }),
  },
  service: {
    input: z.object({ id }).strict(),
    output: serviceItem,
  },
  slots: {
    input: z.object({ serviceId: id, from: isoTime.optional(), to: isoTime.optional() }).strict(),
    output: z.object({ items: z.array(slotItem) }),
  },
  book: {
    input: z
      .object({
        slotId: id,
        requestId,
        contact: contact.optional(),
        beneficiary: beneficiary.optional(),
        age: z.number().int().min(0).max(120).optional(),
        note: text(200).optional(),
      })
      .strict(),
    output: z.object({ bookingId: z.string(), status: z.enum(BOOKING_STATUSES) }),
  },
  cancel: {
    input: z.object({ bookingId: id, reason }).strict(),
    output: z.object({ status: z.literal('cancelled') }),
  },
  waitlist: {
    input: z.object({ slotId: id, contact: contact.optional() }).strict(),
    output: z.object({ position: z.number() }),
  },
  leaveWaitlist: {
    input: z.object({ slotId: id }).strict(),
    output: z.object({ left: z.boolean() }),
  },
  waits: {
    input: z.object({}).strict(),
    output: z.object({ items: z.array(waitItem) }),
  },
  mine: {
    input: pageInput.extend({ status: z.enum(BOOKING_STATUSES).optional() }).strict(),
    output: pageOf(bookingItem),
  },
  day: {
    input: z.object({ serviceId: id, date: date.optional() }).strict(),
    output: z.object({
      date: z.string(),
      serviceName: z.string(),
      slots: z.array(slotItem.extend({ bookings: z.array(bookingItem) })),
    }),
  },
  contact: {
    input: z.object({ bookingId: id }).strict(),
    output: z.object({
      name: z.string(),
      phone: z.string(),
      beneficiary: z.object({ name: z.string(), phone: z.string(), address: z.string() }).optional(),
    }),
  },
  markDone: {
    input: z.object({ bookingId: id }).strict(),
    output: z.object({ status: z.literal('done') }),
  },
  markNoShow: {
    input: z.object({ bookingId: id }).strict(),
    output: z.object({ status: z.literal('no_show'), blockedUntil: z.string().optional() }),
  },
  rate: {
    input: z.object({ bookingId: id, score: z.number().int().min(1, '评分为 1–5 分').max(5, '评分为 1–5 分'), comment: text(200).optional() }).strict(),
    output: z.object({ score: z.number() }),
  },
  ratings: {
    input: pageInput.extend({ serviceId: id }).strict(),
    output: pageOf(ratingItem).extend({ average: z.number(), count: z.number() }),
  },
} as const

export type ServiceItem = z.infer<typeof serviceItem>
export type SlotItem = z.infer<typeof slotItem>
export type BookingItem = z.infer<typeof bookingItem>
export type WaitItem = z.infer<typeof waitItem>
