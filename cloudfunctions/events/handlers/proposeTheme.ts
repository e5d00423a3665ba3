import { randomUUID } from 'node:crypto'
import { events } from '../../../src/domain/contracts/events'
import { fail } from '../../../src/domain/errors'
import { mayProposeFor, monthRange } from '../../../src/domain/events/rules'
import { action } from '../../_runtime/types'
import { nameOf } from '../people'
import type { ThemeDoc } from '../theme-doc'

/** Members propose a theme for this or a coming month's menu (co-planning). */
export const proposeTheme = action({
  input: events.proposeTheme.input,
  roles: ['member'],
  handler: async (input, ctx) => {
    if (!mayProposeFor(input.month, ctx.clock.now())) fail('INVALID_INPUT', '只能为本月及以后的月份提议主题')
    await ctx.services.checkText([input.title, input.description], ctx.caller)
    const doc: ThemeDoc = {
      _id: `th-${randomUUID().replace(/-/g, '').slice(0, 12)}`,
      communityId: ctx.caller.communityId,
      monthAt: monthRange(input.month).from,
      title: input.title,
      description: input.description,
      by: ctx.caller.openid,
      byName: (await nameOf(ctx, ctx.caller.openid)).name,
      votes: 0,
      createdAt: ctx.clock.now().toISOString(),
    }
    await ctx.store.insert('themes', doc)
    return { id: doc._id }
  },
})
