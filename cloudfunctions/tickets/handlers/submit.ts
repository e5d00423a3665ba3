import { randomUUID } from 'node:crypto'
import { tickets } from '../../../src/domain/contracts/tickets'
import { newTicket } from '../../../src/domain/tickets/machine'
import { insertWith } from '../../_runtime/transition'
import { action } from '../../_runtime/types'
import { TICKETS } from '../load'
import { stepNotices } from '../notices'

/** Anyone raises a problem (诉求); the community's secretaries hear of it (written with the ticket). */
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
    const notices = await stepNotices(ctx.store, t, t.timeline[0])
    await insertWith(ctx, TICKETS, t, { notices })
    return { id: t._id }
  },
})
