import { wishes } from '../../../src/domain/contracts/wishes'
import { action } from '../../_runtime/types'
import { decide, hoursView } from '../hours'

/** Staff confirm (→ points) or reject a pending hours log; only the first decision counts. */
export const decideHours = action({
  input: wishes.decideHours.input,
  roles: ['staff', 'secretary'],
  handler: async (input, ctx) => {
    if (input.reason) await ctx.services.checkText([input.reason], ctx.caller)
    return hoursView(await decide(ctx, input.id, { accept: input.accept, reason: input.reason }))
  },
})
