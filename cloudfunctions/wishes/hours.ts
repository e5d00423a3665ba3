/** 双报到 hours logs: the document, its view, and the one way a log is decided (with its points and notice). */
import type { z } from 'zod'
import type { hoursLog } from '../../src/domain/contracts/wishes'
import { decideHours, hoursAward, HOURS_STATE_NAMES, type HoursState } from '../../src/domain/wishes/service'
import { applyTransition, type Award } from '../_runtime/transition'
import type { Ctx } from '../_runtime/types'

export interface HoursDoc {
  _id: string
  communityId: string
  openid: string
  name: string
  postId: string
  postName: string
  date: string
  hours: number
  note: string
  state: HoursState
  at: string
  points?: number
  decidedBy?: string
  decidedAt?: string
  reason?: string
  timeline: { at: string; by: string; action: string; note?: string }[]
  /** set by the first decision (logs are written without one) */
  version?: number
  updatedAt?: string
  [k: string]: unknown
}

export function hoursView(d: HoursDoc): z.infer<typeof hoursLog> {
  return {
    id: d._id,
    name: d.name,
    postName: d.postName,
    date: d.date,
    hours: d.hours,
    note: d.note,
    state: d.state,
    stateName: HOURS_STATE_NAMES[d.state],
    ...(d.points !== undefined ? { points: d.points } : {}),
  }
}

export interface Decision {
  accept: boolean
  reason?: string
}

/**
 * Staff decide a pending log: the state, the points (a ledger entry and the member's total) and
 * the member's notice commit together, and a decision that lost a race answers ALREADY_DONE.
 */
export async function decide(ctx: Ctx, id: string, { accept, reason }: Decision): Promise<HoursDoc> {
  const at = ctx.clock.now().toISOString()
  const { after } = await applyTransition<HoursDoc>(
    ctx,
    {
      coll: 'service_hours',
      notFound: '没有这条服务记录',
      visible: (log) => log.communityId === ctx.caller.communityId,
      decide: (log) => {
        const state = decideHours(log, accept, ctx.caller)
        const award = hoursAward(log)
        const awards: Award[] = state === 'confirmed' && award.amount > 0 ? [award] : []
        return {
          to: state,
          patch: { decidedBy: ctx.caller.openid, decidedAt: at, ...(state === 'confirmed' ? { points: award.amount } : {}), ...(reason ? { reason } : {}) },
          entry: { at, by: ctx.caller.openid, action: state, ...(reason ? { note: reason } : {}) },
          effects: {
            awards,
            duty: state === 'confirmed' ? [{ openid: log.openid, communityId: log.communityId, year: Number(log.date.slice(0, 4)), hours: log.hours }] : [],
            notices: [
              {
                to: log.openid,
                template: 'service',
                title: state === 'confirmed' ? `服务时长已确认，积分 +${award.amount}` : '服务时长未通过',
                body: `${log.date} ${log.postName} ${log.hours} 小时${reason ? `：${reason}` : ''}`,
                page: '/packages/wishes/pages/report/index',
              },
            ],
          },
        }
      },
    },
    id,
  )
  return after
}
