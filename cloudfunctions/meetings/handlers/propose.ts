import { randomUUID } from 'node:crypto'
import { meetings } from '../../../src/domain/contracts/meetings'
import { fail } from '../../../src/domain/errors'
import { topicWindowOpen } from '../../../src/domain/meetings/rules'
import { action } from '../../_runtime/types'
import { loadMeeting, TOPICS, type TopicDoc } from '../meeting'

/** A resident proposes a topic for a meeting of their community, until the meeting starts. */
export const propose = action({
  input: meetings.propose.input,
  roles: 'anyone',
  handler: async (input, ctx) => {
    const m = await loadMeeting(ctx, input.meetingId)
    if (!topicWindowOpen(m, ctx.clock.now())) fail('TOO_LATE', m.state === 'scheduled' ? '会议已经开始，不能再提议题' : '这次会议已不再征集议题')
    await ctx.services.checkText([input.title, input.detail ?? ''], ctx.caller)
    const t: TopicDoc = {
      _id: `tp-${randomUUID().replace(/-/g, '').slice(0, 16)}`,
      meetingId: m._id,
      communityId: m.communityId,
      title: input.title,
      detail: input.detail ?? '',
      by: ctx.caller.openid,
      byName: ctx.caller.name ?? '居民',
      seconds: 0,
      onAgenda: false,
      createdAt: ctx.clock.now().toISOString(),
    }
    await ctx.store.insert(TOPICS, t)
    return { id: t._id }
  },
})
