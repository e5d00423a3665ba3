import { council } from '../../../src/domain/contracts/council'
import { listMove } from '../../../src/domain/council/machine'
import { applyTransition } from '../../_runtime/transition'
import { action } from '../../_runtime/types'
import { displayName, itemView, LIST_ITEMS, whoFor, type ListItemDoc } from '../council'

/** A secretary or staff of the item's community or street cancels it, with the reason. */
export const cancel = action({
  input: council.cancel.input,
  roles: ['secretary', 'staff'],
  handler: async (input, ctx) => {
    const { caller } = ctx
    await ctx.services.checkText([input.reason], caller)
    const { after } = await applyTransition<ListItemDoc>(
      ctx,
      {
        coll: LIST_ITEMS,
        notFound: '没有找到这条清单事项',
        decide: (item) => ({
          to: listMove(item, 'cancel', whoFor(caller, item)),
          entry: { at: ctx.clock.now().toISOString(), by: caller.openid, byName: displayName(caller), action: 'cancel', note: input.reason },
        }),
      },
      input.id,
    )
    return itemView(after, caller.units, ctx.clock.now())
  },
})
