import { events } from '../../../src/domain/contracts/events'
import { attendanceCsv } from '../../../src/domain/events/csv'
import type { Doc, QueryOpts, Store } from '../../_store/port'
import { action } from '../../_runtime/types'
import type { CheckinDoc } from '../checkin'
import { loadOwnEvent } from '../event-doc'
import { nameOf } from '../people'
import type { SignupDoc } from '../signup-doc'

const METHODS: Record<CheckinDoc['method'], string> = { scan: '扫码', pass: '出示党员码', manual: '工作人员代签' }

async function all<T extends Doc>(store: Store, coll: string, opts: QueryOpts): Promise<T[]> {
  const out: T[] = []
  let after: string | undefined
  do {
    const page = await store.query<T>(coll, { ...opts, limit: 100, after })
    out.push(...page.items)
    after = page.next
  } while (after)
  return out
}

/** Who came (list and CSV) and who is confirmed but not here yet, for the branch secretary. */
export const attendance = action({
  input: events.attendance.input,
  roles: ['secretary', 'staff'],
  handler: async ({ eventId }, ctx) => {
    const ev = await loadOwnEvent(ctx, eventId)
    const checkins = await all<CheckinDoc>(ctx.store, 'checkins', { where: { eventId }, orderBy: [['at', 'asc']] })
    const items = await Promise.all(
      checkins.map(async (c) => ({ openid: c.openid, ...(await nameOf(ctx, c.openid)), checkedInAt: c.at, method: METHODS[c.method] })),
    )
    const here = new Set(checkins.map((c) => c.openid))
    const confirmed = await all<SignupDoc>(ctx.store, 'signups', { where: { eventId, status: 'confirmed' }, orderBy: [['seq', 'asc']] })
    const pending = await Promise.all(confirmed.filter((s) => !here.has(s.openid)).map(async (s) => ({ openid: s.openid, ...(await nameOf(ctx, s.openid)) })))
    return { items, pending, csv: attendanceCsv(ev.title, items) }
  },
})
