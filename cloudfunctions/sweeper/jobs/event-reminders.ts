import { formatLocal } from '../../../src/domain/time'
import { MAX_SIGNUPS, type BaseDoc, type EventDoc, type SignupDoc } from '../../events/docs'
import type { SweepJob } from '../jobs'

/** Confirmed sign-ups hear about their event this long before it starts. */
export const REMIND_BEFORE_MS = 2 * 60 * 60_000
/** the most events that start within REMIND_BEFORE_MS of one another across the deployment */
const MAX_SOON = 1000

/**
 * About 2 hours before an event starts, each person with a confirmed place gets one reminder.
 * `remindedAt` is set on the sign-up by a conditional update before the message goes out, so a
 * second sweep (or a concurrent one) reminds nobody twice. "Not reminded" is `remindedAt: null`
 * (null or absent), which means the same on every adapter.
 */
export const eventReminders: SweepJob = {
  name: 'event-reminders',
  async run({ store, clock, services }) {
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
        const mine = await store.update('signups', s._id, { remindedAt: now.toISOString() }, { where: { status: 'confirmed', remindedAt: null } })
        if (!mine) continue
        await services.notify({
          id: `event-reminder:${s._id}`,
          to: s.openid,
          template: 'event_reminder',
          title: `活动即将开始：${ev.title}`.slice(0, 40),
          body: `${formatLocal(ev.startAt)} 在${base?.name ?? '活动阵地'}开始，请提前到场扫码签到`,
          page: `/packages/events/pages/detail/index?id=${ev._id}`,
        })
        sent++
      }
    }
    return sent
  },
}
