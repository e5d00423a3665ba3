import { wishes } from '../../../src/domain/contracts/wishes'
import { fail } from '../../../src/domain/errors'
import { isStaff } from '../../../src/domain/wishes/machine'
import { action } from '../../_runtime/types'
import { hoursView, type HoursDoc } from '../hours'

/** My logged hours (newest first), or the community's logs waiting for staff (oldest first). */
export const hours = action({
  input: wishes.hours.input,
  roles: ['member', 'staff', 'secretary'],
  handler: async (input, ctx) => {
    if (input.scope === 'pending' && !isStaff(ctx.caller)) fail('FORBIDDEN', '只有社区书记或社工可以确认服务时长')
    const page = await ctx.store.query<HoursDoc>('service_hours', {
      ...(input.scope === 'mine'
        ? { where: { openid: ctx.caller.openid }, orderBy: [['date', 'desc']] }
        : { where: { communityId: ctx.caller.communityId, state: 'pending' }, orderBy: [['at', 'asc']] }),
      limit: input.limit,
      after: input.after,
    })
    return { items: page.items.map(hoursView), next: page.next }
  },
})
