import { randomUUID } from 'node:crypto'
import { events } from '../../../src/domain/contracts/events'
import { action } from '../../_runtime/types'
import type { EventDoc } from '../event-doc'
import { checkEventFields } from './update'

/** Staff publish an event on the menu. */
export const create = action({
  input: events.create.input,
  roles: ['secretary', 'staff'],
  handler: async (input, ctx) => {
    await checkEventFields(ctx, input)
    const at = ctx.clock.now().toISOString()
    const doc: EventDoc = {
      _id: `ev-${randomUUID().replace(/-/g, '').slice(0, 12)}`,
      communityId: ctx.caller.communityId,
      baseId: input.baseId,
      title: input.title,
      theme: input.theme,
      description: input.description ?? '',
      startAt: new Date(input.startAt).toISOString(),
      endAt: new Date(input.endAt).toISOString(),
      capacity: input.capacity,
      signedUp: 0,
      joinSeq: 0,
      openTo: input.openTo,
      points: input.points ?? 2,
      status: 'published',
      createdBy: ctx.caller.openid,
      createdAt: at,
      updatedAt: at,
      timeline: [{ at, by: ctx.caller.openid, action: 'publish' }],
    }
    await ctx.store.insert('events', doc)
    return { id: doc._id }
  },
})
