import { surveys } from '../../../src/domain/contracts/surveys'
import { fail } from '../../../src/domain/errors'
import { satisfactionRate } from '../../../src/domain/surveys/rules'
import { action } from '../../_runtime/types'
import { counter, type SurveyDoc } from '../survey'

/**
 * A community's 满意率: of the given satisfaction survey, else its latest published or closed one.
 * Staff and secretaries read their own community; street admins any (for the street dashboard).
 */
export const satisfaction = action({
  input: surveys.satisfaction.input,
  roles: ['secretary', 'staff', 'admin'],
  handler: async (input, ctx) => {
    const communityId = input.communityId ?? ctx.caller.communityId
    // a community of the caller's own units: their community, or every community under the street or district they manage
    if (communityId !== ctx.caller.communityId && !ctx.caller.scope.act.includes(communityId)) fail('FORBIDDEN', '只能查看本社区的满意率')
    let s: SurveyDoc | null
    if (input.surveyId) {
      s = await ctx.store.get<SurveyDoc>('surveys', input.surveyId)
      if (!s || s.communityId !== communityId || s.kind !== 'satisfaction' || s.status === 'draft') fail('NOT_FOUND', '没有这份满意度问卷')
    } else {
      const page = await ctx.store.query<SurveyDoc>('surveys', {
        where: { communityId, kind: 'satisfaction', status: { $in: ['published', 'closed'] } },
        orderBy: [['closesAt', 'desc']],
        limit: 1,
      })
      s = page.items[0] ?? null
    }
    if (!s) return { communityId, satisfied: 0, total: 0, rate: null, answerCount: 0 }
    return { communityId, surveyId: s._id, title: s.title, status: s.status, answerCount: s.answerCount, ...satisfactionRate(s.questions, counter(s)) }
  },
})
