import { events } from '../../../src/domain/contracts/events'
import { verifyToken } from '../../../src/domain/checkin/token'
import { DEFAULT_MESSAGES } from '../../../src/domain/errors'
import { action } from '../../_runtime/types'
import { recordCheckin, refuseScan } from '../checkin'
import type { EventDoc } from '../event-doc'
import { hmacWith } from '../hmac'

/** A person scans (or types) the check-in screen's code. */
export const checkIn = action({
  input: events.checkIn.input,
  roles: 'anyone',
  handler: async (input, ctx) => {
    const scan = { eventId: input.eventId, token: input.token }
    const v = verifyToken('checkin', input.token, ctx.clock.now().getTime(), hmacWith(ctx.services.secret))
    if (!v.ok) return refuseScan(ctx, v.code, DEFAULT_MESSAGES[v.code], scan)
    if (input.eventId && input.eventId !== v.subject) return refuseScan(ctx, 'TOKEN_INVALID', '这是另一场活动的签到码', scan)
    const ev = await ctx.store.get<EventDoc>('events', v.subject)
    if (!ev) return refuseScan(ctx, 'NOT_FOUND', '没有找到这场活动', scan)
    return recordCheckin(ctx, ev, ctx.caller.openid, 'scan', input.token)
  },
})
