import { formatLocal } from '../../../src/domain/time'
import type { BaseDoc } from '../../events/base-doc'
import type { EventDoc } from '../../events/event-doc'
import { MAX_SIGNUPS, type SignupDoc } from '../../events/signup-doc'
import type { SweepJob } from '../jobs'
import { remindOnce } from '../notify-once'

/** Confirmed sign-ups hear about their event this long before it starts. */
export const REMIND_BEFORE_MS = 2 * 60 * 60_000
/** the most events that start within REMIND_BEFORE_MS of one another across the deployment */
const MAX_SOON = 1000

/**
 * About 2 hours before an event starts, each person with a confirmed place gets one reminder,
 * once (remindOnce sets `remindedAt` on the sign-up).
 * "Not reminded" is `remindedAt: null` (null or absent), which means the same on every adapter.
 */
export const eventReminders: SweepJob = {
  name: 'event-reminders',
  async run(deps) {
    const { store, clock } = deps
    const now = clock.now()
    const soon = await store.queryAll<EventDoc>(
      'events',
      {
        where: { status: 'published', startAt: { $gt: now.toISOString(), $lte: new Date(now.getTime() + REMIND_BEFORE_MS).toISOString() } },
        orderBy: [['startAt', 'asc']],
      },
      { max: MAX_SOON },
    )
    const bases = await store.getMany<BaseDoc>('bases', soon.map((ev) => ev.baseId))
    let sent = 0
    for (const ev of soon) {
      const base = bases.get(ev.baseId)
      const due = await store.queryAll<SignupDoc>('signups', { where: { eventId: ev._id, status: 'confirmed', remindedAt: null } }, { max: MAX_SIGNUPS })
      for (const s of due) {
        const reminded = await remindOnce(deps, { coll: 'signups', id: s._id, status: 'confirmed' }, now, {
          id: `event-reminder:${s._id}`,
          to: s.openid,
          template: 'event_reminder',
          title: `活动即将开始：${ev.title}`.slice(0, 40),
          body: `${formatLocal(ev.startAt)} 在${base?.name ?? '活动阵地'}开始，请提前到场扫码签到`,
          page: `/packages/events/pages/detail/index?id=${ev._id}`,
        })
        if (reminded) sent++
      }
    }
    return sent
  },
}
