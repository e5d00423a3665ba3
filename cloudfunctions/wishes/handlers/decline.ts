import { wishes } from '../../../src/domain/contracts/wishes'
import { action } from '../../_runtime/types'
import { applyWish, respond, wishNotice } from '../wish'

/** Staff decline a pending wish with a reason the poster sees. */
export const decline = action({
  input: wishes.decline.input,
  roles: ['staff', 'secretary'],
  handler: async (input, ctx) => {
    await ctx.services.checkText([input.reason], ctx.caller)
    const wish = await applyWish(ctx, input.id, 'decline', (w) => ({
      patch: { declineReason: input.reason },
      note: input.reason,
      effects: { notices: [wishNotice(w.poster, w._id, '您的微心愿未通过审核', input.reason)] },
    }))
    return respond(ctx, wish)
  },
})
