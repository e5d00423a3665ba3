import { tickets } from '../../../src/domain/contracts/tickets'
import { fail } from '../../../src/domain/errors'
import type { TicketDoc } from '../../../src/domain/tickets/model'
import { hasRole } from '../../_runtime/identity'
import { action, type Caller } from '../../_runtime/types'
import { allDepartments, FOLLOWS, followId, loadTicket, ROUTES } from '../store'
import { viewOf } from '../view'

function mayRead(t: TicketDoc, c: Caller, following: boolean): boolean {
  if (t.submitter === c.openid || following) return true
  if (hasRole(c, 'admin')) return true
  if (hasRole(c, 'secretary', 'staff') && c.communityId === t.communityId) return true
  return hasRole(c, 'liaison') && !!c.departmentId && (t.departmentIds.includes(c.departmentId) || t.transferredFrom.includes(c.departmentId))
}

/** A ticket with its departments, deadlines, plain-language timeline and what the caller may do. */
export const get = action({
  input: tickets.get.input,
  roles: 'anyone',
  handler: async (input, ctx) => {
    const t = await loadTicket(ctx.store, input.id)
    const following = !!(await ctx.store.get(FOLLOWS, followId(t._id, ctx.caller.openid)))
    if (!mayRead(t, ctx.caller, following)) fail('FORBIDDEN', '您不是这张工单的相关人员')
    const route = t.state === 'accepted' ? await ctx.store.get(ROUTES, t.category) : null
    const depts = await allDepartments(ctx.store)
    return viewOf(t, ctx.caller, ctx.clock.now(), depts, {
      following,
      suggestedDepartmentId: route?.departmentId as string | undefined,
    })
  },
})
