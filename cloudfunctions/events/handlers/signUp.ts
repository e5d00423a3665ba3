import { events } from '../../../src/domain/contracts/events'
import { fail } from '../../../src/domain/errors'
import { mayJoin, maySignUp } from '../../../src/domain/events/rules'
import { op } from '../../_store/port'
import { action } from '../../_runtime/types'
import { pairId, type EventDoc, type SignupDoc } from '../docs'
import { moveSignup } from '../transitions'

/** Takes a place if one is left (conditional increment), otherwise joins the waitlist; one transaction. */
export const signUp = action({
  input: events.signUp.input,
  roles: 'anyone',
  handler: async ({ eventId }, ctx) => {
    const { openid } = ctx.caller
    return ctx.store.transaction(async (tx) => {
      const ev = await tx.get<EventDoc>('events', eventId)
      if (!ev) fail('NOT_FOUND', '没有找到这场活动')
      if (ev.status !== 'published') fail('CONFLICT', '这场活动已经取消了')
      if (!maySignUp(ev.startAt, ctx.clock.now().getTime())) fail('TOO_LATE', '活动已开始，报名已截止')
      if (!mayJoin(ev.openTo, ctx.caller.roles)) fail('FORBIDDEN', '这场活动仅限党员报名')
      const prev = await tx.get<SignupDoc>('signups', pairId(eventId, openid))
      if (prev && prev.status !== 'cancelled') {
        fail('ALREADY_DONE', prev.status === 'confirmed' ? '您已报名成功' : '您已在候补名单中', { status: prev.status })
      }
      const placed = await tx.update('events', eventId, { signedUp: op.inc(1), joinSeq: op.inc(1) }, { where: { signedUp: { $lt: ev.capacity } } })
      if (!placed) await tx.update('events', eventId, { joinSeq: op.inc(1) })
      const seq = (await tx.get<EventDoc>('events', eventId))!.joinSeq
      const status = placed ? 'confirmed' : 'waitlisted'
      await moveSignup(tx, ctx.clock.now().toISOString(), { eventId, openid, prev, seq }, status, { self: openid })
      return { status } as const
    })
  },
})
