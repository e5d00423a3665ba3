/** 双报到 service posts (服务岗位) a community offers, and who took which. */
import type { Ctx } from '../_runtime/types'

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

export async function postsOf(ctx: Ctx) {
  const [posts, joins] = await Promise.all([
    ctx.store.query<PostDoc>('service_posts', { where: { communityId: ctx.caller.communityId }, orderBy: [['order', 'asc']], limit: 50 }),
    ctx.store.query('post_joins', { where: { openid: ctx.caller.openid }, limit: 50 }),
  ])
  const joined = new Set(joins.items.map((j) => j.postId))
  return { items: posts.items.map((p) => ({ id: p._id, name: p.name, description: p.description, joined: joined.has(p._id) })) }
}
