import { street } from '../../../src/domain/contracts/street'
import { fail } from '../../../src/domain/errors'
import { monthsBetween } from '../../../src/domain/street/period'
import { action } from '../../_runtime/types'
import { streetFor } from '../access'
import { recompute as recomputeMonths } from '../aggregate'

/** the most months one call computes again (two years) */
export const MAX_RECOMPUTE_MONTHS = 24

/** Computes the street's monthly aggregates again for [from, to] (months, both included); running it twice changes nothing the second time. */
export const recompute = action({
  input: street.recompute.input,
  roles: ['secretary', 'staff', 'admin'],
  handler: async (input, ctx) => {
    const months = monthsBetween(input.from, input.to)
    if (months.length === 0) fail('INVALID_INPUT', '开始月份不能晚于结束月份')
    if (months.length > MAX_RECOMPUTE_MONTHS) fail('INVALID_INPUT', `一次最多重算 ${MAX_RECOMPUTE_MONTHS} 个月`)
    const { communities, tree } = streetFor(ctx, input.streetId)
    const ids = communities.map((c) => c.id)
    const changed = await recomputeMonths(ctx.store, tree, ids, months, ctx.clock.now())
    return { months: months.length, communities: ids.length, changed }
  },
})
