import { tickets } from '../../../src/domain/contracts/tickets'
import { fail } from '../../../src/domain/errors'
import { action } from '../../_runtime/types'
import { requireWholeDistrict, ROUTES } from '../load'
import { upsert } from '../upsert'
import { routesOf } from './routing'

/** An admin sets the default lead department of a category. */
export const setRoute = action({
  input: tickets.setRoute.input,
  roles: ['admin'],
  handler: async (input, ctx) => {
    requireWholeDistrict(ctx)
    if (!(await ctx.store.get('departments', input.departmentId))) fail('NOT_FOUND', '没有这个部门')
    await upsert(ctx.store, ROUTES, input.category, { departmentId: input.departmentId, updatedAt: ctx.clock.now().toISOString(), updatedBy: ctx.caller.openid })
    return routesOf(ctx)
  },
})
