import { council } from '../../../src/domain/contracts/council'
import { unitName } from '../../../src/domain/units'
import { action } from '../../_runtime/types'
import { isSteward, MAX_UNITS_SEEN, MEMBER_UNITS, PAIRINGS, pairingView, stewardUnits, unitView, type MemberUnitDoc, type PairingDoc } from '../council'

/** 大党委成员单位: the member units the caller may see and the pairings of the caller's communities, in one round trip. */
export const units = action({
  input: council.units.input,
  roles: 'anyone',
  handler: async (input, ctx) => {
    const { caller } = ctx
    const now = ctx.clock.now()
    const [docs, pairs] = await Promise.all([
      ctx.store.queryAll<MemberUnitDoc>(MEMBER_UNITS, { where: input.unitId ? { unitId: input.unitId } : {}, orderBy: [['name', 'asc']] }, { max: MAX_UNITS_SEEN }),
      ctx.store.queryAll<PairingDoc>(PAIRINGS, { where: {}, orderBy: [['createdAt', 'desc']] }, { max: MAX_UNITS_SEEN }),
    ])
    const paired = new Map<string, string[]>()
    for (const p of pairs) paired.set(p.memberUnitId, [...(paired.get(p.memberUnitId) ?? []), p.communityId])
    const canEditIn = stewardUnits(caller)
      .filter((u) => ['community', 'street'].includes(caller.units[u]?.level ?? ''))
      .map((u) => ({ id: u, name: unitName(caller.units, u) }))
    return {
      items: docs.map((u) => unitView(u, caller.units, isSteward(caller, u.unitId), paired.get(u._id) ?? [])),
      pairings: pairs.map((p) => pairingView(p, caller.units, now)),
      canEditIn,
    }
  },
})
