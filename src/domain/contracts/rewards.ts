/** members: 积分按年, 党员先锋店 rewards and redemptions, the year summary and its feedback link (API.md). */
import { z } from 'zod'
import { REDEMPTION_STATES } from '../rewards/machine'
import { id, openid, pageInput, pageOf, requiredText } from './common'

export const year = z.number().int().min(2000, '年份不对').max(2100, '年份不对')

export const reward = z.object({
  id: z.string(),
  name: z.string(),
  shop: z.string(),
  cost: z.number(),
  stock: z.number(),
  active: z.boolean(),
})

export const redemption = z.object({
  id: z.string(),
  openid: z.string(),
  name: z.string(),
  rewardId: z.string(),
  rewardName: z.string(),
  shop: z.string(),
  cost: z.number(),
  state: z.enum(REDEMPTION_STATES),
  stateName: z.string(),
  requestedAt: z.string(),
  handedAt: z.string().optional(),
  cancelledAt: z.string().optional(),
})

export const yearSummary = z.object({
  openid: z.string(),
  name: z.string(),
  branch: z.string().optional(),
  workplace: z.string().optional(),
  year: z.number(),
  events: z.number(),
  wishes: z.number(),
  serviceHours: z.number(),
  services: z.number(),
  visits: z.number(),
  points: z.number(),
})

const cost = z.number({ message: '请填写所需积分' }).int('积分是整数').min(1, '所需积分至少 1 分').max(100000, '所需积分太大了')

export const rewardActions = {
  /** The shop (active rewards) for members; `manage` lists every reward for staff. */
  rewards: {
    input: z.object({ scope: z.enum(['shop', 'manage']).optional() }).strict(),
    output: z.object({ items: z.array(reward) }),
  },
  /** Staff add a reward, or edit one; stock only changes by `addStock` so it never races a redemption. */
  saveReward: {
    input: z
      .object({
        id: id.optional(),
        name: requiredText(40),
        shop: requiredText(40),
        cost,
        stock: z.number().int('库存是整数').min(0, '库存不能为负').max(100000).optional(),
        addStock: z.number().int('补货数量是整数').min(-100000).max(100000).optional(),
        active: z.boolean(),
      })
      .strict(),
    output: reward,
  },
  /** One redemption per `requestId` (made once when the member confirms): a second tap is the same one. */
  redeem: {
    input: z.object({ rewardId: id, requestId: z.string().regex(/^[A-Za-z0-9_-]{8,64}$/, '请求编号格式不对') }).strict(),
    output: redemption,
  },
  myRedemptions: { input: pageInput.strict(), output: pageOf(redemption) },
  redemptions: {
    input: pageInput.extend({ state: z.enum(REDEMPTION_STATES).optional() }).strict(),
    output: pageOf(redemption),
  },
  handOver: { input: z.object({ id }).strict(), output: redemption },
  cancelRedemption: { input: z.object({ id }).strict(), output: redemption },
  /** The secretary's table of every party member's year, with the same rows as CSV. */
  yearSummary: {
    input: z.object({ year }).strict(),
    output: z.object({ year: z.number(), items: z.array(yearSummary), csv: z.string() }),
  },
  /** A signed read-only link for the member's workplace unit (双报到 feedback), valid 90 days. */
  feedbackLink: {
    input: z.object({ openid, year }).strict(),
    output: z.object({ token: z.string(), expiresAt: z.string() }),
  },
  /** Whoever holds the link sees that member's summary, nothing else. */
  feedback: {
    input: z.object({ token: z.string().max(200) }).strict(),
    output: z.object({ summary: yearSummary, communityName: z.string().optional(), expiresAt: z.string() }),
  },
} as const
