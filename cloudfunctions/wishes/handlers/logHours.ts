import { randomUUID } from 'node:crypto'
import { wishes } from '../../../src/domain/contracts/wishes'
import { fail } from '../../../src/domain/errors'
import { localDate } from '../../../src/domain/time'
import { action } from '../../_runtime/types'
import { displayName } from '../wish'
import { joinId, type PostDoc } from '../duty-posts'
import { hoursView, type HoursDoc } from '../hours'

/** A member logs hours served at a post they took; staff confirm them later. */
export const logHours = action({
  input: wishes.logHours.input,
  roles: ['member'],
  handler: async (input, ctx) => {
    const post = await ctx.store.get<PostDoc>('service_posts', input.postId)
    if (!post || post.communityId !== ctx.caller.communityId) fail('NOT_FOUND', '没有这个服务岗位')
    if (!(await ctx.store.get('post_joins', joinId(post._id, ctx.caller.openid)))) fail('FORBIDDEN', '请先认领这个服务岗位')
    if (Number.isNaN(Date.parse(input.date))) fail('INVALID_INPUT', '日期不对')
    if (input.date > localDate(ctx.clock.now())) fail('TOO_EARLY', '不能登记还没到的日子')
    await ctx.services.checkText([input.note], ctx.caller)
    const at = ctx.clock.now().toISOString()
    const doc: HoursDoc = {
      _id: randomUUID(),
      communityId: ctx.caller.communityId,
      openid: ctx.caller.openid,
      name: displayName(ctx.caller),
      postId: post._id,
      postName: post.name,
      date: input.date,
      hours: input.hours,
      note: input.note,
      state: 'pending',
      at,
      timeline: [{ at, by: ctx.caller.openid, action: 'log' }],
    }
    await ctx.store.insert('service_hours', doc)
    return hoursView(doc)
  },
})
