import { visits } from '../../../src/domain/contracts/visits'
import { mayAssign, mayLogVisit } from '../../../src/domain/visits/access'
import { action } from '../../_runtime/types'
import { writeAudit } from '../../members/audit'
import { cardOf, gridNames, HOUSEHOLDS, mustSee, viewerOf, VISITS, type HouseholdDoc, type VisitDoc } from '../household'

/** One household with its visit history; the head's full phone goes only to those who may see it, and the read is audited. */
export const get = action({
  input: visits.get.input,
  roles: 'anyone',
  handler: async (input, ctx) => {
    const viewer = await viewerOf(ctx)
    // the household, the grids and its history are read together; the history is shown only once the household is visible
    const [found, here, history] = await Promise.all([
      ctx.store.get<HouseholdDoc>(HOUSEHOLDS, input.id),
      gridNames(ctx.store, viewer.communityId),
      ctx.store.query<VisitDoc>(VISITS, { where: { householdId: input.id }, orderBy: [['visitedAt', 'desc']], limit: 50 }),
    ])
    const h = mustSee(viewer, found)
    const names = h.communityId === viewer.communityId ? here : await gridNames(ctx.store, h.communityId)
    if (h.phone) await writeAudit(ctx, 'readContact', `household:${h._id}`, { reason: '联系户户主电话', householdId: h._id }, { unitId: h.communityId })
    return {
      ...cardOf(h, ctx.clock.now(), names),
      ...(h.phone ? { phone: h.phone } : {}),
      visits: history.items.map((v) => ({
        id: v._id,
        visitedAt: v.visitedAt,
        by: v.by,
        byName: v.byName,
        found: v.found,
        photos: v.photos,
        ...(v.followUp ? { followUp: v.followUp } : {}),
      })),
      canLog: mayLogVisit(viewer, h),
      canAssign: mayAssign(viewer, h),
    }
  },
})
