/**
 * The moves of an event, on the one state-change mechanism (`applyTransition`): checked against
 * the event machine (src/domain/events/machine.ts) on the event as it is now, and written with
 * the timeline entry and the notices in one transaction.
 */
import { fail } from '../../src/domain/errors'
import { EVENT, type EventMove } from '../../src/domain/events/machine'
import { checkMove, type TimelineEntry } from '../../src/domain/machine'
import { formatLocal } from '../../src/domain/time'
import { hasRole } from '../_runtime/identity'
import { applyTransition, ATTEMPTS } from '../_runtime/transition'
import type { Ctx, Notice } from '../_runtime/types'
import type { Patch } from '../_store/port'
import { detailPage, EVENTS, NO_EVENT, type EventDoc } from './event-doc'

const EVENT_T = { coll: EVENTS, stateField: 'status', notFound: NO_EVENT }

/** Refuses `move` of event `ev` unless the caller is staff of its community and the event is in a state it starts from. */
export function checkEventMove(ctx: Ctx, ev: EventDoc, move: EventMove): void {
  checkMove(EVENT, move, ev.status, () => hasRole(ctx.caller, 'secretary', 'staff') && ev.communityId === ctx.caller.communityId)
}

/** A sign-up since the list of people to tell was read: read it again. */
class SignedUpMeanwhile extends Error {}

/**
 * published → cancelled with the reason; everyone confirmed or waiting is told in the same
 * transaction. The list is read before it (no query inside one); a sign-up that lands in between
 * moves the event's `joinSeq`, seen inside the transaction, and the list is read again.
 */
export async function cancelEvent(ctx: Ctx, id: string, reason: string, listPeople: (ev: EventDoc) => Promise<string[]>): Promise<number> {
  for (let attempt = 0; attempt < ATTEMPTS; attempt++) {
    const seen = (await ctx.store.get<EventDoc>(EVENTS, id)) ?? fail('NOT_FOUND', NO_EVENT)
    checkEventMove(ctx, seen, 'cancel')
    const people = await listPeople(seen)
    try {
      await applyTransition<EventDoc>(
        ctx,
        {
          ...EVENT_T,
          decide: (ev) => {
            checkEventMove(ctx, ev, 'cancel')
            return {
              to: 'cancelled',
              patch: { cancelReason: reason },
              entry: entry(ctx, 'cancel', reason),
              effects: { notices: people.map((to) => cancelledNotice(ev, to, reason)) },
              also: async (tx) => {
                if ((await tx.get<EventDoc>(EVENTS, id))?.joinSeq !== seen.joinSeq) throw new SignedUpMeanwhile()
              },
            }
          },
        },
        id,
      )
      return people.length
    } catch (e) {
      if (!(e instanceof SignedUpMeanwhile)) throw e
    }
  }
  fail('CONFLICT', '报名的人太多，请稍后再取消')
}

function cancelledNotice(ev: EventDoc, to: string, reason: string): Notice {
  return { to, template: 'event_cancelled', title: '活动取消通知', body: `您报名的「${ev.title}」（${formatLocal(ev.startAt)}）已取消：${reason}`, page: detailPage(ev) }
}

/** Staff edit a published event; capacity never drops below those already confirmed. */
export async function editEvent(ctx: Ctx, id: string, patch: Patch, capacity: number | undefined): Promise<void> {
  const tooSmall = (ev: EventDoc | null) => capacity !== undefined && (ev?.signedUp ?? 0) > capacity
  const refuse = () => fail('CONFLICT', '名额不能少于已报名人数')
  await applyTransition<EventDoc>(
    ctx,
    {
      ...EVENT_T,
      decide: (ev) => {
        checkEventMove(ctx, ev, 'edit')
        if (tooSmall(ev)) refuse()
        return {
          to: ev.status,
          patch,
          entry: entry(ctx, 'edit', Object.keys(patch).join(',')),
          // sign-ups move the counter without a version: it is checked again where it is written
          also: async (tx) => {
            if (tooSmall(await tx.get<EventDoc>(EVENTS, id))) refuse()
          },
        }
      },
    },
    id,
  )
}

function entry(ctx: Ctx, action: string, note?: string): TimelineEntry {
  return { at: ctx.clock.now().toISOString(), by: ctx.caller.openid, action, ...(note ? { note } : {}) }
}
