/** 双报到 service posts (服务岗位) a community offers, and who took which. */
import type { Ctx } from '../_runtime/types'
import type { Doc } from '../_store/port'

export interface PostDoc {
  _id: string
  communityId: string
  name: string
  description: string
  order: number
  [k: string]: unknown
}

/** Joining a post is one document with a deterministic id: joining twice is one join. */
export const joinId = (postId: string, openid: string) => `${postId}:${openid}`

/** the most service posts one community offers (and so the most one person joins) */
export const MAX_POSTS = 500

/** A community's service posts in order. */
export function postsOfCommunity(ctx: Ctx, communityId: string): Promise<PostDoc[]> {
  return ctx.store.queryAll<PostDoc>('service_posts', { where: { communityId }, orderBy: [['order', 'asc']] }, { max: MAX_POSTS })
}

/** The posts a person joined (join documents). */
export function joinsOf(ctx: Ctx, openid: string): Promise<Doc[]> {
  return ctx.store.queryAll('post_joins', { where: { openid } }, { max: MAX_POSTS })
}

export async function postsOf(ctx: Ctx) {
  const [posts, joins] = await Promise.all([postsOfCommunity(ctx, ctx.caller.communityId), joinsOf(ctx, ctx.caller.openid)])
  const joined = new Set(joins.map((j) => j.postId))
  return { items: posts.map((p) => ({ id: p._id, name: p.name, description: p.description, joined: joined.has(p._id) })) }
}
