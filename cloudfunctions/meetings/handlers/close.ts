import { meetings } from '../../../src/domain/contracts/meetings'
import { ORGANIZER_ROLES } from '../../../src/domain/meetings/rules'
import { action } from '../../_runtime/types'
import { idsOf, inviteNotices, moveMeeting } from '../meeting'

/** Ends a held meeting: its minutes are final, and invitees and attendees are told where to read them. */
export const close = action({
  input: meetings.close.input,
  roles: ORGANIZER_ROLES,
  handler: async (input, ctx) => {
    const { after } = await moveMeeting(ctx, input.id, 'close', (m) => {
      const to = [...new Set([...m.inviteeIds, ...idsOf(m.attendance)])]
      return { effects: { notices: inviteNotices(m, to, 'close', `会议纪要：${m.title}`, `会议已结束，共形成 ${m.decisions.length} 项决议，点击查看纪要和办理进展。`) } }
    })
    return { id: after._id, state: after.state }
  },
})
