import { meetings } from '../../../src/domain/contracts/meetings'
import { AppError, fail } from '../../../src/domain/errors'
import { secondId, topicWindowOpen } from '../../../src/domain/meetings/rules'
import { op } from '../../_store/port'
import { action } from '../../_runtime/types'
import { loadMeeting, SECONDS, TOPICS, type TopicDoc } from '../meeting'

/**
 * 附议: one per person and topic. The second's id is `topicId:openid` and it is written in the
 * same transaction as the topic's counter, so a person seconding twice (or thirty times at once)
 * counts once, and the counter is always the number of seconds.
 */
export const second = action({
  input: meetings.second.input,
  roles: 'anyone',
  handler: async (input, ctx) => {
    const t = await ctx.store.get<TopicDoc>(TOPICS, input.topicId)
    if (!t || t.communityId !== ctx.caller.communityId) fail('NOT_FOUND', '没有找到这个议题')
    const m = await loadMeeting(ctx, t.meetingId)
    if (!topicWindowOpen(m, ctx.clock.now())) fail('TOO_LATE', '会议已经开始，不能再附议')
    if (t.by === ctx.caller.openid) fail('CONFLICT', '这是您提的议题，请邀请其他居民附议')
    const _id = secondId(t._id, ctx.caller.openid)
    let already = false
    try {
      await ctx.store.transaction(async (tx) => {
        await tx.insert(SECONDS, { _id, topicId: t._id, meetingId: t.meetingId, openid: ctx.caller.openid, at: ctx.clock.now().toISOString() })
        await tx.update(TOPICS, t._id, { seconds: op.inc(1) }, { where: { meetingId: t.meetingId } })
      })
    } catch (e) {
      if (!(e instanceof AppError && e.code === 'CONFLICT')) throw e
      already = true
    }
    const now = await ctx.store.get<TopicDoc>(TOPICS, t._id)
    return { topicId: t._id, seconds: now?.seconds ?? t.seconds, already }
  },
})
