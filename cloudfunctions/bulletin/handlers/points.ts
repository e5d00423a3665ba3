import { bulletin } from '../../../src/domain/contracts/bulletin'
import { byNearness, POINT_KIND_NAMES, type PointKind } from '../../../src/domain/bulletin/points'
import { unitName } from '../../../src/domain/units'
import { action } from '../../_runtime/types'
import type { Doc } from '../../_store/port'

interface PointDoc extends Doc {
  unitId: string
  kind: PointKind
  name: string
  address: string
  hours: string
  services: string[]
  phone?: string
}

export const MAX_POINTS = 200

/** The service points a person can walk into: of their community and of the street and district above (the router's scope bounds the read). */
export const points = action({
  input: bulletin.points.input,
  roles: 'anyone',
  handler: async (_input, ctx) => {
    const tree = ctx.caller.units
    // no condition of its own: the store the router hands over keeps it to the units in sight
    const docs = await ctx.store.queryAll<PointDoc>('service_points', {}, { max: MAX_POINTS })
    const items = docs.map((p) => ({
      id: p._id,
      kind: p.kind,
      kindName: POINT_KIND_NAMES[p.kind],
      name: p.name,
      unitId: p.unitId,
      unitName: unitName(tree, p.unitId),
      level: tree[p.unitId]?.level ?? ('community' as const),
      address: p.address,
      hours: p.hours,
      services: p.services,
      ...(p.phone ? { phone: p.phone } : {}),
    }))
    return { items: byNearness(items) }
  },
})
