import { events } from '../../../src/domain/contracts/events'
import { attendanceCsv } from '../../../src/domain/events/csv'
import { action } from '../../_runtime/types'
import type { CheckinDoc } from '../checkin'
import { loadOwnEvent } from '../event-doc'
import { keptNamesOf } from '../people'
import { MAX_SIGNUPS, type SignupDoc } from '../signup-doc'

const METHODS: Record<CheckinDoc['method'], string> = { scan: '扫码', pass: '出示党员码', manual: '工作人员代签' }

/** Who came (list and CSV) and who is confirmed but not here yet, for the branch secretary. */
export const attendance = action({
  input: events.attendance.input,
  roles: ['secretary', 'staff'],
  handler: async ({ eventId }, ctx) => {
    // the event and both lists together; each sign-up and check-in keeps its person's name
    const [ev, checkins, confirmed] = await Promise.all([
      loadOwnEvent(ctx, eventId),
      ctx.store.queryAll<CheckinDoc>('checkins', { where: { eventId }, orderBy: [['at', 'asc']] }, { max: MAX_SIGNUPS }),
      ctx.store.queryAll<SignupDoc>('signups', { where: { eventId, status: 'confirmed' }, orderBy: [['seq', 'asc']] }, { max: MAX_SIGNUPS }),
    ])
    const here = new Set(checkins.map((c) => c.openid))
    const nameOf = await keptNamesOf(ctx, [...checkins, ...confirmed])
    const items = checkins.map((c) => ({ openid: c.openid, ...nameOf(c.openid), checkedInAt: c.at, method: METHODS[c.method] }))
    const pending = confirmed.filter((s) => !here.has(s.openid)).map((s) => ({ openid: s.openid, ...nameOf(s.openid) }))
    return { items, pending, csv: attendanceCsv(ev.title, items) }
  },
})
