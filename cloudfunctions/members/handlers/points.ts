import { members } from '../../../src/domain/contracts/members'
import { action } from '../../_runtime/types'
import type { LedgerEntry } from '../ledger'

/** My points: the total and the ledger, newest first. */
export const points = action({
  input: members.points.input,
  roles: ['member'],
  handler: async (input, ctx) => {
    const me = ctx.caller.member
    const page = await ctx.store.query<LedgerEntry>('points_ledger', {
      where: { openid: ctx.caller.openid },
      orderBy: [['at', 'desc']],
      limit: input.limit,
      after: input.after,
    })
    return {
      total: me?.points ?? 0,
      items: page.items.map((e) => ({ id: e._id, amount: e.amount, reason: e.reason, reasonText: e.reasonText, note: e.note, at: e.at })),
      next: page.next,
    }
  },
})
