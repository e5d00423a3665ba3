import { surveys } from '../../../src/domain/contracts/surveys'
import { canSee } from '../../../src/domain/surveys/rules'
import { action } from '../../_runtime/types'
import type { Where } from '../../_store/port'
import { gridsHere, namesOf, toItem, viewerOf, WHOLE_COMMUNITY, type AnswerDoc, type SurveyDoc } from '../survey'

/** the most surveys one person answers (a handful a year) */
export const MAX_ANSWERED = 1000

/**
 * Residents: the open surveys meant for them, each marked when they have answered. Staff: every survey of the community, newest first.
 * The page, the grids and the caller's own answers are read together: one round trip after identity.
 * Someone who records a building but no grid is placed in a grid by the grids read alongside, so their
 * page is read without the grid filter and another grid's surveys are left out after (a page may then be short).
 */
export const list = action({
  input: surveys.list.input,
  roles: 'anyone',
  handler: async (input, ctx) => {
    const now = ctx.clock.now()
    const me = ctx.caller.member as { gridId?: string; building?: string } | undefined
    const placed = !me || !!me.gridId || !me.building?.trim()
    const known = viewerOf(ctx, [])
    const where: Where = known.editor
      ? { communityId: known.communityId }
      : {
          communityId: known.communityId,
          status: 'published',
          closesAt: { $gt: now.toISOString() },
          ...(placed ? { audience: { $in: known.gridId ? [WHOLE_COMMUNITY, known.gridId] : [WHOLE_COMMUNITY] } } : {}),
        }
    const orderBy: [string, 'asc' | 'desc'][] = known.editor ? [['createdAt', 'desc']] : [['closesAt', 'asc']]
    const [page, grids, answers] = await Promise.all([
      ctx.store.query<SurveyDoc>('surveys', { where, orderBy, limit: input.limit, after: input.after }),
      gridsHere(ctx),
      ctx.store.queryAll<AnswerDoc>('survey_answers', { where: { openid: ctx.caller.openid } }, { max: MAX_ANSWERED }),
    ])
    const v = placed ? known : viewerOf(ctx, grids)
    const answered = new Set(answers.map((a) => a.surveyId))
    const names = namesOf(grids)
    return { items: page.items.filter((s) => canSee(s, v)).map((s) => toItem(s, now, answered.has(s._id), names)), next: page.next }
  },
})
