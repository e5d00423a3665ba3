import { meetings } from '../../../src/domain/contracts/meetings'
import { ORGANIZER_ROLES } from '../../../src/domain/meetings/rules'
import { action } from '../../_runtime/types'
import { entryOf, inviteNotices, moveMeeting } from '../meeting'

/** Calls off a scheduled meeting with a reason; every invitee hears of it. */
export const cancel = action({
  input: meetings.cancel.input,
  roles: ORGANIZER_ROLES,
  handler: async (input, ctx) => {
    await ctx.services.checkText([input.reason], ctx.caller)
    const { after } = await moveMeeting(ctx, input.id, 'cancel', (m) => ({
      patch: { cancelReason: input.reason },
      entry: entryOf(ctx, 'cancel', input.reason),
      effects: { notices: inviteNotices(m, m.inviteeIds, 'cancel', `会议取消：${m.title}`, `原定会议取消，原因：${input.reason}`) },
    }))
    return { id: after._id, state: after.state }
  },
})
