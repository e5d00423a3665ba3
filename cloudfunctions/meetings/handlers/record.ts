import { meetings } from '../../../src/domain/contracts/meetings'
import { fail } from '../../../src/domain/errors'
import { mergeDecisions, ORGANIZER_ROLES, recordOpen } from '../../../src/domain/meetings/rules'
import { action } from '../../_runtime/types'
import { loadMeeting, moveMeeting, resolvePeople } from '../meeting'

/**
 * At or after the meeting, staff record who came, the minutes and the decisions. Recording again
 * corrects them; a decision already turned into a ticket or notice stays as it is.
 */
export const record = action({
  input: meetings.record.input,
  roles: ORGANIZER_ROLES,
  handler: async (input, ctx) => {
    const m = await loadMeeting(ctx, input.id)
    if (m.state === 'scheduled' && !recordOpen(m, ctx.clock.now())) fail('TOO_EARLY', '会议开始前一小时起才能记录')
    await ctx.services.checkText([input.minutes, ...input.decisions.map((d) => d.text)], ctx.caller)
    const attendance = await resolvePeople(ctx, input.attendance)
    const { after } = await moveMeeting(ctx, input.id, 'record', (now) => {
      const merged = mergeDecisions(now.decisions, input.decisions, now.nextDecision)
      if (!merged.ok) fail('CONFLICT', merged.message)
      return { patch: { attendance, minutes: input.minutes, decisions: merged.decisions, nextDecision: merged.nextNo } }
    })
    return { id: after._id, state: after.state, decisions: after.decisions }
  },
})
