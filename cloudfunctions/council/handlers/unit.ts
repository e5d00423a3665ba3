import { council } from '../../../src/domain/contracts/council'
import { fail } from '../../../src/domain/errors'
import { action } from '../../_runtime/types'
import { unitName } from '../../../src/domain/units'
import { isSteward, stewardUnits, itemView, LIST_ITEMS, MAX_UNITS_SEEN, MEMBER_UNITS, PAIRINGS, pairingView, unitView, type ListItemDoc, type MemberUnitDoc, type PairingDoc } from '../council'

/** One member unit with its 结对共建 and its offers and commitments: three reads sent together. */
export const unit = action({
  input: council.unit.input,
  roles: 'anyone',
  handler: async (input, ctx) => {
    const { caller } = ctx
    const now = ctx.clock.now()
    const [doc, pairs, items] = await Promise.all([
      ctx.store.get<MemberUnitDoc>(MEMBER_UNITS, input.id),
      ctx.store.queryAll<PairingDoc>(PAIRINGS, { where: { memberUnitId: input.id } }, { max: MAX_UNITS_SEEN }),
      ctx.store.query<ListItemDoc>(LIST_ITEMS, { where: { memberUnitId: input.id }, orderBy: [['createdAt', 'desc']], limit: 100 }),
    ])
    if (!doc) fail('NOT_FOUND', '没有找到这家成员单位')
    const canEdit = isSteward(caller, doc.unitId)
    return {
      ...unitView(doc, caller.units, canEdit, pairs.map((p) => p.communityId)),
      canEdit,
      pairings: pairs.map((p) => pairingView(p, caller.units, now)),
      items: items.items.map((i) => itemView(i, caller.units, now)),
      pairIn: stewardUnits(caller)
        .filter((u) => caller.units[u]?.level === 'community')
        .map((u) => ({ id: u, name: unitName(caller.units, u) })),
    }
  },
})
