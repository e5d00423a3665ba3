/** Documents of the events function and the reads its handlers share. */
import type { z } from 'zod'
import type { eventItem } from '../../src/domain/contracts/events'
import { fail } from '../../src/domain/errors'
import type { EventStatus, OpenTo, SignupStatus } from '../../src/domain/events/rules'
import type { Ctx } from '../_runtime/types'
import type { Doc } from '../_store/port'

export interface TimelineEntry {
  at: string
  by: string
  action: string
  note?: string
}

export interface BaseDoc {
  _id: string
  name: string
  kind: string
  address: string
  hours: string
  intro: string
  photos: string[]
  lat: number
  lng: number
  [k: string]: unknown
}

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
  timeline: TimelineEntry[]
  [k: string]: unknown
}

export interface SignupDoc {
  _id: string
  eventId: string
  openid: string
  status: SignupStatus
  seq: number
  createdAt: string
  updatedAt: string
  timeline: TimelineEntry[]
  [k: string]: unknown
}

export interface CheckinDoc {
  _id: string
  eventId: string
  openid: string
  at: string
  method: 'scan' | 'pass' | 'manual'
  by: string
  [k: string]: unknown
}

export interface ThemeDoc {
  _id: string
  communityId: string
  /** start of the local month the theme is proposed for */
  monthAt: string
  title: string
  description: string
  by: string
  byName: string
  votes: number
  createdAt: string
  [k: string]: unknown
}

export const pairId = (a: string, openid: string) => `${a}:${openid}`

/** the most sign-ups (confirmed and waiting) one event holds: whole-set reads of them refuse more */
export const MAX_SIGNUPS = 5000

export async function loadEvent(ctx: Ctx, id: string): Promise<EventDoc> {
  const ev = await ctx.store.get<EventDoc>('events', id)
  if (!ev) fail('NOT_FOUND', '没有找到这场活动')
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

const personName = (m: Doc | undefined) => ({ name: (m?.name as string | undefined) ?? '未留名', branch: m?.branch as string | undefined })

export async function nameOf(ctx: Ctx, openid: string): Promise<{ name: string; branch?: string }> {
  return personName((await ctx.store.get('members', openid)) ?? undefined)
}

/** Names of many people in one batch read: a lookup by openid. */
export async function namesOf(ctx: Ctx, openids: string[]): Promise<(openid: string) => { name: string; branch?: string }> {
  const people = await ctx.store.getMany('members', openids)
  return (openid) => personName(people.get(openid))
}
