import { events } from '../../../src/domain/contracts/events'
import { nearest } from '../../../src/domain/events/geo'
import { action, type Ctx } from '../../_runtime/types'
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

/** Every base (a deployment has tens): read in the same round trip as the events that name them. */
export async function allBases(ctx: Ctx): Promise<BaseDoc[]> {
  return ctx.store.queryAll<BaseDoc>('bases', {}, { max: MAX_BASES })
}

/** The named bases from `all`, fetching any that were not among them in one batch. */
export async function basesById(ctx: Ctx, all: BaseDoc[], ids: string[]): Promise<Map<string, BaseDoc>> {
  const byId = new Map(all.map((b) => [b._id, b]))
  const missing = [...new Set(ids)].filter((id) => !byId.has(id))
  if (missing.length) for (const [id, b] of await ctx.store.getMany<BaseDoc>('bases', missing)) byId.set(id, b)
  return byId
}

/** Organization-life bases, nearest first when a location is given (optionally within a walking circle). */
export const bases = action({
  input: events.bases.input,
  roles: 'anyone',
  handler: async (input, ctx) => {
    const all = await allBases(ctx)
    const sorted = input.near ? nearest(all, input.near, input.withinMin) : all.sort((a, b) => a.name.localeCompare(b.name, 'zh'))
    return { items: sorted.map(baseOut) }
  },
})
