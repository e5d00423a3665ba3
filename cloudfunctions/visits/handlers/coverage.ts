import { visits } from '../../../src/domain/contracts/visits'
import { fail } from '../../../src/domain/errors'
import { coverageScope } from '../../../src/domain/visits/access'
import { coverageOf } from '../../../src/domain/visits/coverage'
import { action } from '../../_runtime/types'
import { allHouseholds, cardOf, gridNames, viewerOf } from '../household'

/** 网格覆盖: per grid and per member, who has not been visited this quarter; read from household summaries only. */
export const coverage = action({
  input: visits.coverage.input,
  roles: ['staff', 'secretary', 'grid_secretary', 'gridman'],
  handler: async (input, ctx) => {
    const viewer = await viewerOf(ctx)
    const scope = coverageScope(viewer)
    if (scope === 'none') fail('FORBIDDEN', '您的网格角色还没有指定网格，请联系管理员')
    if (scope === 'grid' && input.gridId && input.gridId !== viewer.gridId) fail('FORBIDDEN', '只能查看本网格的走访覆盖')
    const gridId = scope === 'grid' ? viewer.gridId! : input.gridId
    const [names, households] = await Promise.all([
      gridNames(ctx.store, viewer.communityId),
      allHouseholds(ctx.store, { communityId: viewer.communityId, ...(gridId ? { gridId } : {}) }),
    ])
    if (gridId && !names.has(gridId)) fail('NOT_FOUND', '本社区没有这个网格')
    const now = ctx.clock.now()
    const c = coverageOf(households, now)
    const byId = new Map(households.map((h) => [h._id, h]))
    // each member's name as their households keep it (written when the household was assigned)
    const nameOf = new Map(households.filter((h) => h.memberOpenid && h.memberName).map((h) => [h.memberOpenid!, h.memberName!]))
    return {
      quarter: c.quarter,
      // every grid in scope, also one with no household entered yet
      grids: (gridId ? [gridId] : [...names.keys()].sort()).map((id) => ({
        ...(c.grids.find((g) => g.gridId === id) ?? { gridId: id, households: 0, linked: 0, unvisitedThisQuarter: 0 }),
        name: names.get(id)!,
      })),
      members: c.members.map((m) => ({ ...m, name: nameOf.get(m.openid) ?? '党员' })),
      // the unassigned have their own list: here those someone should have visited
      unvisited: c.unvisited.map((id) => byId.get(id)!).filter((h) => h.state === 'linked').slice(0, 100).map((h) => cardOf(h, now, names)),
      unassigned: households.filter((h) => h.state === 'unassigned').slice(0, 100).map((h) => cardOf(h, now, names)),
    }
  },
})
