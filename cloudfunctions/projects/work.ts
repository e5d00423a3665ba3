/**
 * Hours served on a project (project_hours): logged pending, decided once by the leader. A
 * confirmation writes, in the same transaction, the 双报到 hours document (service_hours, the shape
 * wishes/hours.ts keeps, so the hours count wherever hours are counted), the member's year
 * (duty_years) and the points (effects.awards, a ledger entry whose id makes it once-only).
 */
import type { z } from 'zod'
import type { workView } from '../../src/domain/contracts/projects'
import { fail } from '../../src/domain/errors'
import { checkMove } from '../../src/domain/machine'
import { WORK_MACHINE, WORK_STATE_NAMES, type WorkState } from '../../src/domain/projects/machine'
import { leads, serviceHoursId, workAward } from '../../src/domain/projects/rules'
import { applyTransition, type Award } from '../_runtime/transition'
import type { Ctx } from '../_runtime/types'
import type { HoursDoc } from '../wishes/hours'
import { displayName, PROJECTS, viewerOf, WORK, type ProjectDoc } from './project'

export interface WorkDoc {
  _id: string
  projectId: string
  projectTitle: string
  /** the project's unit: who leads it decides the log */
  unitId: string
  leader: string
  /** the worker's home community: the hours count there */
  communityId: string
  openid: string
  name: string
  date: string
  hours: number
  note: string
  state: WorkState
  at: string
  by: string
  points?: number
  serviceId?: string
  decidedBy?: string
  decidedAt?: string
  reason?: string
  version: number
  updatedAt: string
  timeline: { at: string; by: string; byName?: string; action: string; note?: string }[]
  [k: string]: unknown
}

/** the most hour logs one project lists on its page */
export const MAX_WORK_SHOWN = 100

export function workViewOf(w: WorkDoc): z.input<typeof workView> {
  return {
    id: w._id,
    projectId: w.projectId,
    openid: w.openid,
    name: w.name,
    date: w.date,
    hours: w.hours,
    note: w.note,
    state: w.state,
    stateName: WORK_STATE_NAMES[w.state],
    ...(w.points !== undefined ? { points: w.points } : {}),
  }
}

/** The leader decides a pending log; a second decision (or a concurrent one) answers ALREADY_DONE and awards nothing more. */
export async function decideWork(ctx: Ctx, id: string, accept: boolean, reason: string | undefined): Promise<WorkDoc> {
  const at = ctx.clock.now().toISOString()
  const { after } = await applyTransition<WorkDoc>(
    ctx,
    {
      coll: WORK,
      notFound: '没有这条服务时长记录',
      decide: (w) => {
        if (w.openid === ctx.caller.openid) fail('FORBIDDEN', '不能确认自己的服务时长')
        const to = checkMove(WORK_MACHINE, accept ? 'confirm' : 'reject', w.state, () => leads(viewerOf(ctx.caller), w))
        const serviceId = serviceHoursId(w._id)
        const award = workAward({ serviceId, openid: w.openid, projectTitle: w.projectTitle, hours: w.hours })
        const confirmed = to === 'confirmed'
        const awards: Award[] = confirmed && award.amount > 0 ? [award] : []
        const service: HoursDoc = {
          _id: serviceId,
          communityId: w.communityId,
          openid: w.openid,
          name: w.name,
          postId: w.projectId,
          postName: w.projectTitle,
          projectId: w.projectId,
          date: w.date,
          hours: w.hours,
          note: w.note,
          state: 'confirmed',
          at: w.at,
          points: award.amount,
          decidedBy: ctx.caller.openid,
          decidedAt: at,
          version: 1,
          updatedAt: at,
          timeline: [
            { at: w.at, by: w.by, action: 'log' },
            { at, by: ctx.caller.openid, action: 'confirmed', note: '服务项目领办书记确认' },
          ],
        }
        return {
          to,
          patch: { decidedBy: ctx.caller.openid, decidedAt: at, ...(confirmed ? { points: award.amount, serviceId } : {}), ...(reason ? { reason } : {}) },
          entry: { at, by: ctx.caller.openid, byName: displayName(ctx.caller), action: to, ...(reason ? { note: reason } : {}) },
          also: confirmed ? (tx) => tx.insert('service_hours', service) : undefined,
          effects: {
            awards,
            duty: confirmed ? [{ openid: w.openid, communityId: w.communityId, year: Number(w.date.slice(0, 4)), hours: w.hours }] : [],
            notices: [
              {
                to: w.openid,
                template: 'service',
                title: confirmed ? `服务时长已确认，积分 +${award.amount}` : '服务时长未通过',
                body: `${w.date} ${w.projectTitle} ${w.hours} 小时${reason ? `：${reason}` : ''}`,
                page: `/packages/projects/pages/detail/index?id=${w.projectId}`,
              },
            ],
          },
        }
      },
      busy: '这条服务时长刚刚有了变化，请刷新后重试',
    },
    id,
  )
  return after
}
