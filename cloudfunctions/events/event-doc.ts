/** An event on the menu as stored, how it is found, and how it lists. */
import type { z } from 'zod'
import type { eventItem } from '../../src/domain/contracts/events'
import { fail } from '../../src/domain/errors'
import type { EventStatus, OpenTo } from '../../src/domain/events/rules'
import type { TimelineEntry } from '../../src/domain/machine'
import type { Ctx } from '../_runtime/types'

export interface EventDoc {
  _id: string
  communityId: string
  baseId: string
  title: string
  theme: string
  description: string
  startAt: string
  endAt: string
  capacity: number
  signedUp: number
  /** sign-up order: every sign-up takes the next number, which orders the waitlist */
  joinSeq: number
  openTo: OpenTo
  points: number
  status: EventStatus
  cancelReason?: string
  createdBy: string
  createdAt: string
  updatedAt: string
  version?: number
  timeline: TimelineEntry[]
  [k: string]: unknown
}

export const EVENTS = 'events'
export const NO_EVENT = '没有找到这场活动'
/** the event's page in the app, for the notices about it */
export const detailPage = (ev: EventDoc) => `packages/events/pages/detail/index?id=${ev._id}`

export async function loadEvent(ctx: Ctx, id: string): Promise<EventDoc> {
  const ev = await ctx.store.get<EventDoc>(EVENTS, id)
  if (!ev) fail('NOT_FOUND', NO_EVENT)
  return ev
}

/** An event that staff manage: it must belong to their community. */
export async function loadOwnEvent(ctx: Ctx, id: string): Promise<EventDoc> {
  const ev = await loadEvent(ctx, id)
  if (ev.communityId !== ctx.caller.communityId) fail('FORBIDDEN', '这场活动不属于您所在的社区')
  return ev
}

export function toItem(ev: EventDoc, baseName?: string): z.infer<typeof eventItem> {
  return {
    id: ev._id,
    title: ev.title,
    theme: ev.theme,
    baseId: ev.baseId,
    baseName,
    startAt: ev.startAt,
    endAt: ev.endAt,
    capacity: ev.capacity,
    signedUp: ev.signedUp,
    openTo: ev.openTo,
    points: ev.points,
    status: ev.status,
  }
}
