import { randomUUID } from 'node:crypto'
import { visits } from '../../../src/domain/contracts/visits'
import { fail } from '../../../src/domain/errors'
import { mayAssign } from '../../../src/domain/visits/access'
import { action } from '../../_runtime/types'
import { cardOf, displayName, gridNames, HOUSEHOLDS, viewerOf, type HouseholdDoc } from '../household'

/** The grid's secretary (or staff) enters a household of the grid, not yet linked to anyone. */
export const addHousehold = action({
  input: visits.addHousehold.input,
  roles: ['staff', 'secretary', 'grid_secretary'],
  handler: async (input, ctx) => {
    const viewer = await viewerOf(ctx)
    const grid = await ctx.store.get('grids', input.gridId)
    if (!grid || grid.communityId !== viewer.communityId) fail('NOT_FOUND', '本社区没有这个网格')
    if (!mayAssign(viewer, { communityId: viewer.communityId, gridId: input.gridId })) fail('FORBIDDEN', '只能登记本网格的住户')
    await ctx.services.checkText([input.building, input.unit ?? '', input.room ?? '', input.headName], ctx.caller)
    const at = ctx.clock.now().toISOString()
    const doc: HouseholdDoc = {
      _id: `hh-${randomUUID().replace(/-/g, '').slice(0, 16)}`,
      communityId: viewer.communityId,
      gridId: input.gridId,
      building: input.building,
      ...(input.unit ? { unit: input.unit } : {}),
      ...(input.room ? { room: input.room } : {}),
      headName: input.headName,
      ...(input.phone ? { phone: input.phone } : {}),
      tags: [...new Set(input.tags ?? [])],
      state: 'unassigned',
      version: 0,
      visitDays: [],
      createdAt: at,
      updatedAt: at,
      timeline: [{ at, by: ctx.caller.openid, byName: displayName(ctx.caller), action: 'add' }],
    }
    await ctx.store.insert(HOUSEHOLDS, doc)
    return cardOf(doc, ctx.clock.now(), await gridNames(ctx.store, viewer.communityId))
  },
})
