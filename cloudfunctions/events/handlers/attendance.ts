import { events } from '../../../src/domain/contracts/events'
import { attendanceCsv } from '../../../src/domain/events/csv'
import type { Doc, QueryOpts, Store } from '../../_store/port'
import { action } from '../../_runtime/types'
import { loadOwnEvent, nameOf, type CheckinDoc, type SignupDoc } from '../docs'

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
    // the event and both lists together; the names come next, with one get per person in parallel
    const [ev, checkins, confirmed] = await Promise.all([
      loadOwnEvent(ctx, eventId),
      all<CheckinDoc>(ctx.store, 'checkins', { where: { eventId }, orderBy: [['at', 'asc']] }),
      all<SignupDoc>(ctx.store, 'signups', { where: { eventId, status: 'confirmed' }, orderBy: [['seq', 'asc']] }),
    ])
    const here = new Set(checkins.map((c) => c.openid))
    const [items, pending] = await Promise.all([
      Promise.all(checkins.map(async (c) => ({ openid: c.openid, ...(await nameOf(ctx, c.openid)), checkedInAt: c.at, method: METHODS[c.method] }))),
      Promise.all(confirmed.filter((s) => !here.has(s.openid)).map(async (s) => ({ openid: s.openid, ...(await nameOf(ctx, s.openid)) }))),
    ])
    return { items, pending, csv: attendanceCsv(ev.title, items) }
  },
})
