import { members } from '../../../src/domain/contracts/members'
import { fail } from '../../../src/domain/errors'
import type { TicketDoc } from '../../../src/domain/tickets/model'
import { hasRole, type MemberDoc } from '../../_runtime/identity'
import { action, type Ctx } from '../../_runtime/types'
import { writeAudit } from '../audit'
import { MAX_PER_SOURCE } from '../personal-data'

/** A liaison serves a resident only through a ticket of their department (now or before a transfer). */
async function raisedForMyDepartment(ctx: Ctx, openid: string): Promise<boolean> {
  const dept = ctx.caller.departmentId
  if (!dept) return false
  const raised = await ctx.store.queryAll<TicketDoc>('tickets', { where: { submitter: openid } }, { max: MAX_PER_SOURCE })
  return raised.some((t) => t.departmentIds.includes(dept) || t.transferredFrom.includes(dept))
}

/**
 * A staff member looks up a resident's phone and building to serve them; every look is audited.
 * Whose job it is: admins; secretaries and staff for their own community; a liaison for the people
 * who raised a ticket their department handles.
 */
export const contact = action({
  input: members.contact.input,
  roles: ['secretary', 'staff', 'liaison', 'admin'],
  handler: async (input, ctx) => {
    const doc = await ctx.store.get<MemberDoc>('members', input.openid)
    if (!doc || doc.deletedAt) fail('NOT_FOUND', '没有这位居民的资料')
    const c = ctx.caller
    const allowed =
      hasRole(c, 'admin') ||
      (hasRole(c, 'secretary', 'staff') && doc.communityId === c.communityId) ||
      (hasRole(c, 'liaison') && (await raisedForMyDepartment(ctx, input.openid)))
    if (!allowed) fail('FORBIDDEN', '只能查看本社区居民或本部门工单反映人的联系方式')
    await writeAudit(ctx, 'readContact', input.openid, { reason: input.reason }, { targetName: doc.name ?? '', unitId: doc.communityId })
    return { openid: input.openid, name: doc.name, phone: doc.phone, building: doc.building }
  },
})
