import { meetings } from '../../../src/domain/contracts/meetings'
import { fail } from '../../../src/domain/errors'
import { ORGANIZER_ROLES, startAtAllowed } from '../../../src/domain/meetings/rules'
import { formatLocal } from '../../../src/domain/time'
import type { Patch } from '../../_store/port'
import { action } from '../../_runtime/types'
import { idsOf, inviteNotices, moveMeeting, resolvePeople } from '../meeting'

/** Changes a scheduled meeting's title, time, place, agenda or invitees; every invitee hears of the new arrangement. */
export const edit = action({
  input: meetings.edit.input,
  roles: ORGANIZER_ROLES,
  handler: async (input, ctx) => {
    if (input.startAt && !startAtAllowed(input.startAt, ctx.clock.now())) fail('INVALID_INPUT', '会议时间须在 30 天前到一年后之间')
    await ctx.services.checkText([input.title ?? '', input.place ?? '', ...(input.agenda ?? [])], ctx.caller)
    const invitees = input.invitees ? await resolvePeople(ctx, input.invitees) : undefined
    const { after } = await moveMeeting(ctx, input.id, 'edit', (m) => {
      const patch: Patch = {}
      if (input.title) patch.title = input.title
      if (input.place) patch.place = input.place
      if (input.startAt) patch.startAt = new Date(input.startAt).toISOString()
      // typed items are replaced; topics picked onto the agenda stay
      if (input.agenda) patch.agenda = [...input.agenda.map((title) => ({ title })), ...m.agenda.filter((a) => a.topicId)]
      if (invitees) Object.assign(patch, { invitees, inviteeIds: idsOf(invitees) })
      const to = invitees ? idsOf(invitees) : m.inviteeIds
      const when = formatLocal((patch.startAt as string | undefined) ?? m.startAt)
      const where = (patch.place as string | undefined) ?? m.place
      return { patch, effects: { notices: inviteNotices(m, to, `edit-${m.version + 1}`, `会议安排有变：${(patch.title as string | undefined) ?? m.title}`, `现定于 ${when} 在${where}召开，请留意。`) } }
    })
    return { id: after._id, state: after.state }
  },
})
