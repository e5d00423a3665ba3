import { bulletin } from '../../../src/domain/contracts/bulletin'
import { EDITOR_ROLES } from '../../../src/domain/bulletin/rules'
import { fail } from '../../../src/domain/errors'
import { action } from '../../_runtime/types'
import { transition, type NoticeDoc } from '../notices'

/** Takes a notice off the bulletin; it stays readable to secretaries and staff. */
export const archive = action({
  input: bulletin.archive.input,
  roles: EDITOR_ROLES,
  handler: async (input, ctx) => {
    const n = await ctx.store.get<NoticeDoc>('notices', input.id)
    if (!n || n.communityId !== ctx.caller.communityId) fail('NOT_FOUND', '这条公告不存在')
    await transition(ctx, n, 'archive')
    return { id: n._id, status: 'archived' as const }
  },
})
