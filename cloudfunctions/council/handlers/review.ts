import { council } from '../../../src/domain/contracts/council'
import { reviewOf } from '../../../src/domain/council/machine'
import { action } from '../../_runtime/types'
import { itemView, LIST_ITEMS, MAX_YEAR_ITEMS, type ListItemDoc } from '../council'

const keyOf = (d: ListItemDoc) => d.memberUnitId ?? `m:${d.openid ?? d._id}`

/** 回头看: the year's commitments the caller can see, per member unit or party member — kept (done by the due date), late, overdue, open — with the list. One read. */
export const review = action({
  input: council.review.input,
  roles: ['secretary', 'staff', 'member'],
  handler: async (input, ctx) => {
    const now = ctx.clock.now()
    const docs = await ctx.store.queryAll<ListItemDoc>(LIST_ITEMS, { where: { kind: 'commitment', year: input.year }, orderBy: [['dueAt', 'asc']] }, { max: MAX_YEAR_ITEMS })
    const rows = reviewOf(docs, input.year, now, keyOf)
    const byKey = new Map<string, ListItemDoc[]>()
    for (const d of docs) if (d.state !== 'cancelled') byKey.set(keyOf(d), [...(byKey.get(keyOf(d)) ?? []), d])
    const totals = { kept: 0, late: 0, open: 0, overdue: 0, total: 0 }
    for (const r of rows) for (const k of ['kept', 'late', 'open', 'overdue', 'total'] as const) totals[k] += r[k]
    return {
      year: input.year,
      rows: rows.map((r) => {
        const items = byKey.get(r.key) ?? []
        return { ...r, name: items[0]?.ownerName ?? '', items: items.map((d) => itemView(d, ctx.caller.units, now)) }
      }),
      totals,
    }
  },
})
