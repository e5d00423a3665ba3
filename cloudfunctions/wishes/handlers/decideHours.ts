import { wishes } from '../../../src/domain/contracts/wishes'
import { fail } from '../../../src/domain/errors'
import { pointsForHours } from '../../../src/domain/points'
import { decideHours as decide } from '../../../src/domain/wishes/service'
import { op } from '../../_store/port'
import { action } from '../../_runtime/types'
import { awardPoints } from '../../members/ledger'
import { hoursView, type HoursDoc } from '../service'

/** Staff confirm (→ points) or reject a pending hours log; only the first decision counts. */
export const decideHours = action({
  input: wishes.decideHours.input,
  roles: ['staff', 'secretary'],
  handler: async (input, ctx) => {
    const log = await ctx.store.get<HoursDoc>('service_hours', input.id)
    if (!log || log.communityId !== ctx.caller.communityId) fail('NOT_FOUND', '没有这条服务记录')
    const state = decide(log, input.accept, ctx.caller)
    if (input.reason) await ctx.services.checkText([input.reason], ctx.caller)
    const at = ctx.clock.now().toISOString()
    const points = state === 'confirmed' ? pointsForHours(log.hours) : undefined
    const changed = await ctx.store.update(
      'service_hours',
      log._id,
      {
        state,
        decidedBy: ctx.caller.openid,
        decidedAt: at,
        ...(points !== undefined ? { points } : {}),
        ...(input.reason ? { reason: input.reason } : {}),
        timeline: op.push({ at, by: ctx.caller.openid, action: state, ...(input.reason ? { note: input.reason } : {}) }),
      },
      { where: { state: 'pending' } },
    )
    if (changed === 0) fail('ALREADY_DONE', '这条服务记录已经处理过了')
    if (points) await awardPoints(ctx.store, ctx.clock, { openid: log.openid, amount: points, reason: 'service', sourceId: log._id, note: `${log.postName} ${log.hours} 小时` })
    await ctx.services.notify({
      to: log.openid,
      template: 'service',
      title: state === 'confirmed' ? `服务时长已确认，积分 +${points}` : '服务时长未通过',
      body: `${log.date} ${log.postName} ${log.hours} 小时${input.reason ? `：${input.reason}` : ''}`,
      page: '/packages/wishes/pages/report/index',
    })
    return hoursView((await ctx.store.get<HoursDoc>('service_hours', log._id))!)
  },
})
