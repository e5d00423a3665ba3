import { wishes } from '../../../src/domain/contracts/wishes'
import { action } from '../../_runtime/types'
import { applyWish, respond, wishPage } from '../wish'

/** The claimer reports the wish fulfilled, with a note and photos; the poster is asked to confirm. */
export const fulfill = action({
  input: wishes.fulfill.input,
  roles: ['member'],
  handler: async (input, ctx) => {
    await ctx.services.checkText([input.note], ctx.caller)
    const at = ctx.clock.now().toISOString()
    const wish = await applyWish(ctx, input.id, 'fulfill', { fulfilment: { note: input.note, images: input.images ?? [], at } })
    await ctx.services.notify({ to: wish.poster, template: 'wish', title: '微心愿已完成，请确认', body: input.note, page: wishPage(wish._id) })
    return respond(ctx, wish)
  },
})
