import { surveys } from '../../../src/domain/contracts/surveys'
import { action } from '../../_runtime/types'
import type { Where } from '../../_store/port'
import { gridsHere, namesOf, toItem, viewerOf, WHOLE_COMMUNITY, type AnswerDoc, type SurveyDoc } from '../survey'

/** the most surveys one person answers (a handful a year) */
export const MAX_ANSWERED = 1000

/**
 * Residents: the open surveys meant for them, each marked when they have answered. Staff: every survey of the community, newest first.
 * The page, the grids and the caller's own answers are read together: one round trip after identity
 * (two for someone who records a building but no grid, whose grid the audience filter needs first).
 */
export const list = action({
  input: surveys.list.input,
  roles: 'anyone',
  handler: async (input, ctx) => {
    const now = ctx.clock.now()
    const me = ctx.caller.member as { gridId?: string; building?: string } | undefined
    const gridsRead = gridsHere(ctx)
    const v = viewerOf(ctx, me && !me.gridId && me.building?.trim() ? await gridsRead : [])
    const where: Where = v.editor
      ? { communityId: v.communityId }
      : { communityId: v.communityId, status: 'published', closesAt: { $gt: now.toISOString() }, audience: { $in: v.gridId ? [WHOLE_COMMUNITY, v.gridId] : [WHOLE_COMMUNITY] } }
    const orderBy: [string, 'asc' | 'desc'][] = v.editor ? [['createdAt', 'desc']] : [['closesAt', 'asc']]
    const [page, grids, answers] = await Promise.all([
      ctx.store.query<SurveyDoc>('surveys', { where, orderBy, limit: input.limit, after: input.after }),
      gridsRead,
      ctx.store.queryAll<AnswerDoc>('survey_answers', { where: { openid: ctx.caller.openid } }, { max: MAX_ANSWERED }),
    ])
    const answered = new Set(answers.map((a) => a.surveyId))
    const names = namesOf(grids)
    return { items: page.items.map((s) => toItem(s, now, answered.has(s._id), names)), next: page.next }
  },
})
