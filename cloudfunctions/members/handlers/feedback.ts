import { members } from '../../../src/domain/contracts/members'
import { fail } from '../../../src/domain/errors'
import { verifyFeedback } from '../../../src/domain/points-year'
import { hmacWith } from '../../events/hmac'
import type { MemberDoc } from '../../_runtime/identity'
import { action } from '../../_runtime/types'
import { memberSummary } from '../year-summary'

/** Opens a feedback link: whoever holds it, with no role, sees that one member's year and nothing else. */
export const feedback = action({
  input: members.feedback.input,
  roles: 'anyone',
  handler: async (input, ctx) => {
    const v = verifyFeedback(input.token, ctx.clock.now().getTime(), hmacWith(ctx.services.secret))
    if (!v.ok) fail(v.code, v.code === 'TOKEN_EXPIRED' ? '这个反馈链接已过期（90 天），请向社区党委索取新链接' : '反馈链接无效，请核对是否复制完整')
    const m = await ctx.store.get<MemberDoc>('members', v.openid)
    if (!m) fail('NOT_FOUND', '这位党员的记录已不存在')
    const [summary, community] = await Promise.all([memberSummary(ctx.store, m, v.year), ctx.store.get<{ _id: string; name?: string }>('communities', m.communityId)])
    const expiresAt = new Date(Number(input.token.split('.')[2])).toISOString()
    return { summary, communityName: community?.name, expiresAt }
  },
})
