import { randomUUID } from 'node:crypto'
import type { z } from 'zod'
import { bulletin } from '../../../src/domain/contracts/bulletin'
import { EDITOR_ROLES, expiryOf, searchText, WHOLE_COMMUNITY } from '../../../src/domain/bulletin/rules'
import { fail } from '../../../src/domain/errors'
import { action, type Ctx } from '../../_runtime/types'
import { alertAudience, type GridDoc, type NoticeDoc } from '../notices'

/** A notice from the caller, checked (expiry, grid, content), not yet written (a meeting's decision writes it in its own transaction). */
export async function draftNotice(ctx: Ctx, input: z.output<typeof bulletin.publish.input>, id: string = randomUUID()): Promise<NoticeDoc> {
  const now = ctx.clock.now()
  const expiry = expiryOf(input.expiresAt, now)
  if (!expiry.ok) fail('INVALID_INPUT', '有效期须晚于现在')
  if (input.gridId) {
    const grid = await ctx.store.get<GridDoc>('grids', input.gridId)
    if (!grid || grid.communityId !== ctx.caller.communityId) fail('NOT_FOUND', '本社区没有这个网格')
  }
  await ctx.services.checkText([input.title, input.body], ctx.caller)
  const at = now.toISOString()
  return {
    _id: id,
    communityId: ctx.caller.communityId,
    title: input.title,
    body: input.body,
    search: searchText(input.title, input.body),
    category: input.category,
    pinned: input.pinned ?? false,
    urgent: input.urgent ?? false,
    audience: input.gridId ?? WHOLE_COMMUNITY,
    ...(input.gridId ? { gridId: input.gridId } : {}),
    images: input.images ?? [],
    expiresAt: expiry.value,
    status: 'published',
    author: ctx.caller.openid,
    authorName: ctx.caller.name ?? '社区工作人员',
    publishedAt: at,
    readCount: 0,
    history: [{ at, by: ctx.caller.openid, action: 'publish' }],
    updatedAt: at,
  }
}

/** Secretaries and staff publish a notice to the whole community or one grid; an urgent one is sent to each person in it. */
export const publish = action({
  input: bulletin.publish.input,
  roles: EDITOR_ROLES,
  handler: async (input, ctx) => {
    const doc = await draftNotice(ctx, input)
    await ctx.store.insert('notices', doc)
    if (doc.urgent) await alertAudience(ctx, doc)
    return { id: doc._id }
  },
})
