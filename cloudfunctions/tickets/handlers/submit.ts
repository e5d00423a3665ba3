import { randomUUID } from 'node:crypto'
import { tickets } from '../../../src/domain/contracts/tickets'
import { newTicket } from '../../../src/domain/tickets/machine'
import { action } from '../../_runtime/types'
import { notifyStep } from '../notify'
import { TICKETS } from '../store'

/** Anyone raises a problem (诉求); the community's secretaries hear of it. */
export const submit = action({
  input: tickets.submit.input,
  roles: 'anyone',
  handler: async (input, ctx) => {
    await ctx.services.checkText([input.title, input.description, input.location?.address ?? ''], ctx.caller)
    const t = newTicket(
      {
        _id: `tk-${randomUUID().replace(/-/g, '').slice(0, 16)}`,
        communityId: ctx.caller.communityId,
        title: input.title,
        description: input.description,
        category: input.category,
        location: input.location,
        images: input.images ?? [],
        submitter: ctx.caller.openid,
        submitterName: ctx.caller.name,
      },
      ctx.clock.now(),
    )
    await ctx.store.insert(TICKETS, t)
    await notifyStep(ctx.store, ctx.services, t, t.timeline[0])
    return { id: t._id }
  },
})
