/** 双报到 documents: service posts a community offers, who joined which, and logged hours. */
import type { z } from 'zod'
import type { hoursLog } from '../../src/domain/contracts/wishes'
import { HOURS_STATE_NAMES, type HoursState } from '../../src/domain/wishes/service'
import type { Ctx } from '../_runtime/types'

export interface PostDoc {
  _id: string
  communityId: string
  name: string
  description: string
  order: number
  [k: string]: unknown
}

export interface HoursDoc {
  _id: string
  communityId: string
  openid: string
  name: string
  postId: string
  postName: string
  date: string
  hours: number
  note: string
  state: HoursState
  at: string
  points?: number
  decidedBy?: string
  decidedAt?: string
  reason?: string
  timeline: { at: string; by: string; action: string; note?: string }[]
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

export function hoursView(d: HoursDoc): z.infer<typeof hoursLog> {
  return {
    id: d._id,
    name: d.name,
    postName: d.postName,
    date: d.date,
    hours: d.hours,
    note: d.note,
    state: d.state,
    stateName: HOURS_STATE_NAMES[d.state],
    ...(d.points !== undefined ? { points: d.points } : {}),
  }
}
