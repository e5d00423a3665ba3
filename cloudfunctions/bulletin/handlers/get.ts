import { bulletin } from '../../../src/domain/contracts/bulletin'
import { canSee, countsAsRead, isExpired, paragraphs, readId } from '../../../src/domain/bulletin/rules'
import { AppError, fail } from '../../../src/domain/errors'
import { action, type Ctx } from '../../_runtime/types'
import { op } from '../../_store/port'
import { toItem, viewerOf, type GridDoc, type NoticeDoc } from '../notices'

/** One read per person: the read's id is deterministic and the count moves only with its insert. */
async function recordRead(ctx: Ctx, n: NoticeDoc): Promise<void> {
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
  } catch (e) {
    if (!(e instanceof AppError && e.code === 'CONFLICT')) throw e
  }
}

/** A notice with its body; opening a live notice counts the caller's read once. */
export const get = action({
  input: bulletin.get.input,
  roles: 'anyone',
  handler: async (input, ctx) => {
    const now = ctx.clock.now()
    const found = await ctx.store.get<NoticeDoc>('notices', input.id)
    if (!found || !canSee(found, await viewerOf(ctx), now)) fail('NOT_FOUND', '这条公告不存在、已归档或已过期')
    if (found.status === 'published' && !isExpired(found, now) && countsAsRead(found, ctx.caller.openid)) {
      await recordRead(ctx, found)
    }
    const n = (await ctx.store.get<NoticeDoc>('notices', input.id)) ?? found
    const grid = n.gridId ? await ctx.store.get<GridDoc>('grids', n.gridId) : null
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
