import { wishes } from '../../../src/domain/contracts/wishes'
import { action } from '../../_runtime/types'
import { applyWish, respond, wishNotice } from '../wish'

/** The claimer reports the wish fulfilled, with a note and photos; the poster is asked to confirm. */
export const fulfill = action({
  input: wishes.fulfill.input,
  roles: ['member'],
  handler: async (input, ctx) => {
    await ctx.services.checkText([input.note], ctx.caller)
    const at = ctx.clock.now().toISOString()
    const wish = await applyWish(ctx, input.id, 'fulfill', (w) => ({
      patch: { fulfilment: { note: input.note, images: input.images ?? [], at } },
      effects: { notices: [wishNotice(w.poster, w._id, '微心愿已完成，请确认', input.note)] },
    }))
    return respond(ctx, wish)
  },
})
