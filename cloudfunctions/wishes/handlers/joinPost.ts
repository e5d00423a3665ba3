import { wishes } from '../../../src/domain/contracts/wishes'
import { AppError, fail } from '../../../src/domain/errors'
import { action } from '../../_runtime/types'
import { op } from '../../_store/port'
import { joinId, postsOf, type PostDoc } from '../duty-posts'

/** A reported member takes a service post; taking it again changes nothing. */
export const joinPost = action({
  input: wishes.joinPost.input,
  roles: ['member'],
  handler: async (input, ctx) => {
    const post = await ctx.store.get<PostDoc>('service_posts', input.postId)
    if (!post || post.communityId !== ctx.caller.communityId) fail('NOT_FOUND', '没有这个服务岗位')
    const me = ctx.caller.member
    if (!me?.reportedAt) fail('FORBIDDEN', '请先到社区报到（填写工作单位和特长）')
    try {
      // the join and the member's list of posts commit together (a list is kept only for members
      // who reported since it was: an older list would lack their earlier joins)
      await ctx.store.transaction(async (tx) => {
        await tx.insert('post_joins', {
          _id: joinId(post._id, ctx.caller.openid),
          postId: post._id,
          openid: ctx.caller.openid,
          at: ctx.clock.now().toISOString(),
        })
        await tx.update('members', ctx.caller.openid, { dutyPostIds: op.push(post._id) }, { where: { dutyPostIds: { $exists: true } } })
      })
    } catch (e) {
      if (!(e instanceof AppError && e.code === 'CONFLICT')) throw e
    }
    return postsOf(ctx)
  },
})
