import { wishes } from '../../../src/domain/contracts/wishes'
import { fail } from '../../../src/domain/errors'
import { POINT_REASONS } from '../../../src/domain/points'
import { WISH_POINTS } from '../../../src/domain/wishes/machine'
import { action } from '../../_runtime/types'
import { awardPoints } from '../../members/ledger'
import { applyWish, loadWish, respond, wishPage } from '../wish'

/** The poster confirms (and thanks); the claimer earns points once, whatever happens after. */
export const confirm = action({
  input: wishes.confirm.input,
  roles: 'anyone',
  handler: async (input, ctx) => {
    if (input.thanks) await ctx.services.checkText([input.thanks], ctx.caller)
    const before = await loadWish(ctx, input.id)
    if (before.state === 'confirmed' && before.poster === ctx.caller.openid && before.claimer) {
      // a confirm that crashed between its two writes heals on the poster's retry: the award is idempotent
      await awardPoints(ctx.store, ctx.clock, { openid: before.claimer, amount: WISH_POINTS, reason: 'wish', sourceId: before._id, note: before.title })
      fail('ALREADY_DONE', '您已经确认过这个心愿了', { confirmedAt: before.confirmedAt })
    }
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
