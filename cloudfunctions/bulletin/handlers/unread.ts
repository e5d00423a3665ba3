import { bulletin } from '../../../src/domain/contracts/bulletin'
import { EDITOR_ROLES, gridOf } from '../../../src/domain/bulletin/rules'
import { fail } from '../../../src/domain/errors'
import type { MemberDoc } from '../../_runtime/identity'
import { action } from '../../_runtime/types'
import type { Doc } from '../../_store/port'
import { gridsOf, MAX_PEOPLE, viewerOf, type NoticeDoc } from '../notices'

/**
 * For the author: the people of a grid (the notice's grid, the one asked for, or the author's own)
 * who have not opened the notice yet — so they can be phoned or visited about an urgent one.
 */
export const unread = action({
  input: bulletin.unread.input,
  roles: EDITOR_ROLES,
  handler: async (input, ctx) => {
    // everything this needs is read together: one round trip (per hundred people or reads, each page a call)
    const [n, grids, members, reads] = await Promise.all([
      ctx.store.get<NoticeDoc>('notices', input.id),
      gridsOf(ctx, ctx.caller.communityId),
      ctx.store.queryAll<MemberDoc>('members', { where: { communityId: ctx.caller.communityId } }, { max: MAX_PEOPLE }),
      ctx.store.queryAll<Doc>('notice_reads', { where: { noticeId: input.id } }, { max: MAX_PEOPLE }),
    ])
    if (!n || n.communityId !== ctx.caller.communityId) fail('NOT_FOUND', '这条公告不存在')
    if (n.author !== ctx.caller.openid) fail('FORBIDDEN', '只有发布人可以查看未读名单')
    if (n.gridId && input.gridId && input.gridId !== n.gridId) fail('INVALID_INPUT', '这条公告只发给了另一个网格')
    const gridId = n.gridId ?? input.gridId ?? (await viewerOf(ctx, grids)).gridId
    if (!gridId) fail('INVALID_INPUT', '请选择要查看的网格')
    const grid = grids.find((g) => g._id === gridId)
    if (!grid) fail('NOT_FOUND', '本社区没有这个网格')

    const people = members.filter((m) => m._id !== n.author && gridOf(m as { gridId?: string; building?: string }, grids) === gridId)
    const readers = new Set(reads.map((r) => r.openid))
    const items = people
      .filter((m) => !readers.has(m._id))
      .map((m) => ({ openid: m._id, name: m.name ?? '未留姓名', building: m.building }))
      .sort((a, b) => (a.building ?? '').localeCompare(b.building ?? '', 'zh') || a.openid.localeCompare(b.openid))
    return { gridId, gridName: grid.name, total: people.length, read: people.length - items.length, items }
  },
})
