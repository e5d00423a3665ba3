import { randomUUID } from 'node:crypto'
import { meetings } from '../../../src/domain/contracts/meetings'
import { fail } from '../../../src/domain/errors'
import { KIND_NAMES, ORGANIZER_ROLES, startAtAllowed } from '../../../src/domain/meetings/rules'
import { formatLocal } from '../../../src/domain/time'
import { insertWith } from '../../_runtime/transition'
import { action } from '../../_runtime/types'
import { entryOf, idsOf, inviteNotices, MEETINGS, resolvePeople, type MeetingDoc } from '../meeting'

/** A secretary or social worker schedules a meeting of their community; each invitee who is a member hears of it. */
export const schedule = action({
  input: meetings.schedule.input,
  roles: ORGANIZER_ROLES,
  handler: async (input, ctx) => {
    const now = ctx.clock.now()
    if (!startAtAllowed(input.startAt, now)) fail('INVALID_INPUT', '会议时间须在 30 天前到一年后之间')
    await ctx.services.checkText([input.title, input.place, ...(input.agenda ?? [])], ctx.caller)
    const invitees = await resolvePeople(ctx, input.invitees ?? [])
    const at = now.toISOString()
    const m: MeetingDoc = {
      _id: `mt-${randomUUID().replace(/-/g, '').slice(0, 16)}`,
      communityId: ctx.caller.communityId,
      kind: input.kind,
      title: input.title,
      startAt: new Date(input.startAt).toISOString(),
      place: input.place,
      agenda: (input.agenda ?? []).map((title) => ({ title })),
      invitees,
      inviteeIds: idsOf(invitees),
      attendance: [],
      decisions: [],
      nextDecision: 1,
      state: 'scheduled',
      version: 0,
      organizer: ctx.caller.openid,
      organizerName: ctx.caller.name ?? '社区工作人员',
      createdAt: at,
      updatedAt: at,
      timeline: [entryOf(ctx, 'schedule')],
    }
    const notices = inviteNotices(m, m.inviteeIds, 'invite', `邀请您参加：${m.title}`, `${formatLocal(m.startAt)} 在${m.place}召开${KIND_NAMES[m.kind]}，欢迎提前提出议题。`)
    await insertWith(ctx, MEETINGS, m, { notices })
    return { id: m._id }
  },
})
