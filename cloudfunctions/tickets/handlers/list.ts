import { tickets } from '../../../src/domain/contracts/tickets'
import { fail } from '../../../src/domain/errors'
import type { TicketDoc } from '../../../src/domain/tickets/model'
import { streetHeld } from '../../../src/domain/units'
import { hasRole } from '../../_runtime/identity'
import { action, type Ctx } from '../../_runtime/types'
import type { Page, Where } from '../../_store/port'
import { allDepartments } from '../departments'
import { FOLLOWS, TICKETS } from '../load'
import { itemOf } from '../view'

type Input = { scope: 'mine' | 'following' | 'department' | 'community'; state?: TicketDoc['state']; limit?: number; after?: string }

async function followed(ctx: Ctx, input: Input): Promise<Page<TicketDoc>> {
  const page = await ctx.store.query(FOLLOWS, { where: { openid: ctx.caller.openid }, orderBy: [['createdAt', 'desc']], limit: input.limit, after: input.after })
  const docs = await ctx.store.getMany<TicketDoc>(TICKETS, page.items.map((f) => f.ticketId as string))
  const items = page.items.flatMap((f) => docs.get(f.ticketId as string) ?? [])
  return { items: items.filter((t) => !input.state || t.state === input.state), next: page.next }
}

function scopeWhere(ctx: Ctx, scope: Input['scope']): Where {
  const c = ctx.caller
  if (scope === 'mine') return { submitter: c.openid }
  if (scope === 'department') {
    if (!hasRole(c, 'liaison') || !c.departmentId) fail('FORBIDDEN', '只有部门联络员可以查看部门工单')
    return { departmentIds: { $has: c.departmentId } }
  }
  if (!hasRole(c, 'secretary', 'staff', 'admin')) fail('FORBIDDEN', '只有社区书记、社工和管理员可以查看全部工单')
  // a street's secretary or staff lists every community of the street: the router's scope bounds it
  if (streetHeld(c.units, c.unitRoles)) return {}
  return { communityId: c.communityId }
}

/** Tickets in a scope, the nearest deadline first (no deadline last); overdue ones are marked. */
export const list = action({
  input: tickets.list.input,
  roles: 'anyone',
  handler: async (input, ctx) => {
    // the page and the departments it names in one round trip
    const [page, depts] = await Promise.all([
      input.scope === 'following'
        ? followed(ctx, input)
        : ctx.store.query<TicketDoc>(TICKETS, {
            where: { ...scopeWhere(ctx, input.scope), ...(input.state ? { state: input.state } : {}) },
            orderBy: [['dueAt', 'asc']],
            limit: input.limit,
            after: input.after,
          }),
      allDepartments(ctx.store),
    ])
    const now = ctx.clock.now()
    return { items: page.items.map((t) => itemOf(t, now, depts, ctx.caller)), next: page.next }
  },
})
