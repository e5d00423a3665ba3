import { events } from '../../../src/domain/contracts/events'
import { verifyToken } from '../../../src/domain/checkin/token'
import { DEFAULT_MESSAGES } from '../../../src/domain/errors'
import { action } from '../../_runtime/types'
import { recordCheckin, refuseScan } from '../checkin'
import { loadOwnEvent } from '../event-doc'
import { hmacWith } from '../hmac'

/** Staff check a person in by scanning their member pass, or by picking them from the sign-up list. */
export const checkInMember = action({
  input: events.checkInMember.input,
  roles: ['secretary', 'staff'],
  handler: async (input, ctx) => {
    const ev = await loadOwnEvent(ctx, input.eventId)
    if (input.passToken === undefined) return recordCheckin(ctx, ev, input.openid!, 'manual')
    const v = verifyToken('pass', input.passToken, ctx.clock.now().getTime(), hmacWith(ctx.services.secret))
    if (!v.ok) {
      const message = v.code === 'TOKEN_EXPIRED' ? '党员码已过期，请对方刷新后再扫' : DEFAULT_MESSAGES[v.code]
      return refuseScan(ctx, v.code, message, { eventId: ev._id, token: input.passToken })
    }
    return recordCheckin(ctx, ev, v.subject, 'pass', input.passToken)
  },
})
