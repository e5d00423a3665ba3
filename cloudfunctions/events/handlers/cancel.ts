import { events } from '../../../src/domain/contracts/events'
import { formatLocal } from '../../../src/domain/time'
import { action } from '../../_runtime/types'
import { loadOwnEvent, MAX_SIGNUPS, type SignupDoc } from '../docs'
import { cancelEvent } from '../transitions'

/** Staff cancel an event; everyone signed up or waiting is told why. */
export const cancel = action({
  input: events.cancel.input,
  roles: ['secretary', 'staff'],
  handler: async (input, ctx) => {
    await ctx.services.checkText([input.reason], ctx.caller)
    const ev = await loadOwnEvent(ctx, input.id)
    await cancelEvent(ctx, ev, input.reason)
    let notified = 0
    const told = await ctx.store.queryAll<SignupDoc>(
      'signups',
      { where: { eventId: ev._id, status: { $in: ['confirmed', 'waitlisted'] } }, orderBy: [['seq', 'asc']] },
      { max: MAX_SIGNUPS },
    )
    for (const s of told) {
      await ctx.services.notify({
        to: s.openid,
        template: 'event_cancelled',
        title: '活动取消通知',
        body: `您报名的「${ev.title}」（${formatLocal(ev.startAt)}）已取消：${input.reason}`,
        page: `packages/events/pages/detail/index?id=${ev._id}`,
      })
      notified++
    }
    return { id: ev._id, status: 'cancelled' as const, notified }
  },
})
