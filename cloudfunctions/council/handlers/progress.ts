import { council } from '../../../src/domain/contracts/council'
import { listMove } from '../../../src/domain/council/machine'
import { fail } from '../../../src/domain/errors'
import { applyTransition } from '../../_runtime/transition'
import { action } from '../../_runtime/types'
import { displayName, itemView, LIST_ITEMS, MEMBER_UNITS, whoFor, type ListItemDoc, type MemberUnitDoc } from '../council'

/**
 * 记录进展: a 兼职委员 of the item's member unit, the party member whose commitment it is, or a
 * secretary / staff of its community or street records a note with photos; `done` finishes the
 * item, with evidence (a commitment needs a photo). Who is a 兼职委员 is read from the unit itself.
 */
export const progress = action({
  input: council.progress.input,
  roles: 'anyone',
  handler: async (input, ctx) => {
    const { caller } = ctx
    const first = await ctx.store.get<ListItemDoc>(LIST_ITEMS, input.id)
    if (!first) fail('NOT_FOUND', '没有找到这条清单事项')
    const unit = first.memberUnitId ? await ctx.store.get<MemberUnitDoc>(MEMBER_UNITS, first.memberUnitId) : null
    await ctx.services.checkText([input.note], caller)
    const images = input.images ?? []
    const move = input.done ? 'finish' : 'progress'
    const { after } = await applyTransition<ListItemDoc>(
      ctx,
      {
        coll: LIST_ITEMS,
        notFound: '没有找到这条清单事项',
        decide: (item) => {
          const to = listMove(item, move, whoFor(caller, item, item.memberUnitId === unit?._id ? unit : undefined), { note: input.note, images })
          const at = ctx.clock.now().toISOString()
          return {
            to,
            patch: { progressCount: (item.progressCount ?? 0) + 1, ...(move === 'finish' ? { doneAt: at } : {}) },
            entry: { at, by: caller.openid, byName: displayName(caller), action: move, note: input.note, ...(images.length ? { images } : {}) },
          }
        },
      },
      input.id,
    )
    return itemView(after, caller.units, ctx.clock.now())
  },
})
