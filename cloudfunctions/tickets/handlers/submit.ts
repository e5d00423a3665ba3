import { randomUUID } from 'node:crypto'
import type { z } from 'zod'
import { tickets } from '../../../src/domain/contracts/tickets'
import { newTicket } from '../../../src/domain/tickets/machine'
import type { TicketDoc } from '../../../src/domain/tickets/model'
import { insertWith } from '../../_runtime/transition'
import { action, type Ctx, type Notice } from '../../_runtime/types'
import { TICKETS } from '../load'
import { stepNotices } from '../notices'

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

/** What the community's secretaries are told of a new ticket: written in the same transaction as the ticket. */
export function announcement(ctx: Ctx, t: TicketDoc): Promise<Notice[]> {
  return stepNotices(ctx, t, t.timeline[0])
}

/** Anyone raises a problem (诉求); the community's secretaries hear of it (written with the ticket). */
export const submit = action({
  input: tickets.submit.input,
  roles: 'anyone',
  handler: async (input, ctx) => {
    const t = await draftTicket(ctx, input)
    await insertWith(ctx, TICKETS, t, { notices: await announcement(ctx, t) })
    return { id: t._id }
  },
})
