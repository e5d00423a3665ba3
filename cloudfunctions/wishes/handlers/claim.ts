import { wishes } from '../../../src/domain/contracts/wishes'
import { action } from '../../_runtime/types'
import { applyWish, respond, displayName, wishPage } from '../wish'

/** A member claims a listed wish: exactly one wins; the others get CONFLICT naming the winner. */
export const claim = action({
  input: wishes.claim.input,
  roles: ['member'],
  handler: async (input, ctx) => {
    const wish = await applyWish(ctx, input.id, 'claim', {
      claimer: ctx.caller.openid,
      claimerName: displayName(ctx.caller),
      claimedAt: ctx.clock.now().toISOString(),
      stale: false,
    })
    await ctx.services.notify({ to: wish.poster, template: 'wish', title: '您的微心愿已被认领', body: `${wish.claimerName} 认领了「${wish.title}」`, page: wishPage(wish._id) })
    return respond(ctx, wish)
  },
})
