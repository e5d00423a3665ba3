import { events } from '../../../src/domain/contracts/events'
import { action, type Ctx } from '../../_runtime/types'
import type { EventDoc } from '../event-doc'
import { MAX_SIGNUPS, type SignupDoc } from '../signup-doc'
import { cancelEvent } from '../event-moves'

/** Staff cancel an event; everyone signed up or waiting is told why, in the same transaction. */
export const cancel = action({
  input: events.cancel.input,
  roles: ['secretary', 'staff'],
  handler: async (input, ctx) => {
    await ctx.services.checkText([input.reason], ctx.caller)
    const notified = await cancelEvent(ctx, input.id, input.reason, (ev) => activePeople(ctx, ev))
    return { id: input.id, status: 'cancelled' as const, notified }
  },
})

/** Everyone confirmed or waiting for the event, in sign-up order. */
async function activePeople(ctx: Ctx, ev: EventDoc): Promise<string[]> {
  const told = await ctx.store.queryAll<SignupDoc>(
    'signups',
    { where: { eventId: ev._id, status: { $in: ['confirmed', 'waitlisted'] } }, orderBy: [['seq', 'asc']] },
    { max: MAX_SIGNUPS },
  )
  return told.map((s) => s.openid)
}
