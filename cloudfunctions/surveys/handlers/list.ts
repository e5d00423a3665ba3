import { surveys } from '../../../src/domain/contracts/surveys'
import { answerId } from '../../../src/domain/surveys/rules'
import { action } from '../../_runtime/types'
import type { Where } from '../../_store/port'
import { gridNames, toItem, viewerOf, WHOLE_COMMUNITY, type SurveyDoc } from '../survey'

/** Residents: the open surveys meant for them, each marked when they have answered. Staff: every survey of the community, newest first. */
export const list = action({
  input: surveys.list.input,
  roles: 'anyone',
  handler: async (input, ctx) => {
    const now = ctx.clock.now()
    const v = await viewerOf(ctx)
    const where: Where = v.editor
      ? { communityId: v.communityId }
      : { communityId: v.communityId, status: 'published', closesAt: { $gt: now.toISOString() }, audience: { $in: v.gridId ? [WHOLE_COMMUNITY, v.gridId] : [WHOLE_COMMUNITY] } }
    const orderBy: [string, 'asc' | 'desc'][] = v.editor ? [['createdAt', 'desc']] : [['closesAt', 'asc']]
    const page = await ctx.store.query<SurveyDoc>('surveys', { where, orderBy, limit: input.limit, after: input.after })
    const grids = await gridNames(ctx)
    const mine = await Promise.all(page.items.map((s) => ctx.store.get('survey_answers', answerId(s._id, ctx.caller.openid))))
    return { items: page.items.map((s, i) => toItem(s, now, mine[i] !== null, grids)), next: page.next }
  },
})
