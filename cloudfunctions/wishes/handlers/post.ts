import { randomUUID } from 'node:crypto'
import { wishes } from '../../../src/domain/contracts/wishes'
import { insertWith } from '../../_runtime/transition'
import { action } from '../../_runtime/types'
import { displayName, staffNotices, type WishDoc } from '../wish'

/** Anyone posts a wish for themselves or a neighbour; it waits for staff review (staff are told with the write). */
export const post = action({
  input: wishes.post.input,
  roles: 'anyone',
  handler: async (input, ctx) => {
    const b = input.beneficiary
    await ctx.services.checkText([input.title, input.story, input.category ?? '', b.name, b.building, b.address ?? ''], ctx.caller)
    const at = ctx.clock.now().toISOString()
    const doc: WishDoc = {
      _id: randomUUID(),
      communityId: ctx.caller.communityId,
      state: 'pending',
      version: 0,
      title: input.title,
      story: input.story,
      ...(input.category ? { category: input.category } : {}),
      images: input.images ?? [],
      beneficiary: { name: b.name, building: b.building, ...(b.phone ? { phone: b.phone } : {}), ...(b.address ? { address: b.address } : {}) },
      poster: ctx.caller.openid,
      posterName: displayName(ctx.caller),
      postedAt: at,
      updatedAt: at,
      stale: false,
      resources: [],
      timeline: [{ at, by: ctx.caller.openid, byName: displayName(ctx.caller), action: 'post' }],
    }
    const notices = await staffNotices(ctx.store, doc.communityId, doc._id, '有新的微心愿待审核', input.title)
    await insertWith(ctx, 'wishes', doc, { notices })
    return { id: doc._id, state: doc.state }
  },
})
