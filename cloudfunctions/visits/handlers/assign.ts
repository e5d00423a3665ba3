import { visits } from '../../../src/domain/contracts/visits'
import { fail } from '../../../src/domain/errors'
import { normWarning } from '../../../src/domain/visits/pace'
import type { MemberDoc } from '../../_runtime/identity'
import { action } from '../../_runtime/types'
import type { Notice } from '../../_runtime/types'
import { addressOf, cardOf, gridNames, HOUSEHOLDS, householdPage, moveHousehold, viewerOf } from '../household'

/**
 * The grid's secretary (or staff) links a household to a party member; one member at a time.
 * With `expected` (the member the assigner saw), a concurrent change by someone else is refused
 * with CONFLICT instead of silently overwritten. 5–10 households per member is the norm: outside
 * it the answer warns, it does not refuse.
 */
export const assign = action({
  input: visits.assign.input,
  roles: ['staff', 'secretary', 'grid_secretary'],
  handler: async (input, ctx) => {
    const viewer = await viewerOf(ctx)
    const member = await ctx.store.get<MemberDoc>('members', input.openid)
    if (!member || member.communityId !== viewer.communityId || !member.roles.includes('member')) fail('NOT_FOUND', '本社区没有这位党员')
    const memberName = member.name ?? '党员'
    const after = await moveHousehold(ctx, viewer, input.householdId, 'assign', (h) => {
      if (input.expected !== undefined && (h.memberOpenid ?? '') !== input.expected) {
        fail('CONFLICT', h.memberName ? `这一户刚刚已改由 ${h.memberName} 联系，请刷新后再分配` : '这一户刚刚已被取消分配，请刷新后再分配', { memberOpenid: h.memberOpenid ?? '' })
      }
      if (h.memberOpenid === input.openid) fail('ALREADY_DONE', `这一户已由 ${memberName} 联系`)
      const notices: Notice[] = [{ to: input.openid, template: 'visits', title: '您有新的联系户', body: `${addressOf(h)} ${h.headName}家，请按季度走访`, page: householdPage(h._id) }]
      if (h.memberOpenid) notices.push({ to: h.memberOpenid, template: 'visits', title: '联系户已调整', body: `${addressOf(h)} 已改由 ${memberName} 联系` })
      return { patch: { memberOpenid: input.openid, memberName, assignedAt: ctx.clock.now().toISOString() }, note: memberName, notices }
    })
    const count = await ctx.store.count(HOUSEHOLDS, { memberOpenid: input.openid, state: 'linked' })
    const warning = normWarning(count)
    return { household: cardOf(after, ctx.clock.now(), await gridNames(ctx.store, after.communityId)), count, ...(warning ? { warning } : {}) }
  },
})
