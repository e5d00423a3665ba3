/** events: bases, the monthly menu, sign-up with waitlist, rotating-QR check-in, themes, ratings (API.md). */
import { z } from 'zod'
import { id, isoTime, openid, pageInput, pageOf, requiredText, text } from './common'

const month = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, '月份格式应为 YYYY-MM')
const openTo = z.enum(['members', 'all'])
const token = z.string().trim().min(1, '请输入签到码').max(200, '签到码太长')
const point = z.object({ lat: z.number().min(-90).max(90), lng: z.number().min(-180).max(180) }).strict()

export const eventItem = z.object({
  id: z.string(),
  title: z.string(),
  theme: z.string(),
  baseId: z.string(),
  baseName: z.string().optional(),
  startAt: z.string(),
  endAt: z.string(),
  capacity: z.number(),
  signedUp: z.number(),
  openTo,
  points: z.number(),
  status: z.enum(['published', 'cancelled']),
})

export const base = z.object({
  id: z.string(),
  name: z.string(),
  kind: z.string(),
  address: z.string(),
  hours: z.string(),
  intro: z.string(),
  photos: z.array(z.string()),
  lat: z.number(),
  lng: z.number(),
  distanceM: z.number().optional(),
  walkMinutes: z.number().optional(),
})

export const eventDetail = eventItem.extend({
  description: z.string(),
  base: base.optional(),
  waitlisted: z.number(),
  checkedIn: z.number(),
  cancelReason: z.string().optional(),
  mine: z.object({
    signup: z.enum(['confirmed', 'waitlisted', 'cancelled']).optional(),
    checkedInAt: z.string().optional(),
    rated: z.number().optional(),
  }),
})

const eventFields = {
  title: requiredText(40),
  theme: requiredText(20),
  baseId: id,
  description: text(1000).optional(),
  startAt: isoTime,
  endAt: isoTime,
  capacity: z.number().int().min(1, '名额至少 1 人').max(2000),
  openTo,
  points: z.number().int().min(0).max(20).optional(),
}

const checkedIn = z.object({ eventId: z.string(), openid: z.string(), name: z.string(), checkedInAt: z.string(), points: z.number() })

export const themeRow = z.object({
  id: z.string(),
  rank: z.number(),
  month: z.string(),
  title: z.string(),
  description: z.string(),
  byName: z.string(),
  votes: z.number(),
  voted: z.boolean(),
})

export const events = {
  list: {
    input: pageInput.extend({ month: month.optional(), from: isoTime.optional(), to: isoTime.optional(), theme: text(20).optional(), baseId: id.optional() }).strict(),
    output: pageOf(eventItem),
  },
  get: { input: z.object({ id }).strict(), output: eventDetail },
  bases: {
    input: z.object({ near: point.optional(), withinMin: z.number().int().min(1).max(120).optional() }).strict(),
    output: z.object({ items: z.array(base) }),
  },
  create: { input: z.object(eventFields).strict(), output: z.object({ id: z.string() }) },
  update: {
    input: z.object({ id, ...eventFields }).partial().required({ id: true }).strict(),
    output: z.object({ id: z.string() }),
  },
  cancel: {
    input: z.object({ id, reason: requiredText(200) }).strict(),
    output: z.object({ id: z.string(), status: z.literal('cancelled'), notified: z.number() }),
  },
  signUp: { input: z.object({ eventId: id }).strict(), output: z.object({ status: z.enum(['confirmed', 'waitlisted']) }) },
  cancelSignUp: {
    input: z.object({ eventId: id }).strict(),
    output: z.object({ status: z.literal('cancelled'), promoted: z.string().optional() }),
  },
  checkinToken: {
    input: z.object({ eventId: id }).strict(),
    output: z.object({ token: z.string(), expiresAt: z.string(), checkedIn: z.number(), signedUp: z.number() }),
  },
  checkIn: { input: z.object({ token, eventId: id.optional() }).strict(), output: checkedIn },
  checkInMember: {
    input: z
      .object({ eventId: id, passToken: token.optional(), openid: openid.optional() })
      .strict()
      .refine((v) => (v.passToken === undefined) !== (v.openid === undefined), '请扫描党员码或选择一位党员'),
    output: checkedIn,
  },
  attendance: {
    input: z.object({ eventId: id }).strict(),
    output: z.object({
      items: z.array(z.object({ openid: z.string(), name: z.string(), branch: z.string().optional(), checkedInAt: z.string(), method: z.string() })),
      pending: z.array(z.object({ openid: z.string(), name: z.string(), branch: z.string().optional() })),
      csv: z.string(),
    }),
  },
  rate: {
    input: z.object({ eventId: id, score: z.number().int().min(1).max(5), comment: text(300).optional() }).strict(),
    output: z.object({ eventId: z.string(), score: z.number() }),
  },
  proposeTheme: {
    input: z.object({ month, title: requiredText(30), description: requiredText(300) }).strict(),
    output: z.object({ id: z.string() }),
  },
  voteTheme: { input: z.object({ themeId: id }).strict(), output: z.object({ id: z.string(), votes: z.number() }) },
  themes: { input: z.object({ month }).strict(), output: z.object({ items: z.array(themeRow) }) },
} as const
