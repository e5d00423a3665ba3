import { wishes } from '../../../src/domain/contracts/wishes'
import { action } from '../../_runtime/types'
import { applyWish, respond, wishNotice } from '../wish'

/** Staff list a pending wish on the public board. */
export const approve = action({
  input: wishes.approve.input,
  roles: ['staff', 'secretary'],
  handler: async (input, ctx) => {
    const wish = await applyWish(ctx, input.id, 'approve', (w) => ({
      patch: { listedAt: ctx.clock.now().toISOString(), stale: false },
      effects: { notices: [wishNotice(w.poster, w._id, '您的微心愿已发布', w.title)] },
    }))
    return respond(ctx, wish)
  },
})
