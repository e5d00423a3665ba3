import { wishes } from '../../../src/domain/contracts/wishes'
import { action } from '../../_runtime/types'
import { applyWish, respond, wishPage } from '../wish'

/** Staff list a pending wish on the public board. */
export const approve = action({
  input: wishes.approve.input,
  roles: ['staff', 'secretary'],
  handler: async (input, ctx) => {
    const wish = await applyWish(ctx, input.id, 'approve', { listedAt: ctx.clock.now().toISOString(), stale: false })
    await ctx.services.notify({ to: wish.poster, template: 'wish', title: '您的微心愿已发布', body: wish.title, page: wishPage(wish._id) })
    return respond(ctx, wish)
  },
})
