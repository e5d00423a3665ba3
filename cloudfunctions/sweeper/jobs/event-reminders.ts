import { formatLocal } from '../../../src/domain/time'
import type { BaseDoc } from '../../events/base-doc'
import type { EventDoc } from '../../events/event-doc'
import type { SignupDoc } from '../../events/signup-doc'
import { deliver, writeEffects } from '../../_runtime/transition'
import type { SweepJob } from '../jobs'
import { systemCtx } from '../system'

/** Confirmed sign-ups hear about their event this long before it starts. */
export const REMIND_BEFORE_MS = 2 * 60 * 60_000

/**
 * About 2 hours before an event starts, each person with a confirmed place gets one reminder.
 * `remindedAt` is set on the sign-up by a conditional update in the transaction that writes the
 * message, so a second sweep (or a concurrent one) reminds nobody twice and a crash loses none.
 */
export const eventReminders: SweepJob = {
  name: 'event-reminders',
  async run(deps) {
    const { store, clock } = deps
    const ctx = systemCtx(deps)
    const now = clock.now()
    const soon = await store.query<EventDoc>('events', {
      where: { status: 'published', startAt: { $gt: now.toISOString(), $lte: new Date(now.getTime() + REMIND_BEFORE_MS).toISOString() } },
      orderBy: [['startAt', 'asc']],
      limit: 100,
    })
    let sent = 0
    for (const ev of soon.items) {
      const base = await store.get<BaseDoc>('bases', ev.baseId)
      let after: string | undefined
      do {
        const page = await store.query<SignupDoc>('signups', { where: { eventId: ev._id, status: 'confirmed', remindedAt: { $exists: false } }, limit: 100, after })
        for (const s of page.items) {
          const notices = await store.transaction(async (tx) => {
            if (!(await tx.update('signups', s._id, { remindedAt: now.toISOString() }, { where: { status: 'confirmed', remindedAt: { $exists: false } } }))) return null
            return writeEffects(tx, ctx, {
              notices: [
                {
                  id: `event-reminder:${s._id}`,
                  to: s.openid,
                  template: 'event_reminder',
                  title: `活动即将开始：${ev.title}`.slice(0, 40),
                  body: `${formatLocal(ev.startAt)} 在${base?.name ?? '活动阵地'}开始，请提前到场扫码签到`,
                  page: `/packages/events/pages/detail/index?id=${ev._id}`,
                },
              ],
            })
          })
          if (!notices) continue
          await deliver(ctx, notices)
          sent++
        }
        after = page.next
      } while (after)
    }
    return sent
  },
}
