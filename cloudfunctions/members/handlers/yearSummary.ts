import { members } from '../../../src/domain/contracts/members'
import { summaryCsv } from '../../../src/domain/points-year'
import { action } from '../../_runtime/types'
import { communitySummary } from '../year-summary'

/** 年度积分汇总: every party member's year, for 民主评议 and 评先评优, with the same rows as CSV. */
export const yearSummary = action({
  input: members.yearSummary.input,
  roles: ['secretary'],
  handler: async (input, ctx) => {
    const items = await communitySummary(ctx.store, ctx.caller.communityId, input.year)
    return { year: input.year, items, csv: summaryCsv(input.year, items) }
  },
})
