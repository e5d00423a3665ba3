import { members } from '../../../src/domain/contracts/members'
import type { MemberDoc } from '../../_runtime/identity'
import { heldRoles } from '../../../src/domain/units'
import { action } from '../../_runtime/types'
import { namedRoles } from '../profile'
import type { Where } from '../../_store/port'

/** Admins find people of a community they manage (their own by default) to grant or revoke roles: by name, by role, newest first. */
export const people = action({
  input: members.people.input,
  roles: ['admin'],
  handler: async (input, ctx) => {
    const where: Where = { communityId: input.communityId ?? ctx.caller.communityId }
    if (input.role) where.roles = { $has: input.role }
    if (input.q) where.name = { $contains: input.q }
    const page = await ctx.store.query<MemberDoc>('members', { where, orderBy: [['createdAt', 'desc']], limit: input.limit, after: input.after })
    return {
      items: page.items.map((d) => ({
        openid: d._id,
        name: d.name,
        title: typeof d.title === 'string' ? d.title : undefined,
        roles: ['resident' as const, ...d.roles.filter((r) => r !== 'resident')],
        unitRoles: namedRoles(ctx.caller.units, heldRoles(ctx.caller.units, d)),
        communityId: d.communityId,
        departmentId: d.departmentId,
      })),
      next: page.next,
    }
  },
})
