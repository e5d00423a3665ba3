import { meetings } from '../../../src/domain/contracts/meetings'
import { secondId } from '../../../src/domain/meetings/rules'
import { action } from '../../_runtime/types'
import { loadMeeting, MAX_TOPICS, SECONDS, TOPICS, viewOf, type TopicDoc } from '../meeting'

/** A meeting with its agenda, topics (most seconded first, and whether the caller seconded each), attendance, minutes and decisions. */
export const get = action({
  input: meetings.get.input,
  roles: 'anyone',
  handler: async (input, ctx) => {
    const [m, topics] = await Promise.all([
      loadMeeting(ctx, input.id),
      ctx.store.queryAll<TopicDoc>(TOPICS, { where: { meetingId: input.id }, orderBy: [['seconds', 'desc'], ['createdAt', 'asc']] }, { max: MAX_TOPICS }),
    ])
    const mine = await ctx.store.getMany(SECONDS, topics.map((t) => secondId(t._id, ctx.caller.openid)))
    const seconded = new Set(topics.filter((t) => mine.has(secondId(t._id, ctx.caller.openid))).map((t) => t._id))
    return viewOf(ctx, m, topics, seconded)
  },
})
