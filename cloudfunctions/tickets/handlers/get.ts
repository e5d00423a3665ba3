import { tickets } from '../../../src/domain/contracts/tickets'
import { fail } from '../../../src/domain/errors'
import { hasRole } from '../../_runtime/identity'
import { action } from '../../_runtime/types'
import { allDepartments } from '../departments'
import { FOLLOWS, followId, loadTicket, MAX_RULES, ROUTES } from '../load'
import { isInvolved, viewOf } from '../view'

/** A ticket with its departments, deadlines, plain-language timeline and what the caller may do. */
export const get = action({
  input: tickets.get.input,
  roles: 'anyone',
  handler: async (input, ctx) => {
    // the ticket, the caller's follow, the departments and (for whoever may whistle) the routing
    // rules are read together: one round trip
    const [t, follow, depts, routes] = await Promise.all([
      loadTicket(ctx.store, input.id),
      ctx.store.get(FOLLOWS, followId(input.id, ctx.caller.openid)),
      allDepartments(ctx.store),
      hasRole(ctx.caller, 'secretary', 'staff', 'admin') ? ctx.store.queryAll(ROUTES, {}, { max: MAX_RULES }) : null,
    ])
    const following = !!follow
    if (!following && !isInvolved(t, ctx.caller)) fail('FORBIDDEN', '您不是这张工单的相关人员')
    const route = t.state === 'accepted' ? routes?.find((r) => r._id === t.category) : undefined
    return viewOf(t, ctx.caller, ctx.clock.now(), depts, {
      following,
      suggestedDepartmentId: route?.departmentId as string | undefined,
    })
  },
})
