import { members } from '../../../src/domain/contracts/members'
import { fail } from '../../../src/domain/errors'
import { signFeedback } from '../../../src/domain/points-year'
import { hmacWith } from '../../events/hmac'
import type { MemberDoc } from '../../_runtime/identity'
import { action } from '../../_runtime/types'

/** The secretary signs a read-only link to one member's year for their workplace unit (双报到反馈). */
export const feedbackLink = action({
  input: members.feedbackLink.input,
  roles: ['secretary'],
  handler: async (input, ctx) => {
    const m = await ctx.store.get<MemberDoc>('members', input.openid)
    if (!m || m.communityId !== ctx.caller.communityId || !m.roles.includes('member')) fail('NOT_FOUND', '本社区没有这位党员')
    return signFeedback(m._id, input.year, ctx.clock.now().getTime(), hmacWith(ctx.services.secret))
  },
})
