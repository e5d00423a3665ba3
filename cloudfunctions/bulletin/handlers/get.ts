import { bulletin } from '../../../src/domain/contracts/bulletin'
import { canSee, countsAsRead, isExpired, paragraphs, readId } from '../../../src/domain/bulletin/rules'
import { AppError, fail } from '../../../src/domain/errors'
import { action, type Ctx } from '../../_runtime/types'
import { op } from '../../_store/port'
import { gridsOf, toItem, viewerOf, type NoticeDoc } from '../notices'

/** One read per person: the read's id is deterministic and the count moves only with its insert. */
async function recordRead(ctx: Ctx, n: NoticeDoc): Promise<boolean> {
  try {
    await ctx.store.transaction(async (tx) => {
      await tx.insert('notice_reads', {
        _id: readId(n._id, ctx.caller.openid),
        noticeId: n._id,
        openid: ctx.caller.openid,
        at: ctx.clock.now().toISOString(),
      })
      await tx.update('notices', n._id, { readCount: op.inc(1) })
    })
    return true
  } catch (e) {
    if (!(e instanceof AppError && e.code === 'CONFLICT')) throw e
    return false
  }
}

/** A notice with its body; opening a live notice counts the caller's read once. */
export const get = action({
  input: bulletin.get.input,
  roles: 'anyone',
  handler: async (input, ctx) => {
    const now = ctx.clock.now()
    // the notice, the community's grids (for the caller's grid and the notice's) and whether the
    // caller has read it: one round trip; a first read is then recorded in one transaction
    const [found, grids, read] = await Promise.all([
      ctx.store.get<NoticeDoc>('notices', input.id),
      gridsOf(ctx, ctx.caller.communityId),
      ctx.store.get('notice_reads', readId(input.id, ctx.caller.openid)),
    ])
    if (!found || !canSee(found, await viewerOf(ctx, grids), now)) fail('NOT_FOUND', '这条公告不存在、已归档或已过期')
    const counts = !read && found.status === 'published' && !isExpired(found, now) && countsAsRead(found, ctx.caller.openid)
    const n = counts && (await recordRead(ctx, found)) ? { ...found, readCount: found.readCount + 1 } : found
    const grid = n.gridId ? grids.find((g) => g._id === n.gridId) : undefined
    return {
      ...toItem(n),
      body: n.body,
      paragraphs: paragraphs(n.body),
      images: n.images,
      authorName: n.authorName,
      gridName: grid?.name,
      mine: n.author === ctx.caller.openid,
    }
  },
})
