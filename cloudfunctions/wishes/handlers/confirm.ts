import { wishes } from '../../../src/domain/contracts/wishes'
import { POINT_REASONS } from '../../../src/domain/points'
import { WISH_POINTS } from '../../../src/domain/wishes/machine'
import { action } from '../../_runtime/types'
import { awardPoints } from '../../members/ledger'
import { applyWish, respond, wishPage } from '../wish'

/** The poster confirms (and thanks); the claimer earns points once, whatever happens after. */
export const confirm = action({
  input: wishes.confirm.input,
  roles: 'anyone',
  handler: async (input, ctx) => {
    if (input.thanks) await ctx.services.checkText([input.thanks], ctx.caller)
    const at = ctx.clock.now().toISOString()
    const wish = await applyWish(ctx, input.id, 'confirm', { confirmedAt: at, ...(input.thanks ? { thanks: input.thanks } : {}) }, input.thanks)
    const claimer = wish.claimer!
    await awardPoints(ctx.store, ctx.clock, { openid: claimer, amount: WISH_POINTS, reason: 'wish', sourceId: wish._id, note: wish.title })
    await ctx.services.notify({
      to: claimer,
      template: 'wish',
      title: `心愿圆梦，${POINT_REASONS.wish} +${WISH_POINTS} 分`,
      body: input.thanks ?? wish.title,
      page: wishPage(wish._id),
    })
    return respond(ctx, wish)
  },
})
