import { tickets } from '../../../src/domain/contracts/tickets'
import { fail } from '../../../src/domain/errors'
import { action } from '../../_runtime/types'
import { allDepartments } from '../departments'
import { FOLLOWS, followId, loadTicket, ROUTES } from '../load'
import { isInvolved, viewOf } from '../view'

/** A ticket with its departments, deadlines, plain-language timeline and what the caller may do. */
export const get = action({
  input: tickets.get.input,
  roles: 'anyone',
  handler: async (input, ctx) => {
    const t = await loadTicket(ctx.store, input.id)
    const following = !!(await ctx.store.get(FOLLOWS, followId(t._id, ctx.caller.openid)))
    if (!following && !isInvolved(t, ctx.caller)) fail('FORBIDDEN', '您不是这张工单的相关人员')
    const route = t.state === 'accepted' ? await ctx.store.get(ROUTES, t.category) : null
    const depts = await allDepartments(ctx.store)
    return viewOf(t, ctx.caller, ctx.clock.now(), depts, {
      following,
      suggestedDepartmentId: route?.departmentId as string | undefined,
    })
  },
})
