/**
 * Every move of an event and of a sign-up, on the one state-change mechanism
 * (`applyTransition`, or `writeMove` inside a transaction already held): the move is checked
 * against its machine (src/domain/events/machine.ts) on the document as it is now, and written
 * with its timeline entry, the counters it changes and its notices in one transaction.
 */
import { fail } from '../../src/domain/errors'
import { EVENT, SIGNUP, type EventMove, type SignupWho } from '../../src/domain/events/machine'
import { mayJoin, maySignUp } from '../../src/domain/events/rules'
import { checkMove, type TimelineEntry } from '../../src/domain/machine'
import { formatLocal } from '../../src/domain/time'
import { hasRole } from '../_runtime/identity'
import type { OutboxDoc } from '../_runtime/services/outbox'
import { applyTransition, ATTEMPTS, deliver, writeMove, type Move } from '../_runtime/transition'
import type { Ctx, Notice } from '../_runtime/types'
import { op, type Patch, type TxStore } from '../_store/port'
import { EVENTS, NO_EVENT, type EventDoc } from './event-doc'
import { pairId } from './pair-id'
import { SIGNUPS, type SignupDoc } from './signup-doc'

const EVENT_T = { coll: EVENTS, stateField: 'status', notFound: NO_EVENT }
const SIGNUP_T = { coll: SIGNUPS, stateField: 'status', notFound: '您没有报名这场活动' }
const STALE_MESSAGE = '报名状态已变化，请刷新后重试'
const bySystem = (w: SignupWho) => w === 'system'
const detailPage = (ev: EventDoc) => `packages/events/pages/detail/index?id=${ev._id}`

/** Refuses `move` of event `ev` unless the caller is staff of its community and the event is in a state it starts from. */
export function checkEventMove(ctx: Ctx, ev: EventDoc, move: EventMove): void {
  checkMove(EVENT, move, ev.status, () => hasRole(ctx.caller, 'secretary', 'staff') && ev.communityId === ctx.caller.communityId)
}

function entry(ctx: Ctx, action: string, note?: string): TimelineEntry {
  return { at: ctx.clock.now().toISOString(), by: ctx.caller.openid, action, ...(note ? { note } : {}) }
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
          also: async (tx) => void (tooSmall(await tx.get<EventDoc>(EVENTS, id)) && refuse()),
        }
      },
    },
    id,
  )
}

/**
 * Takes a place if one is left (conditional increment), otherwise joins the waitlist in sign-up
 * order; the sign-up is created or moved in the same transaction.
 */
export async function joinEvent(ctx: Ctx, eventId: string): Promise<'confirmed' | 'waitlisted'> {
  const { openid } = ctx.caller
  const self = (w: SignupWho) => w === 'self'
  return ctx.store.transaction(async (tx) => {
    const ev = (await tx.get<EventDoc>(EVENTS, eventId)) ?? fail('NOT_FOUND', NO_EVENT)
    if (ev.status !== 'published') fail('CONFLICT', '这场活动已经取消了')
    if (!maySignUp(ev.startAt, ctx.clock.now().getTime())) fail('TOO_LATE', '活动已开始，报名已截止')
    if (!mayJoin(ev.openTo, ctx.caller.roles)) fail('FORBIDDEN', '这场活动仅限党员报名')
    const prev = await tx.get<SignupDoc>(SIGNUPS, pairId(eventId, openid))
    checkMove(SIGNUP, 'join', prev?.status ?? 'none', self)
    const placed = await tx.update(EVENTS, eventId, { signedUp: op.inc(1), joinSeq: op.inc(1) }, { where: { signedUp: { $lt: ev.capacity } } })
    if (!placed) await tx.update(EVENTS, eventId, { joinSeq: op.inc(1) })
    const seq = (await tx.get<EventDoc>(EVENTS, eventId))!.joinSeq
    const to = checkMove(SIGNUP, placed ? 'join' : 'wait', prev?.status ?? 'none', self) as 'confirmed' | 'waitlisted'
    const first = entry(ctx, to)
    if (!prev) {
      const doc: SignupDoc = { _id: pairId(eventId, openid), eventId, openid, status: to, seq, createdAt: first.at, updatedAt: first.at, timeline: [first] }
      await tx.insert(SIGNUPS, doc)
    } else if (!(await writeMove(tx, ctx, SIGNUP_T, prev, { to, patch: { seq }, entry: first }))) {
      fail('CONFLICT', STALE_MESSAGE)
    }
    return to
  })
}

/**
 * Gives a place back; when it was a confirmed one, the first of `waiters` still waiting takes it in
 * the same transaction (told in it), else the event's counter goes down. Answers who was promoted.
 */
export async function leaveSignup(ctx: Ctx, ev: EventDoc, waiters: SignupDoc[]): Promise<string | undefined> {
  let promoted: Promoted | undefined
  await applyTransition<SignupDoc>(
    ctx,
    {
      ...SIGNUP_T,
      decide: (s) => ({
        to: checkMove(SIGNUP, 'leave', s.status, (w) => w === 'self' && s.openid === ctx.caller.openid),
        entry: entry(ctx, 'cancelled'),
        also: async (tx) => {
          // runs once per attempt of the transaction: only the committed attempt's promotion counts
          promoted = undefined
          if (s.status !== 'confirmed') return
          promoted = await promoteFirst(tx, ctx, ev, waiters)
          if (!promoted) await tx.update(EVENTS, ev._id, { signedUp: op.inc(-1) })
        },
      }),
    },
    pairId(ev._id, ctx.caller.openid),
  )
  if (!promoted) return undefined
  await deliver(ctx, promoted.notices)
  return promoted.openid
}

interface Promoted {
  openid: string
  notices: OutboxDoc[]
}

/** Inside a transaction: the first of `waiters` still waiting takes a place already held for them. */
async function promoteFirst(tx: TxStore, ctx: Ctx, ev: EventDoc, waiters: SignupDoc[]): Promise<Promoted | undefined> {
  for (const w of waiters) {
    const cur = await tx.get<SignupDoc>(SIGNUPS, w._id)
    if (cur?.status !== 'waitlisted') continue
    const written = await writeMove(tx, ctx, SIGNUP_T, cur, promotion(ctx, ev, cur))
    if (written) return { openid: cur.openid, notices: written.notices }
  }
  return undefined
}

/** waitlisted → confirmed, by the system, and the person told. */
function promotion(ctx: Ctx, ev: EventDoc, s: SignupDoc): Move {
  const to = checkMove(SIGNUP, 'promote', s.status, bySystem)
  return {
    to,
    entry: { at: ctx.clock.now().toISOString(), by: 'system', action: to },
    effects: {
      notices: [
        {
          to: s.openid,
          template: 'event_promoted',
          title: '候补成功',
          body: `您候补的「${ev.title}」（${formatLocal(ev.startAt)}）有了空位，已为您报名成功`,
          page: detailPage(ev),
        },
      ],
    },
  }
}

/** The sweeper: promotes the waiter of sign-up `waiterId` into a place still free under the event's capacity (FULL when there is none). */
export async function promoteIntoFreePlace(ctx: Ctx, ev: EventDoc, waiterId: string): Promise<void> {
  await applyTransition<SignupDoc>(
    ctx,
    {
      ...SIGNUP_T,
      decide: (s) => ({
        ...promotion(ctx, ev, s),
        also: async (tx) => {
          const taken = await tx.update(EVENTS, ev._id, { signedUp: op.inc(1) }, { where: { status: 'published', signedUp: { $lt: ev.capacity } } })
          if (!taken) fail('FULL', '活动名额已满')
        },
      }),
    },
    waiterId,
  )
}
