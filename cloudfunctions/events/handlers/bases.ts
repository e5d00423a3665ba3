import { events } from '../../../src/domain/contracts/events'
import { nearest } from '../../../src/domain/events/geo'
import { action } from '../../_runtime/types'
import type { BaseDoc } from '../base-doc'

export const baseOut = (b: BaseDoc & { distanceM?: number; walkMinutes?: number }) => ({
  id: b._id,
  name: b.name,
  kind: b.kind,
  address: b.address,
  hours: b.hours,
  intro: b.intro,
  photos: b.photos,
  lat: b.lat,
  lng: b.lng,
  distanceM: b.distanceM,
  walkMinutes: b.walkMinutes,
})

/** the most organization-life bases (阵地) one deployment has */
const MAX_BASES = 1000

/** Organization-life bases, nearest first when a location is given (optionally within a walking circle). */
export const bases = action({
  input: events.bases.input,
  roles: 'anyone',
  handler: async (input, ctx) => {
    const all = await ctx.store.queryAll<BaseDoc>('bases', {}, { max: MAX_BASES })
    const sorted = input.near ? nearest(all, input.near, input.withinMin) : all.sort((a, b) => a.name.localeCompare(b.name, 'zh'))
    return { items: sorted.map(baseOut) }
  },
})
