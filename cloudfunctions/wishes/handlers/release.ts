import { wishes } from '../../../src/domain/contracts/wishes'
import { action } from '../../_runtime/types'
import { applyWish, respond } from '../wish'

/** The claimer gives a wish back within 24 h of claiming; it is listed again. */
export const release = action({
  input: wishes.release.input,
  roles: ['member'],
  handler: async (input, ctx) => {
    if (input.reason) await ctx.services.checkText([input.reason], ctx.caller)
    const wish = await applyWish(ctx, input.id, 'release', () => ({ patch: { claimer: undefined, claimerName: undefined, claimedAt: undefined }, note: input.reason }))
    return respond(ctx, wish)
  },
})
