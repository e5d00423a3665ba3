import { wishes } from '../../../src/domain/contracts/wishes'
import { action } from '../../_runtime/types'
import { applyWish, respond, wishPage } from '../wish'

/** Staff decline a pending wish with a reason the poster sees. */
export const decline = action({
  input: wishes.decline.input,
  roles: ['staff', 'secretary'],
  handler: async (input, ctx) => {
    await ctx.services.checkText([input.reason], ctx.caller)
    const wish = await applyWish(ctx, input.id, 'decline', { declineReason: input.reason }, input.reason)
    await ctx.services.notify({ to: wish.poster, template: 'wish', title: '您的微心愿未通过审核', body: input.reason, page: wishPage(wish._id) })
    return respond(ctx, wish)
  },
})
