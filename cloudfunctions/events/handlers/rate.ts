import { events } from '../../../src/domain/contracts/events'
import { AppError, fail } from '../../../src/domain/errors'
import { op } from '../../_store/port'
import { action } from '../../_runtime/types'
import { loadEvent } from '../event-doc'
import { pairId } from '../pair-id'

/** Attendees rate an event once (1–5 and a comment), from its start on. */
export const rate = action({
  input: events.rate.input,
  roles: 'anyone',
  handler: async (input, ctx) => {
    const ev = await loadEvent(ctx, input.eventId)
    const id = pairId(ev._id, ctx.caller.openid)
    if (!(await ctx.store.get('checkins', id))) fail('FORBIDDEN', '签到参加后才能评价')
    if (ctx.clock.now().getTime() < Date.parse(ev.startAt)) fail('TOO_EARLY', '活动开始后才能评价')
    await ctx.services.checkText([input.comment ?? ''], ctx.caller)
    const at = ctx.clock.now().toISOString()
    try {
      await ctx.store.transaction(async (tx) => {
        await tx.insert('event_ratings', { _id: id, eventId: ev._id, openid: ctx.caller.openid, score: input.score, comment: input.comment ?? '', at })
        await tx.update('events', ev._id, { ratingCount: op.inc(1), ratingSum: op.inc(input.score) })
      })
    } catch (e) {
      if (e instanceof AppError && e.code === 'CONFLICT') fail('ALREADY_DONE', '您已经评价过这场活动')
      throw e
    }
    return { eventId: ev._id, score: input.score }
  },
})
