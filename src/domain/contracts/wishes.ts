/** wishes: micro-wishes (微心愿), 双报到 service posts and hours, the resource pool (API.md). */
import { z } from 'zod'
import { HOURS_STATES } from '../wishes/service'
import { WISH_ACTIONS, WISH_STATES } from '../wishes/machine'
import { id, imageUrl, pageInput, pageOf, phone, requiredText, text, timelineEntry } from './common'

export const wishState = z.enum(WISH_STATES)
const images = z.array(imageUrl).max(9, '最多 9 张照片')
const day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, '日期格式应为 YYYY-MM-DD')

export const beneficiaryInput = z
  .object({
    name: requiredText(20),
    phone: phone.optional(),
    building: requiredText(20),
    address: text(80).optional(),
  })
  .strict()

export const beneficiaryView = z.object({
  display: z.string(),
  name: z.string().optional(),
  phone: z.string().optional(),
  building: z.string(),
  address: z.string().optional(),
})

export const wishCard = z.object({
  id: z.string(),
  title: z.string(),
  category: z.string().optional(),
  state: wishState,
  stateName: z.string(),
  beneficiary: beneficiaryView,
  posterName: z.string().optional(),
  claimerName: z.string().optional(),
  postedAt: z.string(),
  listedAt: z.string().optional(),
  claimedAt: z.string().optional(),
  flagged: z.boolean(),
})

export const wishDetail = wishCard.extend({
  story: z.string(),
  images: z.array(z.string()),
  declineReason: z.string().optional(),
  fulfilment: z.object({ note: z.string(), images: z.array(z.string()), at: z.string() }).optional(),
  thanks: z.string().optional(),
  /** the poster's 满意度 (1–5) given on confirming */
  score: z.number().int().optional(),
  scoreName: z.string().optional(),
  resources: z.array(z.object({ resourceId: z.string(), title: z.string(), provider: z.string(), note: z.string().optional() })),
  timeline: z.array(timelineEntry.omit({ images: true }).extend({ byName: z.string() })),
  mine: z.object({ poster: z.boolean(), claimer: z.boolean() }),
  can: z.array(z.enum(WISH_ACTIONS)),
})

export const resource = z.object({
  id: z.string(),
  provider: z.string(),
  kind: z.enum(['unit', 'shop']),
  title: z.string(),
  description: z.string(),
  contact: z.string().optional(),
})

export const servicePost = z.object({ id: z.string(), name: z.string(), description: z.string(), joined: z.boolean() })

export const hoursLog = z.object({
  id: z.string(),
  name: z.string(),
  postName: z.string(),
  date: z.string(),
  hours: z.number(),
  note: z.string(),
  state: z.enum(HOURS_STATES),
  stateName: z.string(),
  points: z.number().optional(),
})

const byId = z.object({ id }).strict()
const score = z
  .number({ error: '请为这次圆梦打分（1–5 分）' })
  .int('满意度应为 1–5 的整数')
  .min(1, '满意度应为 1–5 分')
  .max(5, '满意度应为 1–5 分')

export const wishes = {
  list: {
    input: pageInput
      .extend({ scope: z.enum(['public', 'mine', 'claimed', 'review', 'flagged']).optional(), state: wishState.optional() })
      .strict(),
    output: pageOf(wishCard),
  },
  get: { input: byId, output: wishDetail },
  post: {
    input: z
      .object({
        title: requiredText(40),
        story: requiredText(500),
        category: text(10).optional(),
        beneficiary: beneficiaryInput,
        images: images.optional(),
      })
      .strict(),
    output: z.object({ id: z.string(), state: wishState }),
  },
  approve: { input: byId, output: wishDetail },
  decline: { input: z.object({ id, reason: requiredText(200) }).strict(), output: wishDetail },
  claim: { input: byId, output: wishDetail },
  release: { input: z.object({ id, reason: text(200).optional() }).strict(), output: wishDetail },
  fulfill: { input: z.object({ id, note: requiredText(500), images: images.optional() }).strict(), output: wishDetail },
  confirm: { input: z.object({ id, score, thanks: text(200).optional() }).strict(), output: wishDetail },
  satisfaction: { input: z.object({}).strict(), output: z.object({ rated: z.number(), satisfied: z.number(), rate: z.number().nullable() }) },
  match: { input: z.object({ id, resourceId: id, note: text(200).optional() }).strict(), output: wishDetail },
  resources: { input: pageInput.strict(), output: pageOf(resource) },
  offerResource: {
    input: z
      .object({
        provider: requiredText(40),
        kind: z.enum(['unit', 'shop']),
        title: requiredText(40),
        description: requiredText(300),
        contact: text(40).optional(),
      })
      .strict(),
    output: z.object({ id: z.string() }),
  },
  posts: { input: z.object({}).strict(), output: z.object({ items: z.array(servicePost) }) },
  joinPost: { input: z.object({ postId: id }).strict(), output: z.object({ items: z.array(servicePost) }) },
  logHours: {
    input: z
      .object({ postId: id, date: day, hours: z.number().min(0.5, '至少 0.5 小时').max(12, '一天最多 12 小时'), note: requiredText(200) })
      .strict(),
    output: hoursLog,
  },
  hours: { input: pageInput.extend({ scope: z.enum(['mine', 'pending']) }).strict(), output: pageOf(hoursLog) },
  decideHours: { input: z.object({ id, accept: z.boolean(), reason: text(200).optional() }).strict(), output: hoursLog },
  roster: {
    input: z.object({}).strict(),
    output: z.object({
      year: z.number(),
      items: z.array(
        z.object({
          openid: z.string(),
          name: z.string(),
          workplace: z.string(),
          skills: z.array(z.string()),
          posts: z.array(z.string()),
          hours: z.number(),
          wishes: z.number(),
        }),
      ),
    }),
  },
} as const

export type WishDetail = z.infer<typeof wishDetail>
export type WishCard = z.infer<typeof wishCard>
