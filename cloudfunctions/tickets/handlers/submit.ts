import { randomUUID } from 'node:crypto'
import type { z } from 'zod'
import { tickets } from '../../../src/domain/contracts/tickets'
import { newTicket } from '../../../src/domain/tickets/machine'
import type { TicketDoc } from '../../../src/domain/tickets/model'
import { action, type Ctx } from '../../_runtime/types'
import { notifyStep } from '../notify'
import { TICKETS } from '../store'

/** A new ticket from the caller, content-checked, not yet written (a meeting's decision writes it in its own transaction). */
export async function draftTicket(ctx: Ctx, input: z.output<typeof tickets.submit.input>, id = `tk-${randomUUID().replace(/-/g, '').slice(0, 16)}`): Promise<TicketDoc> {
  await ctx.services.checkText([input.title, input.description, input.location?.address ?? ''], ctx.caller)
  return newTicket(
    {
      _id: id,
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
}

/** The community's secretaries hear of a new ticket. */
export function announceTicket(ctx: Ctx, t: TicketDoc): Promise<void> {
  return notifyStep(ctx.store, ctx.services, t, t.timeline[0])
}

/** Anyone raises a problem (诉求); the community's secretaries hear of it. */
export const submit = action({
  input: tickets.submit.input,
  roles: 'anyone',
  handler: async (input, ctx) => {
    const t = await draftTicket(ctx, input)
    await ctx.store.insert(TICKETS, t)
    await announceTicket(ctx, t)
    return { id: t._id }
  },
})
