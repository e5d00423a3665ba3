import { LIVE_STATES } from '../../../src/domain/council/machine'
import { localDate } from '../../../src/domain/time'
import { deliver, writeEffects } from '../../_runtime/transition'
import type { Notice } from '../../_runtime/types'
import { itemPage, LIST_ITEMS, MEMBER_UNITS, type ListItemDoc, type MemberUnitDoc } from '../../council/council'
import type { SweepJob } from '../jobs'

/** commitments past due and not yet reminded, taken a batch a sweep: each one reminded leaves the set */
const BATCH = 100

/** The id of the one reminder a person gets about one overdue commitment. */
export const overdueNoticeId = (itemId: string, openid: string) => `council-overdue:${itemId}:${openid}`

/**
 * 职责承诺清单: a commitment past its due date and not done is reminded once — to the party member
 * whose commitment it is, or to the member unit's 兼职委员 (none yet: to whoever entered it). `remindedAt` is set from null in the
 * same transaction as the notices (conditioned on the state read), so two sweeps at once remind once.
 */
export const commitmentsOverdue: SweepJob = {
  name: 'commitments-overdue',
  async run(deps) {
    const { store, clock } = deps
    const now = clock.now()
    const page = await store.query<ListItemDoc>(LIST_ITEMS, {
      where: { kind: 'commitment', state: { $in: [...LIVE_STATES] }, remindedAt: null, dueAt: { $lt: now.toISOString() } },
      orderBy: [['dueAt', 'asc']],
      limit: BATCH,
    })
    if (page.items.length === 0) return 0
    const unitIds = [...new Set(page.items.map((i) => i.memberUnitId).filter((u): u is string => !!u))]
    const units = await store.getMany<MemberUnitDoc>(MEMBER_UNITS, unitIds)
    let sent = 0
    for (const item of page.items) {
      const committee = (units.get(item.memberUnitId ?? '')?.committee ?? []).map((c) => c.openid)
      // a unit with no 兼职委员 yet: whoever entered the commitment follows it up
      const people = item.openid ? [item.openid] : committee.length ? committee : [item.createdBy]
      const due = item.dueAt ? localDate(item.dueAt) : ''
      const notices: Notice[] = people.map((to) => ({
        id: overdueNoticeId(item._id, to),
        to,
        template: 'council',
        title: '承诺事项已逾期',
        body: `「${item.title}」（${item.ownerName}）应于 ${due} 完成，请尽快推进并上传佐证`.slice(0, 100),
        page: itemPage(item._id),
      }))
      const written = await store.transaction(async (tx) => {
        const marked = await tx.update(LIST_ITEMS, item._id, { remindedAt: now.toISOString() }, { where: { state: item.state, remindedAt: null } })
        if (!marked) return null
        return writeEffects(tx, deps, { notices })
      })
      if (!written) continue
      sent++
      await deliver(deps, written)
    }
    return sent
  },
}
