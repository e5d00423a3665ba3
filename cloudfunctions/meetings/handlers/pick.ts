import { meetings } from '../../../src/domain/contracts/meetings'
import { fail } from '../../../src/domain/errors'
import { ORGANIZER_ROLES } from '../../../src/domain/meetings/rules'
import { action } from '../../_runtime/types'
import { entryOf, moveMeeting, TOPICS, type TopicDoc } from '../meeting'

/** Staff put a proposed topic onto the agenda (on: true) or take it off again. */
export const pick = action({
  input: meetings.pick.input,
  roles: ORGANIZER_ROLES,
  handler: async (input, ctx) => {
    const t = await ctx.store.get<TopicDoc>(TOPICS, input.topicId)
    if (!t || t.meetingId !== input.id || t.communityId !== ctx.caller.communityId) fail('NOT_FOUND', '这次会议没有这个议题')
    const { after } = await moveMeeting(ctx, input.id, 'agenda', (m) => {
      const rest = m.agenda.filter((a) => a.topicId !== t._id)
      return {
        patch: { agenda: input.on ? [...rest, { title: t.title, topicId: t._id }] : rest },
        entry: entryOf(ctx, input.on ? 'pick' : 'unpick', t.title),
        also: async (tx) => {
          await tx.update(TOPICS, t._id, { onAgenda: input.on })
        },
      }
    })
    return { id: after._id, agenda: after.agenda }
  },
})
