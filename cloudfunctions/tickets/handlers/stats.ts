import { tickets } from '../../../src/domain/contracts/tickets'
import { fail } from '../../../src/domain/errors'
import type { TicketDoc } from '../../../src/domain/tickets/model'
import { scorecards, scorecardsCsv } from '../../../src/domain/tickets/stats'
import { hasRole } from '../../_runtime/identity'
import { action } from '../../_runtime/types'
import type { Where } from '../../_store/port'
import { STREET_OFFICE } from '../notices'
import { allDepartments } from '../departments'
import { TICKETS } from '../load'

/** the most dispatched tickets one scorecard period reads (admins: every community) */
const MAX_TICKETS = 5000

/** Department scorecards over [from, to) (default: the last 30 days) with a CSV export. */
export const stats = action({
  input: tickets.stats.input,
  roles: ['secretary', 'staff', 'admin'],
  handler: async (input, ctx) => {
    const to = input.to ? new Date(input.to).toISOString() : ctx.clock.now().toISOString()
    const from = input.from ? new Date(input.from).toISOString() : new Date(Date.parse(to) - 30 * 86_400_000).toISOString()
    if (from >= to) fail('INVALID_INPUT', '开始时间要早于结束时间')
    // a dispatch in the period belongs to a ticket whose latest dispatch is at or after `from`
    const where: Where = { dispatchedAt: { $gte: from }, ...(hasRole(ctx.caller, 'admin') ? {} : { communityId: ctx.caller.communityId }) }
    // the departments come alongside the tickets
    const [docs, all] = await Promise.all([
      ctx.store.queryAll<TicketDoc>(TICKETS, { where, orderBy: [['dispatchedAt', 'asc']] }, { max: MAX_TICKETS }),
      allDepartments(ctx.store),
    ])
    const depts = [...all.values()].filter((d) => d._id !== STREET_OFFICE)
    const rows = scorecards(docs, depts, from, to)
    return { from, to, departments: rows, csv: scorecardsCsv(rows) }
  },
})
