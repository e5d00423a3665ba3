import { wishes } from '../../../src/domain/contracts/wishes'
import { action } from '../../_runtime/types'
import { applyWish, respond, displayName, wishNotice } from '../wish'

/** A member claims a listed wish: exactly one wins; the others get CONFLICT naming the winner. */
export const claim = action({
  input: wishes.claim.input,
  roles: ['member'],
  handler: async (input, ctx) => {
    const name = displayName(ctx.caller)
    const wish = await applyWish(ctx, input.id, 'claim', (w) => ({
      patch: { claimer: ctx.caller.openid, claimerName: name, claimedAt: ctx.clock.now().toISOString(), stale: false },
      effects: { notices: [wishNotice(w.poster, w._id, '您的微心愿已被认领', `${name} 认领了「${w.title}」`)] },
    }))
    return respond(ctx, wish)
  },
})
