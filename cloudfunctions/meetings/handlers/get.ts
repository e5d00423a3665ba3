import { meetings } from '../../../src/domain/contracts/meetings'
import { action } from '../../_runtime/types'
import { loadMeeting, MAX_TOPICS, SECONDS, TOPICS, viewOf, type TopicDoc } from '../meeting'

/**
 * A meeting with its agenda, topics (most seconded first, and whether the caller seconded each),
 * attendance, minutes and decisions. The three reads go out together: one round trip after identity.
 */
export const get = action({
  input: meetings.get.input,
  roles: 'anyone',
  handler: async (input, ctx) => {
    const [m, topics, mine] = await Promise.all([
      loadMeeting(ctx, input.id),
      ctx.store.queryAll<TopicDoc>(TOPICS, { where: { meetingId: input.id }, orderBy: [['seconds', 'desc'], ['createdAt', 'asc']] }, { max: MAX_TOPICS }),
      ctx.store.queryAll(SECONDS, { where: { meetingId: input.id, openid: ctx.caller.openid } }, { max: MAX_TOPICS }),
    ])
    return viewOf(ctx, m, topics, new Set(mine.map((s) => s.topicId as string)))
  },
})
