import { members } from '../../../src/domain/contracts/members'
import { pointsYear, yearTotalId } from '../../../src/domain/points'
import { action } from '../../_runtime/types'
import type { LedgerEntry } from '../ledger'
import type { YearTotalDoc } from '../years'

/** My points: the balance, what this year and last year earned, and the ledger, newest first. */
export const points = action({
  input: members.points.input,
  roles: ['member'],
  handler: async (input, ctx) => {
    const me = ctx.caller.member
    const year = pointsYear(ctx.clock.now())
    const [page, years] = await Promise.all([
      ctx.store.query<LedgerEntry>('points_ledger', {
        where: { openid: ctx.caller.openid },
        orderBy: [['at', 'desc']],
        limit: input.limit,
        after: input.after,
      }),
      ctx.store.getMany<YearTotalDoc>('points_years', [yearTotalId(year, ctx.caller.openid), yearTotalId(year - 1, ctx.caller.openid)]),
    ])
    return {
      total: me?.points ?? 0,
      year,
      thisYear: years.get(yearTotalId(year, ctx.caller.openid))?.points ?? 0,
      lastYear: years.get(yearTotalId(year - 1, ctx.caller.openid))?.points ?? 0,
      items: page.items.map((e) => ({ id: e._id, amount: e.amount, reason: e.reason, reasonText: e.reasonText, note: e.note, at: e.at, year: e.year ?? pointsYear(e.at) })),
      next: page.next,
    }
  },
})
